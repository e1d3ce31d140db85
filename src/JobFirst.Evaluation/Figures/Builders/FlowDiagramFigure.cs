using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Linkage/flow diagram (CONSORT-style): stage boxes top to bottom joined by arrows, with exclusion boxes to the
/// right (roster → matched → analysed). Counts of 1..min−1 persons are shown as "&lt;N".
/// </summary>
public static class FlowDiagramFigure
{
    private const double MainX = 32;
    private const double MainWidth = 48;
    private const double SideX = 80;
    private const double SideWidth = 36;

    /// <summary>Builds the diagram in the given stage order.</summary>
    public static Figure Build(IReadOnlyList<FlowStep> steps, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(options);
        // An exclusion box sits half a slot below its step; after the last step that needs half a slot more.
        double n = Math.Max(1, steps.Count + (steps.Count > 0 && steps[^1].ExcludedCount is not null ? 0.6 : 0));
        var fig = BuilderSupport.NewFigure(options, 720, 80 + 110 * n);
        var labels = BuilderSupport.Labels(options);
        var lang = options.Language;
        var plot = fig.AddPanel();
        plot.Axes.Visible = false;
        plot.Legend.Position = LegendPosition.Hidden;
        plot.Axes.X.SetLimits(0, 100);
        plot.Axes.Y.SetLimits(0, 100);
        double pxPerUnit = (fig.Width - 20) / 100;
        double slot = 100.0 / n;
        // Data units per pixel vertically (the data area is roughly the figure minus title and footnote).
        double unitsPerPx = 100 / Math.Max(50, fig.Height - 80);
        for (int i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            double cy = 100 - (i + 0.5) * slot;
            var main = Lines(s.Label, MainWidth * pxPerUnit);
            int mainBold = main.Count;
            main.Add(BuilderSupport.CountEquation(s.Count, fig, lang));
            double boxHeight = Math.Max(slot * 0.45, (main.Count * 16.2 + 14) * unitsPerPx);
            plot.Add.Box(MainX, cy, MainWidth, boxHeight, main).BoldLineCount = mainBold;
            if (i + 1 < steps.Count)
            {
                double nextHeight = Math.Max(
                    slot * 0.45,
                    ((Lines(steps[i + 1].Label, MainWidth * pxPerUnit).Count + 1) * 16.2 + 14) * unitsPerPx
                );
                plot.Add.Arrow(MainX, cy - boxHeight / 2, MainX, cy - slot + nextHeight / 2);
            }
            if (s.ExcludedCount is { } excluded)
            {
                double ey = cy - slot / 2;
                var side = Lines(labels.Excluded + ": " + (s.ExclusionLabel ?? ""), SideWidth * pxPerUnit);
                int sideBold = side.Count;
                side.Add(BuilderSupport.CountEquation(excluded, fig, lang));
                var box = plot.Add.Box(SideX, ey, SideWidth, (side.Count * 16.2 + 12) * unitsPerPx, side);
                box.BoldLineCount = sideBold;
                box.FillColor = new Color(0xfb, 0xef, 0xe6);
                box.BorderColor = Colors.Control;
                plot.Add.Arrow(MainX, ey, SideX - SideWidth / 2, ey);
            }
        }
        return fig;
    }

    private static List<string> Lines(string text, double widthPx) =>
        [.. TextMeasure.Wrap(text, 12, widthPx - 16, FontWeight.Bold)];
}
