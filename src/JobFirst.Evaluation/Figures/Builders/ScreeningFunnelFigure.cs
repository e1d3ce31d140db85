using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Screening funnel (seed 004): one horizontal bar per stage, top to bottom, labelled with the count and the
/// step rate (count / previous stage's count). Stages with 1..min−1 persons are suppressed: no bar, the label
/// "&lt;min", no step rate into or out of them, one suppressed cell each.
/// </summary>
public static class ScreeningFunnelFigure
{
    /// <summary>Builds the funnel in the given stage order.</summary>
    public static Figure Build(IReadOnlyList<FunnelStage> stages, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(options);
        var fig = BuilderSupport.NewFigure(options, 720, 130 + 40 * Math.Max(1, stages.Count));
        var labels = BuilderSupport.Labels(options);
        var lang = options.Language;
        var plot = fig.AddPanel();
        int n = stages.Count;
        var positions = stages.Select((_, i) => (double)(n - i)).ToList();
        var texts = new List<string>();
        for (int i = 0; i < n; i++)
        {
            bool small = BuilderSupport.IsSmall(stages[i].Count, options.MinCellSize);
            // A small stage is one suppressed cell, counted by the bar's mask below; its label says "<min".
            string text = small
                ? "<" + FigureNumberFormat.Count(options.MinCellSize, lang)
                : FigureNumberFormat.Count(stages[i].Count, lang);
            if (
                i > 0
                && !small
                && stages[i - 1].Count > 0
                && !BuilderSupport.IsSmall(stages[i - 1].Count, options.MinCellSize)
            )
            {
                double rate = (double)stages[i].Count / stages[i - 1].Count;
                text +=
                    " ("
                    + string.Format(
                        System.Globalization.CultureInfo.InvariantCulture,
                        labels.OfPreviousStage,
                        FigureNumberFormat.Percent(rate, 1, lang)
                    )
                    + ")";
            }
            texts.Add(text);
        }
        var bars = plot.Add.Bars(positions, [.. stages.Select(s => (double)s.Count)]);
        bars.Orientation = Orientation.Horizontal;
        bars.BarWidth = 0.6;
        bars.Color = Colors.Treatment;
        bars.ValueLabels = texts;
        bars.Suppressed = [.. stages.Select(s => BuilderSupport.IsSmall(s.Count, options.MinCellSize))];
        double max = stages.Count == 0 ? 1 : Math.Max(1, stages.Max(s => s.Count));
        // Leave room to the right of the longest bar for its label.
        double step = NiceTicks.Step(max * 1.45, 5);
        plot.Axes.X.SetLimits(0, Math.Ceiling(max * 1.45 / step) * step);
        plot.Axes.X.Label = options.AxisLabel ?? labels.Persons;
        plot.Axes.Y.SetTicks(positions, [.. stages.Select(s => s.Label)]);
        plot.Axes.Y.SetLimits(0.4, n + 0.6);
        plot.Axes.Y.ShowGrid = false;
        plot.Legend.Position = LegendPosition.Hidden;
        return fig;
    }
}
