using System.Globalization;
using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

public class CoxCommandTests
{
    private static string Golden(string name) => CoxGolden.PathOf($"cox_data_{name}.csv");

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Csv_on_a_simulated_spell_table_matches_R_cluster_fit()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "cox",
            "--data",
            Golden("sim"),
            "--time",
            "weeks",
            "--event",
            "lost",
            "--formula",
            "~ treated + age",
            "--strata",
            "group",
            "--vcov",
            "cluster:person",
            "--zph"
        );
        Assert.Equal(0, code);
        Assert.Contains("600 clusters", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "table,term,estimate,std_error,statistic,p_value,conf_low,conf_high,df,hazard_ratio,hr_conf_low,hr_conf_high",
            lines[0]
        );
        var treated = lines.Single(l => l.StartsWith("coefficient,treated,", StringComparison.Ordinal)).Split(',');
        var golden = CoxGolden.Coefficients("sim_efron", "cluster").Single(c => c.Term == "treated");
        CoxGolden.Close(golden.Estimate, Num(treated[2]), "cli estimate");
        CoxGolden.Close(golden.StdError, Num(treated[3]), "cli cluster se");
        CoxGolden.Close(Math.Exp(golden.Estimate), Num(treated[9]), "cli hazard ratio");
        Assert.Equal("Inf", treated[8]);
        var zph = lines.Single(l => l.StartsWith("zph,GLOBAL,", StringComparison.Ordinal)).Split(',');
        var gz = CoxGolden.Zph("sim_efron", "km").Single(z => z.Term == "GLOBAL");
        CoxGolden.Close(gz.ChiSquare, Num(zph[4]), "cli zph global");
        Assert.Contains(lines, l => l.StartsWith("test,likelihood_ratio,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("statistic,events,", StringComparison.Ordinal));
        Assert.DoesNotContain("K0001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_counting_process_with_breslow_ties_and_stata_convention()
    {
        using var dir = new TempDirectory();
        string outFile = dir.File("fit.json");
        var (code, _, stderr) = CliHarness.Run(
            "cox",
            "--data",
            Golden("heart"),
            "--start",
            "start",
            "--time",
            "stop",
            "--formula",
            "~ age + year + surgery + transplant",
            "--ties",
            "breslow",
            "--vcov",
            "cluster:id",
            "--cluster-convention",
            "stata",
            "--format",
            "json",
            "--out",
            outFile
        );
        Assert.Equal(0, code);
        Assert.Contains("ClusterStata", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var age = rows.Single(r =>
            r.GetProperty("table").GetString() == "coefficient" && r.GetProperty("term").GetString() == "age"
        );
        var golden = CoxGolden.Coefficients("heart_breslow", "cluster").Single(c => c.Term == "age");
        int g = (int)
            rows.Single(r => r.GetProperty("term").GetString() == "n_clusters").GetProperty("estimate").GetDouble();
        CoxGolden.Close(
            golden.StdError * Math.Sqrt(g / (g - 1.0)),
            age.GetProperty("std_error").GetDouble(),
            "stata se"
        );
        Assert.Contains(
            "Surv(start, stop, event)",
            doc.RootElement.GetProperty("metadata").GetProperty("reference").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Monotone_likelihood_warns_on_stderr_and_in_the_table()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "cox",
            "--data",
            Golden("monotone"),
            "--event",
            "status",
            "--formula",
            "~ x + z"
        );
        Assert.Equal(0, code);
        Assert.Contains("coefficient may be infinite", stderr, StringComparison.Ordinal);
        Assert.Contains("warning,\"Loglik converged before variable 'x'", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--vcov", "sandwich", "--vcov must be model, robust or cluster:COLUMN")]
    [InlineData("--ties", "exact", "--ties must be efron or breslow")]
    [InlineData("--cluster-convention", "sas", "--cluster-convention must be r or stata")]
    [InlineData("--zph-transform", "log", "--zph-transform must be km, identity or rank")]
    [InlineData("--level", "1.5", "--level must lie in (0,1)")]
    [InlineData("--format", "xml", "--format must be csv, json, markdown or text")]
    public void Bad_options_exit_2_with_one_line(string option, string value, string message)
    {
        var (code, _, stderr) = CliHarness.Run(
            "cox",
            "--data",
            Golden("ovarian"),
            "--time",
            "futime",
            "--event",
            "fustat",
            "--formula",
            "~ age",
            option,
            value
        );
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
