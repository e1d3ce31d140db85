using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Cli;

public class DemoAndIndicatorsCommandTests
{
    [Fact]
    public void Demo_writes_data_and_tables_without_person_ids()
    {
        using var tmp = new TempDirectory();
        var (code, _, err) = CliHarness.Run("demo", "--out", tmp.Path, "--persons", "600");
        Assert.True(code == 0, err);
        var indicators = File.ReadAllText(tmp.File("indicators.csv"));
        Assert.StartsWith("indicator,week,arm,n_followed,mean,suppressed", indicators, StringComparison.Ordinal);
        // No roster id may reach an output.
        var ids = File.ReadLines(Path.Combine(tmp.Path, "data", "roster.csv"))
            .Skip(1)
            .Select(l => l.Split(',')[0])
            .ToHashSet();
        foreach (var output in new[] { "indicators.csv", "linkage.csv" })
        {
            var text = File.ReadAllText(tmp.File(output));
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
