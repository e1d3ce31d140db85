using System.Globalization;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Cli;

/// <summary>
/// <c>bench-generate</c> + <c>bench</c> end to end on a tiny data set: the SPEC's output files with their
/// columns, per-stage lines, and the partitioned run agreeing with one pass (no timing assertions).
/// </summary>
public class BenchCommandTests
{
    [Fact]
    public void Bench_runs_the_spec_pipeline_and_partitions_merge_to_the_one_pass_result()
    {
        using var tmp = new TempDirectory();
        var generate = CliHarness.Run(
            "bench-generate",
            "--dir",
            tmp.Path,
            "--persons",
            "400",
            "--register-persons",
            "900",
            "--weeks",
            "312"
        );
        Assert.True(generate.ExitCode == 0, generate.Stderr);
        string output = tmp.File("out");
        var (code, stdout, stderr) = CliHarness.Run("bench", "--dir", tmp.Path, "--out", output, "--partitions", "3");
        Assert.True(code == 0, stderr + stdout);
        foreach (var stage in new[] { "read", "indicators", "effects", "balance", "logit", "total" })
        {
            Assert.Contains("\n" + stage + " ", "\n" + stdout, StringComparison.Ordinal);
        }
        Assert.Contains("merged vs one pass: linkage equal", stdout, StringComparison.Ordinal);
        Assert.Contains("→ agree", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tmp.File("partitions")));

        var linkage = File.ReadAllLines(Path.Combine(output, "linkage.csv"));
        Assert.Equal(
            [
                "measure,count",
                "roster_rows,400",
                "register_rows,900",
                "matched,400",
                "roster_only,0",
                "register_only,500",
            ],
            linkage
        );
        var effects = File.ReadAllLines(Path.Combine(output, "effects.csv"));
        Assert.Equal(
            "outcome,week,n_treated,n_control,mean_treated,mean_control,estimate,std_error,df,conf_low,conf_high",
            effects[0]
        );
        Assert.Equal(5 * 156 + 1, effects.Length);
        Assert.Equal(
            "covariate,mean_treated,mean_control,difference,smd,p_value",
            File.ReadLines(Path.Combine(output, "balance.csv")).First()
        );
        var logit = File.ReadAllLines(Path.Combine(output, "logit.csv"));
        Assert.Equal("term,estimate,std_error", logit[0]);
        Assert.Equal("(Intercept)", logit[1].Split(',')[0]);
        Assert.Equal(12, logit.Length);
        Assert.Equal(11, File.ReadAllLines(Path.Combine(output, "ame.csv")).Length);
        var timings = File.ReadAllLines(Path.Combine(output, "timings.csv"));
        Assert.Equal(
            ["stage", "read", "indicators", "effects", "balance", "logit", "total"],
            timings.Select(l => l.Split(',')[0])
        );
        Assert.All(timings.Skip(1), l => Assert.True(double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture) >= 0));
    }

    [Fact]
    public void Bench_generate_rejects_a_register_smaller_than_the_roster()
    {
        using var tmp = new TempDirectory();
        var r = CliHarness.Run("bench-generate", "--dir", tmp.Path, "--persons", "10", "--register-persons", "5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--register-persons", r.Stderr, StringComparison.Ordinal);
    }
}
