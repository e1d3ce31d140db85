using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Tests.Figures;

public class FigureSampleExport
{
    /// <summary>Writes every sample SVG to JOBFIRST_FIGURE_DIR when set (for looking at them); otherwise a no-op.</summary>
    [Fact]
    public void Export_samples_when_requested()
    {
        var dir = Environment.GetEnvironmentVariable("JOBFIRST_FIGURE_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }
        Directory.CreateDirectory(dir);
        foreach (var name in FigureSamples.Names)
        {
            File.WriteAllText(Path.Combine(dir, name + ".svg"), FigureSamples.Build(name).ToSvg());
            File.WriteAllText(
                Path.Combine(dir, name + ".da.svg"),
                FigureSamples.Build(name, FigureLanguage.Danish).ToSvg()
            );
        }
        foreach (
            var position in new[]
            {
                LegendPosition.UpperLeft,
                LegendPosition.UpperRight,
                LegendPosition.LowerLeft,
                LegendPosition.LowerRight,
            }
        )
        {
            var fig = FigureSamples.Build("kaplan-meier");
            fig.Panels[0].Legend.Position = position;
            File.WriteAllText(Path.Combine(dir, "legend-" + position + ".svg"), fig.ToSvg());
        }
    }
}
