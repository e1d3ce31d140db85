using System.Globalization;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>The seed's headline: relative hazard of losing ordinary hours, treatment vs control (001:113-114).</summary>
public class StabilityTests
{
    [Fact]
    public void Library_call_on_the_simulator_spell_table_matches_R_and_restates_the_hazard_ratio()
    {
        var spells = CoxGoldenCase.NotOngoing(CoxGolden.Data("jobfirst_spells"));
        var effect = StabilityAnalysis.Estimate(spells, "employed");
        var golden = CoxGolden.Coefficients("jobfirst_efron", "cluster").Single();
        CoxGolden.Close(golden.Estimate, effect.Coefficient!.Estimate, "log hazard ratio");
        CoxGolden.Close(golden.StdError, effect.Coefficient.StdError, "SE clustered by person");
        Assert.Equal((int)CoxGolden.Stat("jobfirst_efron", "n_clusters"), effect.Persons);
        var hr = effect.HazardRatio!;
        var pct = effect.LessLikely!;
        Assert.Equal((1 - hr.Estimate) * 100, pct.Estimate, 12);
        Assert.Equal((1 - hr.ConfHigh) * 100, pct.ConfLow, 12);
        Assert.Equal((1 - hr.ConfLow) * 100, pct.ConfHigh, 12);
        Assert.True(pct.ConfLow < pct.Estimate && pct.Estimate < pct.ConfHigh);
        Assert.Contains("less likely", effect.Describe(), StringComparison.Ordinal);
        Assert.Equal(StabilityEffect.TableColumns, effect.ToTable().Columns);
    }

    [Fact]
    public void An_arm_with_fewer_persons_than_min_cell_is_suppressed()
    {
        var spells = CoxGoldenCase.NotOngoing(CoxGolden.Data("jobfirst_spells"));
        var effect = StabilityAnalysis.Estimate(spells, "employed", new StabilityOptions { MinCell = 100_000 });
        Assert.True(effect.Suppressed);
        Assert.Null(effect.HazardRatio);
        Assert.Null(effect.ToTable()[0, "hazard_ratio"]);
        Assert.Contains("suppressed", effect.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulated_trial_end_to_end_recovers_the_planted_hazard_ratio()
    {
        using var dir = new TempDirectory();
        var sim = CliHarness.Run("simulate", "--scenario", "jobfirst", "--extract-end", "2018-W26", "--out", dir.Path);
        Assert.Equal(0, sim.ExitCode);
        string[] study =
        [
            "--roster",
            dir.File("roster.csv"),
            "--register",
            dir.File("register.csv"),
            "--hours",
            dir.File("hours.csv"),
            "--codebook",
            dir.File("codebook.csv"),
        ];
        var (code, stdout, stderr) = CliHarness.Run(["stability", .. study]);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        double Get(string column) => double.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
        // Planted weekly hazard ratio 0.77 (JobFirstCalibration.HoursExitHazardRatio); the interval must cover it.
        Assert.InRange(0.77, Get("hr_conf_low"), Get("hr_conf_high"));
        Assert.InRange(Get("less_likely_pct"), 15, 30);
        Assert.Contains("less likely", stderr, StringComparison.Ordinal);
        var roster = File.ReadLines(dir.File("roster.csv")).Skip(1).Select(l => l.Split(',')[0]).Take(200);
        Assert.DoesNotContain(roster, id => stdout.Contains(id, StringComparison.Ordinal));

        // The CLI route through the spell table gives the same numbers.
        string spells = dir.File("spells.csv");
        Assert.Equal(0, CliHarness.Run(["spells", .. study, "--out", spells]).ExitCode);
        var viaData = CliHarness.Run("stability", "--data", spells);
        Assert.Equal(0, viaData.ExitCode);
        Assert.Equal(lines[1], viaData.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
