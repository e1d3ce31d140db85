using JobFirst.Evaluation.Cli.Commands;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

/// <summary>
/// One small simulated JobFirst study (500 persons, the demo's final-report extract) and the example spec, reported
/// twice through the CLI into two directories (<see cref="First"/>, <see cref="Second"/>), shared by the end-to-end
/// report tests.
/// </summary>
public sealed class SimulatedReportFixture : IDisposable
{
    private readonly TempDirectory _root = new();

    public SimulatedReportFixture()
    {
        var simulate = CliHarness.Run(
            "simulate",
            "--out",
            Data,
            "--persons",
            "500",
            "--extract-end",
            DemoSpec.FinalExtract.ToString()
        );
        Assert.True(simulate.ExitCode == 0, simulate.Stderr);
        File.WriteAllText(Spec, DemoSpec.Json);
        FirstRun = CliHarness.Run("report", "--spec", Spec, "--out", First, "--progress", "plain");
        SecondRun = CliHarness.Run("report", "--spec", Spec, "--out", Second, "--progress", "none");
    }

    public string Data => Path.Combine(_root.Path, "data");

    public string Spec => Path.Combine(Data, DemoSpec.FileName);

    public string First => Path.Combine(_root.Path, "first");

    public string Second => Path.Combine(_root.Path, "second");

    public string Root => _root.Path;

    public (int ExitCode, string Stdout, string Stderr) FirstRun { get; }

    public (int ExitCode, string Stdout, string Stderr) SecondRun { get; }

    /// <summary>Every file of a report directory, relative with '/' separators, sorted.</summary>
    public static List<string> Files(string dir) =>
        [
            .. Directory
                .EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(dir, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !f.StartsWith("data/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];

    /// <summary>Every person id in the simulated inputs (roster, register and hours, including register-only persons).</summary>
    public HashSet<string> PersonIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "roster.csv", "register.csv", "hours.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(Data, file)).Skip(1))
            {
                ids.Add(line[..line.IndexOf(',', StringComparison.Ordinal)]);
            }
        }
        return ids;
    }

    public void Dispose() => _root.Dispose();
}
