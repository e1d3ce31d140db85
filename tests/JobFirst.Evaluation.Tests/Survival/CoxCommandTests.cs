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
            "table,term,estimate,std_error,statistic,p_value,conf_low,conf_high,df,hazard_ratio,hr_conf_low,hr_conf_high,suppressed",
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

    [Fact]
    public void A_rare_binary_covariate_is_withheld_with_its_zph_test_and_weights_count_as_records()
    {
        using var dir = new TempDirectory();
        // 120 records: x = 1 for 3 of them (too few to publish), z continuous; every other record has an event.
        var rng = new Random(11);
        var rows = Enumerable
            .Range(0, 120)
            .Select(i => (Time: 1 + rng.Next(30), Event: i % 2, X: i < 3 ? 1 : 0, Z: Math.Round(rng.NextDouble(), 3)))
            .ToList();
        string data = dir.File("spells.csv");
        File.WriteAllLines(
            data,
            ["time,event,x,z", .. rows.Select(r => FormattableString.Invariant($"{r.Time},{r.Event},{r.X},{r.Z}"))]
        );
        string cells = dir.File("cells.csv");
        File.WriteAllLines(
            cells,
            [
                "time,event,x,z,w",
                .. rows.GroupBy(r => r)
                    .Select(g =>
                        FormattableString.Invariant($"{g.Key.Time},{g.Key.Event},{g.Key.X},{g.Key.Z},{g.Count()}")
                    ),
            ]
        );
        foreach (var extra in new[] { Array.Empty<string>(), ["--weights", "w"] })
        {
            var (code, stdout, stderr) = CliHarness.Run([
                "cox",
                "--data",
                extra.Length == 0 ? data : cells,
                "--time",
                "time",
                "--event",
                "event",
                "--formula",
                "~ x + z",
                "--zph",
                .. extra,
            ]);
            Assert.Equal(0, code);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(
                "coefficient,x,,,,,,,,,,,true",
                lines.Single(l => l.StartsWith("coefficient,x,", StringComparison.Ordinal))
            );
            Assert.EndsWith(
                ",false",
                lines.Single(l => l.StartsWith("coefficient,z,", StringComparison.Ordinal)),
                StringComparison.Ordinal
            );
            Assert.EndsWith(
                ",true",
                lines.Single(l => l.StartsWith("zph,x,", StringComparison.Ordinal)),
                StringComparison.Ordinal
            );
            Assert.EndsWith(
                ",false",
                lines.Single(l => l.StartsWith("test,likelihood_ratio,", StringComparison.Ordinal)),
                StringComparison.Ordinal
            );
            Assert.Contains("rows withheld (resting on fewer than 5 records)", stderr, StringComparison.Ordinal);
        }
        var (openCode, open, _) = CliHarness.Run(
            "cox",
            "--data",
            data,
            "--time",
            "time",
            "--event",
            "event",
            "--formula",
            "~ x + z",
            "--min-cell",
            "1"
        );
        Assert.Equal(0, openCode);
        Assert.DoesNotContain("suppressed", open.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(
            2,
            CliHarness
                .Run("cox", "--data", data, "--time", "time", "--event", "event", "--formula", "~ z", "--min-cell", "0")
                .ExitCode
        );
    }
}
