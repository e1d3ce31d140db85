using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Malformed spell tables: one line naming file, line and column, exit code 2, no values echoed.</summary>
public class CoxInputErrorTests
{
    private const string Header = "key,time,event,start,arm,w\n";

    private static (int Code, string Stderr) Run(string csv, params string[] extra)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("spells.csv", csv);
        string[] formula = extra.Contains("--formula") ? [] : ["--formula", "~ arm"];
        var (code, _, stderr) = CliHarness.Run(["cox", "--data", path, .. formula, .. extra]);
        return (code, stderr.Replace(path, "spells.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Header + "P1,5,1,0,1,1\nP2,3,2,0,0,1\n", new string[0], "spells.csv:3:3: event column 'event'")]
    [InlineData(
        Header + "P1,5,1,0,1,1\nP2,P000123,1,0,0,1\n",
        new string[0],
        "spells.csv:3:2: time column 'time' must be numeric"
    )]
    [InlineData(
        Header + "P1,5,1,0,1,1\nP2,3,1,3,0,1\n",
        new[] { "--start", "start" },
        "spells.csv:3:2: stop time 'time' must be greater"
    )]
    [InlineData(
        Header + "P1,5,1,0,1,1\nP2,3,1,0,0,0\n",
        new[] { "--weights", "w" },
        "spells.csv:3:6: weights 'w' must be > 0"
    )]
    [InlineData(Header + "P1,5,0,0,1,1\nP2,3,0,0,0,1\n", new string[0], "no events among the 2 rows")]
    [InlineData(Header + "P1,5,1,0,1,1\n", new[] { "--time", "weeks" }, "spells.csv:1: no time column 'weeks'")]
    [InlineData(Header + "P1,5,1,0,1,1\n", new[] { "--strata", "site" }, "no strata column 'site'")]
    public void Bad_values_name_file_line_and_column(string csv, string[] extra, string message)
    {
        var (code, stderr) = Run(csv, extra);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("P000123", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_sided_formula_is_rejected_with_its_position()
    {
        var (code, stderr) = Run(Header + "P1,5,1,0,1,1\n", "--formula", "Surv(time, event) ~ arm");
        Assert.Equal(2, code);
        Assert.Contains("formula syntax error at character 1", stderr, StringComparison.Ordinal);
        Assert.Contains("write '~ x1 + x2'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_errors_point_into_the_text_as_written()
    {
        var (code, stderr) = Run(Header + "P1,5,1,0,1,1\n", "--formula", "~ arm + + ");
        Assert.Equal(2, code);
        Assert.Contains("of '~ arm + + '", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_dropped_and_counted_per_column()
    {
        var (code, stderr) = Run(
            Header + "P1,5,1,0,1,1\nP2,,1,0,0,1\nP3,4,NA,0,0,1\nP4,2,1,0,,1\nP5,7,0,0,1,1\nP6,3,1,0,0,1\nP7,6,1,0,1,1\n"
        );
        Assert.Equal(0, code);
        Assert.Contains("3 rows dropped (missing: time 1, event 1, arm 1)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_variance_without_a_cluster_column_is_an_input_error()
    {
        var data = CoxGolden.Data("ovarian");
        var ex = Assert.Throws<InputException>(() =>
            CoxRegression.Fit(
                data,
                new CoxSpecification("~ age", "futime", "fustat"),
                new CoxOptions(Variance: CoxVariance.ClusterR)
            )
        );
        Assert.Contains("needs a cluster column", ex.Message, StringComparison.Ordinal);
    }
}
