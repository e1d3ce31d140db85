using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Cli;

public class DemoAndIndicatorsCommandTests
{
    [Fact]
    public void Demo_writes_the_full_report_without_person_ids()
    {
        using var tmp = new TempDirectory();
        var (code, stdout, err) = CliHarness.Run("demo", "--out", tmp.Path, "--persons", "600", "--png", "never");
        Assert.True(code == 0, err);
        Assert.StartsWith("wrote ", stdout, StringComparison.Ordinal);
        Assert.Contains("demo finished in", err, StringComparison.Ordinal);
        // The demo runs the documented example spec through the report code path.
        Assert.Equal(
            File.ReadAllText(RepoPaths.File("data-schema", "report-spec.example.json")),
            File.ReadAllText(Path.Combine(tmp.Path, "data", "report-spec.json"))
        );
        var indicators = File.ReadAllText(Path.Combine(tmp.Path, "tables", "weekly_levels.csv"));
        Assert.StartsWith("indicator,week,arm,n_followed,mean,suppressed", indicators, StringComparison.Ordinal);
        foreach (var f in new[] { "index.html", "report.md", "manifest.json", "figures/weekly_levels-active13.svg" })
        {
            Assert.True(File.Exists(Path.Combine(tmp.Path, f)), f);
        }
        // No roster (or register-only) id may reach any output: figures, tables, pages, manifest.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in new[] { "roster.csv", "register.csv", "hours.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(tmp.Path, "data", input)).Skip(1))
            {
                ids.Add(line.Split(',')[0]);
            }
        }
        var outputs = Directory
            .EnumerateFiles(tmp.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(tmp.Path, "data"), StringComparison.Ordinal))
            .ToList();
        Assert.True(outputs.Count >= 20);
        foreach (var output in outputs)
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
            Assert.DoesNotContain(ids, id => text.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Indicators_command_runs_on_simulated_files_and_rejects_bad_input()
    {
        using var tmp = new TempDirectory();
        Assert.Equal(0, CliHarness.Run("simulate", "--out", tmp.Path, "--persons", "300").ExitCode);
        var (code, output, err) = CliHarness.Run(
            "indicators",
            "--roster",
            tmp.File("roster.csv"),
            "--register",
            tmp.File("register.csv"),
            "--hours",
            tmp.File("hours.csv"),
            "--codebook",
            tmp.File("codebook.csv"),
            "--indicators",
            "employed,active13",
            "--max-week",
            "10",
            "--format",
            "json"
        );
        Assert.True(code == 0, err);
        Assert.Contains("\"indicator\": \"active13\"", output, StringComparison.Ordinal);

        var bad = CliHarness.Run(
            "indicators",
            "--roster",
            tmp.File("roster.csv"),
            "--register",
            tmp.File("register.csv"),
            "--indicators",
            "nonsense"
        );
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown indicator 'nonsense'", bad.Stderr, StringComparison.Ordinal);

        File.WriteAllText(
            tmp.File("broken.csv"),
            "person_id,arm,visitation_date,site,target_group\nP1,treatment,2016-13-01,s,g\n"
        );
        var broken = CliHarness.Run(
            "indicators",
            "--roster",
            tmp.File("broken.csv"),
            "--register",
            tmp.File("register.csv")
        );
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.csv:2:", broken.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", broken.Stderr, StringComparison.Ordinal);
    }
}
