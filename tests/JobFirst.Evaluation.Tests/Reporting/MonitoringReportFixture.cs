using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

/// <summary>
/// The participants-design demos, each run twice through the CLI: <c>demo --scenario rum</c> (seed 004, 1,017
/// participants) and <c>demo --scenario monitoring --persons 1500</c> (seed 003's 88 municipalities, fewer persons so
/// small municipalities exercise suppression).
/// </summary>
public sealed class MonitoringReportFixture : IDisposable
{
    private readonly TempDirectory _root = new();

    public MonitoringReportFixture()
    {
        foreach (var (scenario, persons) in new[] { ("rum", (string?)null), ("monitoring", "1500") })
        {
            for (int run = 0; run < 2; run++)
            {
                string[] args =
                [
                    "demo",
                    "--scenario",
                    scenario,
                    "--out",
                    Dir(scenario, run),
                    "--progress",
                    "none",
                    .. persons is null ? Array.Empty<string>() : ["--persons", persons],
                ];
                Runs[(scenario, run)] = CliHarness.Run(args);
            }
        }
    }

    public Dictionary<(string Scenario, int Run), (int ExitCode, string Stdout, string Stderr)> Runs { get; } = [];

    public string Dir(string scenario, int run) =>
        Path.Combine(_root.Path, scenario + run.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string Data(string scenario) => Path.Combine(Dir(scenario, 0), "data");

    /// <summary>Every person id in the scenario's person-level inputs (first column of each file that has person_id).</summary>
    public HashSet<string> PersonIds(string scenario)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Data(scenario), "*.csv"))
        {
            using var reader = new StreamReader(file);
            if (reader.ReadLine() is not { } header || !header.StartsWith("person_id,", StringComparison.Ordinal))
            {
                continue;
            }
            while (reader.ReadLine() is { } line)
            {
                int comma = line.IndexOf(',', StringComparison.Ordinal);
                string id = comma < 0 ? line : line[..comma];
                if (id.Length > 0)
                {
                    ids.Add(id);
                }
            }
        }
        return ids;
    }

    public void Dispose() => _root.Dispose();
}
