using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Cli;

public class CliBasicsTests
{
    [Fact]
    public void Unknown_command_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, err) = CliHarness.Run("no-such-command");
        Assert.Equal(2, code);
        Assert.Contains("usage error", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_zero()
    {
        var (code, output, _) = CliHarness.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("jobfirst-eval", output, StringComparison.Ordinal);
    }

    // A NaN level used to slip through the per-command checks (NaN is neither <= 0 nor >= 1) and print NaN intervals.
    [Theory]
    [InlineData("ols", "--data", "x.csv", "--formula", "y ~ a")]
    [InlineData("logit", "--data", "x.csv", "--formula", "y ~ a")]
    [InlineData("cox", "--data", "x.csv", "--time", "t", "--event", "e", "--formula", "~ a")]
    [InlineData("diff", "--data", "x.csv", "--outcome", "y", "--treatment", "t")]
    public void A_confidence_level_outside_the_open_unit_interval_is_a_usage_error(params string[] args)
    {
        foreach (var level in new[] { "NaN", "0", "1", "1.5", "-0.2" })
        {
            var (code, _, err) = CliHarness.Run([.. args, "--level", level]);
            Assert.Equal(2, code);
            Assert.Contains("--level must lie in (0,1)", err, StringComparison.Ordinal);
            Assert.Single(err.TrimEnd().Split('\n'));
        }
    }
}
