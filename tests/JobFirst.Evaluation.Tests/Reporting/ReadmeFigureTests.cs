using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ReadmeFigureTests
{
    /// <summary>
    /// The README shows docs/images/demo-effects-active13.svg; it must be what `demo` writes today (same bytes). After an
    /// intended change to the simulator or the figures, run with JOBFIRST_APPROVE_FIGURES=1 to refresh it.
    /// </summary>
    [Fact]
    public void The_readme_figure_is_the_current_demo_output()
    {
        using var tmp = new TempDirectory();
        var (code, _, err) = CliHarness.Run("demo", "--out", tmp.Path, "--png", "never", "--progress", "none");
        Assert.True(code == 0, err);
        string produced = File.ReadAllText(Path.Combine(tmp.Path, "figures", "effects-active13.svg"));
        string committed = RepoPaths.File("docs", "images", "demo-effects-active13.svg");
        if (Environment.GetEnvironmentVariable("JOBFIRST_APPROVE_FIGURES") == "1")
        {
            File.WriteAllText(committed, produced);
        }
        Assert.True(
            produced == File.ReadAllText(committed),
            "docs/images/demo-effects-active13.svg differs from the demo's figures/effects-active13.svg; rerun with JOBFIRST_APPROVE_FIGURES=1 if the change is intended"
        );
        Assert.Contains(
            "](docs/images/demo-effects-active13.svg)",
            File.ReadAllText(RepoPaths.File("README.md")),
            StringComparison.Ordinal
        );
    }
}
