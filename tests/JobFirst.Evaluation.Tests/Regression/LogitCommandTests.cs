using System.Globalization;
using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Regression;

public class LogitCommandTests
{
    private static string Golden(string file) => RegressionGolden.PathOf(file);

    [Fact]
    public void Csv_output_has_the_tidy_columns_and_matches_R_cluster_and_margins()
    {
        var (code, stdout, stderr) = CliHarness.Run(
            "logit",
            "--data",
            Golden("infert.csv"),
            "--formula",
            "case ~ education + age + parity + induced + spontaneous",
            "--vcov",
            "cluster:stratum",
            "--cluster-convention",
            "stata",
            "--margins",
            "education,age"
        );
        Assert.Equal(0, code);
        Assert.Contains("83 clusters", stderr, StringComparison.Ordinal);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "table,term,estimate,std_error,statistic,p_value,conf_low,conf_high,df,odds_ratio,or_conf_low,or_conf_high,suppressed",
            lines[0]
        );
        var age = lines.Single(l => l.StartsWith("coefficient,age,", StringComparison.Ordinal)).Split(',');
        var golden = RegressionGolden.Table("infert", "cluster_stata", "coef")["age"];
        RegressionGolden.Close(golden.StdError, double.Parse(age[3], CultureInfo.InvariantCulture), "cli age se");
        var contrast = lines
            .Single(l => l.StartsWith("contrast_pp,education: 6-11yrs - 12+ yrs,", StringComparison.Ordinal))
            .Split(',');
        var g2 = RegressionGolden.Table("infert", "cluster_stata", "contrast_pp")["education: 6-11yrs - 12+ yrs"];
        RegressionGolden.Close(g2.Estimate, double.Parse(contrast[2], CultureInfo.InvariantCulture), "cli contrast");
        Assert.Contains(lines, l => l.StartsWith("statistic,n_clusters,83", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_reports_aliased_columns_and_dropped_rows()
    {
        using var dir = new TempDirectory();
        string outFile = dir.File("fit.json");
        var (code, _, stderr) = CliHarness.Run(
            "logit",
            "--data",
            Golden("collinear.csv"),
            "--formula",
            "y ~ age + muni + muni_size + x1 + x2 + x3",
            "--format",
            "json",
            "--out",
            outFile,
            "--vcov",
            "hc1"
        );
        Assert.Equal(0, code);
        Assert.Contains("aliased and dropped: muni_size, x3", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        var root = doc.RootElement;
        Assert.Equal(["muni_size", "x3"], root.GetProperty("aliased").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, root.GetProperty("n_rows_dropped").GetInt32());
        Assert.Equal(3, root.GetProperty("rows_missing_by_column").GetProperty("age").GetInt32());
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.Equal("y ~ age + muni + muni_size + x1 + x2 + x3", root.GetProperty("formula").GetString());
    }

    [Fact]
    public void Firth_and_weights_options_work()
    {
        var (code, stdout, _) = CliHarness.Run(
            "logit",
            "--data",
            Golden("separation.csv"),
            "--formula",
            "y ~ group + x",
            "--firth"
        );
        Assert.Equal(0, code);
        var row = stdout
            .Split('\n')
            .Single(l => l.StartsWith("coefficient,groupc,", StringComparison.Ordinal))
            .Split(',');
        RegressionGolden.Close(
            RegressionGolden.Table("separation_firth", "model", "coef")["groupc"].Estimate,
            double.Parse(row[2], CultureInfo.InvariantCulture),
            "firth groupc"
        );
        var (code2, _, _) = CliHarness.Run(
            "logit",
            "--data",
            Golden("esoph_cells.csv"),
            "--formula",
            "y ~ agegp + alcgp + tobgp",
            "--weights",
            "n",
            "--compress"
        );
        Assert.Equal(0, code2);
    }

    [Theory]
    [InlineData("y ~ group + x", "separation", "'groupc'")]
    [InlineData("y ~ group + x +", "at character 16", "formula ended")]
    [InlineData("y ~ group + age", "no column 'age'", "columns:")]
    [InlineData("y ~ C(group, ref=z) + x", "reference level 'z'", "levels: a, b, c")]
    public void Bad_input_exits_2_with_one_clear_line(string formula, string fragment1, string fragment2)
    {
        var (code, _, stderr) = CliHarness.Run("logit", "--data", Golden("separation.csv"), "--formula", formula);
        Assert.Equal(2, code);
        Assert.Contains(fragment1, stderr, StringComparison.Ordinal);
        Assert.Contains(fragment2, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--vcov", "hc9", "--vcov must be")]
    [InlineData("--cluster-convention", "sas", "--cluster-convention must be")]
    [InlineData("--format", "xml", "--format must be")]
    [InlineData("--margins", "nope", "margins: 'nope'")]
    public void Bad_options_exit_2(string option, string value, string fragment)
    {
        var (code, _, stderr) = CliHarness.Run(
            "logit",
            "--data",
            Golden("infert.csv"),
            "--formula",
            "case ~ education + age",
            option,
            value
        );
        Assert.Equal(2, code);
        Assert.Contains(fragment, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_resting_on_fewer_than_min_cell_persons_are_withheld_and_weights_count_as_persons()
    {
        using var dir = new TempDirectory();
        // 200 persons: group a (100), b (97), c (3: too few to publish); y depends on x and the group.
        var rng = new Random(7);
        var rows = new List<(string Group, int X, int Y)>();
        for (int i = 0; i < 200; i++)
        {
            string g =
                i < 100 ? "a"
                : i < 197 ? "b"
                : "c";
            int x = rng.Next(0, 4);
            rows.Add((g, x, rng.NextDouble() < 0.2 + 0.1 * x + (g == "b" ? 0.1 : 0) ? 1 : 0));
        }
        string persons = dir.File("persons.csv");
        File.WriteAllLines(persons, ["y,x,group", .. rows.Select(r => $"{r.Y},{r.X},{r.Group}")]);
        string cells = dir.File("cells.csv");
        File.WriteAllLines(
            cells,
            ["y,x,group,w", .. rows.GroupBy(r => r).Select(g => $"{g.Key.Y},{g.Key.X},{g.Key.Group},{g.Count()}")]
        );
        string[] Run(string data, params string[] extra)
        {
            var (code, stdout, stderr) = CliHarness.Run([
                "logit",
                "--data",
                data,
                "--formula",
                "y ~ x + group",
                "--margins",
                "group",
                .. extra,
            ]);
            Assert.Equal(0, code);
            return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), "#" + stderr];
        }
        foreach (var lines in new[] { Run(persons), Run(cells, "--weights", "w"), Run(persons, "--compress") })
        {
            string Row(string prefix) => lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal("coefficient,groupc,,,,,,,,,,,true", Row("coefficient,groupc,"));
            Assert.EndsWith(",false", Row("coefficient,groupb,"), StringComparison.Ordinal);
            Assert.EndsWith(",false", Row("coefficient,x,"), StringComparison.Ordinal);
            Assert.EndsWith(",true", Row("predictive_margin,group=c,"), StringComparison.Ordinal);
            Assert.EndsWith(",false", Row("predictive_margin,group=b,"), StringComparison.Ordinal);
            Assert.EndsWith(",true", Row("contrast_pp,group: c - a,"), StringComparison.Ordinal);
            Assert.Contains("rows withheld (resting on fewer than 5 persons)", lines[^1], StringComparison.Ordinal);
        }
        var open = Run(persons, "--min-cell", "1");
        Assert.DoesNotContain(open, l => l.EndsWith(",true", StringComparison.Ordinal));
        Assert.DoesNotContain("withheld", open[^1], StringComparison.Ordinal);
        var (jsonCode, json, _) = CliHarness.Run(
            "logit",
            "--data",
            persons,
            "--formula",
            "y ~ x + group",
            "--format",
            "json"
        );
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var c = doc
            .RootElement.GetProperty("coefficients")
            .EnumerateArray()
            .Single(e => e.GetProperty("term").GetString() == "groupc");
        Assert.True(c.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("estimate").ValueKind);
        Assert.Equal(1, doc.RootElement.GetProperty("rows_suppressed").GetInt32());
        Assert.Equal(2, CliHarness.Run("logit", "--data", persons, "--formula", "y ~ x", "--min-cell", "0").ExitCode);
    }
}
