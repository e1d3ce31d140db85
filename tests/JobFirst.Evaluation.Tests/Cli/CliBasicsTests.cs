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
}
