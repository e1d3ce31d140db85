using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary><c>jobfirst-eval simulate</c> end to end.</summary>
public sealed class SimulateCommandTests
{
    [Fact]
    public void Simulate_writes_the_documented_files()
    {
        using var dir = new TempDirectory();
        var (code, stdout, stderr) = CliHarness.Run(
            "simulate",
            "--scenario",
            "jobfirst",
            "--out",
            dir.Path,
            "--persons",
            "200",
            "--seed",
            "5"
        );
        Assert.True(code == 0, stderr);
        Assert.Contains("roster persons", stdout, StringComparison.Ordinal);
        foreach (var f in new[] { "roster.csv", "register.csv", "hours.csv", "codebook.csv", "sites.csv" })
        {
            Assert.True(File.Exists(dir.File(f)), f);
        }
    }

    [Theory]
    [InlineData("--scenario", "nope")]
    [InlineData("--extract-end", "2016-W60")]
    [InlineData("--persons", "3")]
    [InlineData("--extract-end", "2015-W10")]
    public void Bad_options_exit_2_with_one_line(string option, string value)
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = CliHarness.Run("simulate", "--out", dir.Path, option, value);
        Assert.Equal(2, code);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}
