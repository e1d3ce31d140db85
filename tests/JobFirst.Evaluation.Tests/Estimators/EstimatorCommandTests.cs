using System.Globalization;
using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;
using static JobFirst.Evaluation.Tests.Estimators.EstimatorsGolden;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary>End-to-end tests of the <c>diff</c>, <c>ols</c> and <c>coverage</c> commands.</summary>
public class EstimatorCommandTests
{
    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Diff_csv_has_the_tidy_columns_and_matches_estimatr_clustered()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "diff",
            "--data",
            PathOf("chickweight.csv"),
            "--outcome",
            "y",
            "--treatment",
            "t",
            "--clusters",
            "cluster"
        );
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(
            "term,estimate,std_error,statistic,p_value,conf_low,conf_high,df,n_treated,n_control",
            lines[0],
            StringComparison.Ordinal
        );
        var row = lines[1].Split(',');
        Assert.Equal("t", row[0]);
        var g = Case("chick_clustered");
        Close(Parse(g["std_error"]), Num(row[2]), "cli se");
        Close(Parse(g["df"]), Num(row[7]), "cli df");
        Assert.Contains("design Clustered", stderr, StringComparison.Ordinal);
        Assert.Contains("50 clusters", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_labels_counts_missing_treatment_and_outcome_in_json_metadata()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write(
            "labels.csv",
            "person,arm,y\n1,kontrol,1.5\n2,indsats,2.5\n3,indsats,\n4,kontrol,0.5\n5,,9\n6,indsats,3.0\n7,kontrol,1.0\n8,indsats,2.0\n"
        );
        string outFile = dir.File("out.json");
        var (code, _, stderr) = CliHarness.Run(
            "diff",
            "--data",
            csv,
            "--outcome",
            "y",
            "--treatment",
            "arm",
            "--treated-value",
            "indsats",
            "--format",
            "json",
            "--out",
            outFile,
            "--se",
            "classical",
            "--ci",
            "normal"
        );
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        var meta = doc.RootElement.GetProperty("metadata");
        Assert.Equal("1", meta.GetProperty("excluded_missing_arm").GetString());
        Assert.Equal("1", meta.GetProperty("excluded_missing_y").GetString());
        Assert.Equal("6", meta.GetProperty("rows_used").GetString());
        Assert.Equal("Classical", meta.GetProperty("se_type").GetString());
        Assert.Equal("normal", meta.GetProperty("ci_method").GetString());
        Assert.Contains("2 of 8 rows excluded", stderr, StringComparison.Ordinal);
        var rows = doc.RootElement.GetProperty("rows");
        Assert.Equal(1, rows.GetArrayLength());
    }

    [Theory]
    [InlineData("diet", "must have exactly two values, found 4: 1, 2, 3, 4")]
    [InlineData("cluster", "must have exactly two values, found 50")]
    public void Diff_rejects_a_treatment_without_two_levels_with_exit_code_2(string column, string message)
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "diff",
            "--data",
            PathOf("chickweight.csv"),
            "--outcome",
            "y",
            "--treatment",
            column
        );
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Diff_needs_treated_value_for_labels_and_rejects_unknown_options()
    {
        using var dir = new TempDirectory();
        var csv = dir.Write("l.csv", "arm,y\na,1\nb,2\na,3\nb,4\n");
        var (code, _, stderr) = CliHarness.Run("diff", "--data", csv, "--outcome", "y", "--treatment", "arm");
        Assert.Equal(2, code);
        Assert.Contains("--treated-value", stderr, StringComparison.Ordinal);
        var (code2, _, stderr2) = CliHarness.Run(
            "diff",
            "--data",
            csv,
            "--outcome",
            "y",
            "--treatment",
            "arm",
            "--treated-value",
            "b",
            "--se",
            "hc9"
        );
        Assert.Equal(2, code2);
        Assert.Contains("--se must be welch or classical", stderr2, StringComparison.Ordinal);
        var (code3, _, stderr3) = CliHarness.Run("diff", "--data", csv, "--outcome", "arm", "--treatment", "y");
        Assert.Equal(2, code3);
        Assert.Contains("must be a numeric column", stderr3, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_blocked_matches_estimatr_matched_pairs()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "diff",
            "--data",
            PathOf("sleep.csv"),
            "--outcome",
            "y",
            "--treatment",
            "t",
            "--blocks",
            "block"
        );
        Assert.Equal(0, code);
        var row = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split(',');
        var g = Case("sleep_pairs");
        Close(Parse(g["std_error"]), Num(row[2]), "cli matched-pair se");
        Close(Parse(g["df"]), Num(row[7]), "cli df");
        Assert.Contains("Matched-pair", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ols_csv_matches_lm_robust_stata_clusters_and_reports_statistics()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "ols",
            "--data",
            PathOf("chickweight.csv"),
            "--formula",
            "y ~ time + C(diet)",
            "--vcov",
            "cluster:cluster",
            "--cluster-type",
            "stata"
        );
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("table,term,estimate,std_error,statistic,p_value,conf_low,conf_high,df", lines[0]);
        var time = lines.Single(l => l.StartsWith("coefficient,time,", StringComparison.Ordinal)).Split(',');
        var golden = Rows("lm.csv").Single(r => r[0] == "chick" && r[1] == "stata" && r[2] == "time");
        Close(Parse(golden[4]), Num(time[3]), "cli time se");
        Close(Parse(golden[9]), Num(time[8]), "cli time df");
        Assert.Contains(lines, l => l.StartsWith("statistic,n_clusters,50", StringComparison.Ordinal));
        Assert.Contains("variance CR1Stata", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ols_json_reports_aliased_columns_and_default_hc2()
    {
        using var dir = new TempDirectory();
        string outFile = dir.File("fit.json");
        var (code, _, stderr) = CliHarness.Run(
            "ols",
            "--data",
            PathOf("collinear.csv"),
            "--formula",
            "y ~ wt + w2 + hp + z + qsec",
            "--format",
            "json",
            "--out",
            outFile
        );
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal("HC2", doc.RootElement.GetProperty("variance").GetString());
        Assert.Equal(
            new[] { "w2", "z" },
            doc.RootElement.GetProperty("aliased").EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
        );
        Assert.Contains("aliased and dropped: w2, z", stderr, StringComparison.Ordinal);
        var (bad, _, err) = CliHarness.Run(
            "ols",
            "--data",
            PathOf("mtcars.csv"),
            "--formula",
            "y ~ wt",
            "--vcov",
            "hc7"
        );
        Assert.Equal(2, bad);
        Assert.Contains("--vcov must be", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_command_reports_the_coverage_of_a_small_run()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "coverage",
            "--reps",
            "400",
            "--design",
            "clustered",
            "--format",
            "json"
        );
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var row = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal(400, row.GetProperty("replications").GetInt32());
        Assert.InRange(row.GetProperty("coverage").GetDouble(), 0.9, 0.99);
        Assert.Contains("intervals covered the true effect", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_schema_example_runs_through_diff_and_ols()
    {
        string file = RepoPaths.File("data-schema", "person-level.example.csv");
        var (code, stdout, stderr) = CliHarness.Run(
            "diff",
            "--data",
            file,
            "--outcome",
            "hours",
            "--treatment",
            "arm",
            "--treated-value",
            "treatment",
            "--format",
            "json"
        );
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("1", doc.RootElement.GetProperty("metadata").GetProperty("excluded_missing_arm").GetString());
        Assert.Equal("1", doc.RootElement.GetProperty("metadata").GetProperty("excluded_missing_hours").GetString());
        Assert.Contains("2 of 9 rows excluded", stderr, StringComparison.Ordinal);
        var (olsCode, olsOut, _) = CliHarness.Run(
            "ols",
            "--data",
            file,
            "--formula",
            "hours ~ C(arm, ref=control) + age + gender"
        );
        Assert.Equal(0, olsCode);
        Assert.Contains("coefficient,armtreatment,", olsOut, StringComparison.Ordinal);
        Assert.Contains("statistic,n_rows_dropped,3", olsOut, StringComparison.Ordinal);
    }
}
