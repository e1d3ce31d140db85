using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Forest plot of subgroup or site effects (as R <c>metafor::forest</c>): labels on the left, estimates with
/// horizontal 95% intervals, a vertical zero line, and an optional pooled estimate drawn as a diamond at the bottom.
/// </summary>
public static class ForestPlotFigure
{
    /// <summary>Rows top to bottom in the given order; rows with fewer than the minimum cell size are suppressed.</summary>
    public static Figure Build(IReadOnlyList<ForestRow> rows, ForestRow? pooled, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        int total = rows.Count + (pooled is null ? 0 : 1);
        var fig = BuilderSupport.NewFigure(options, 720, 150 + 28 * Math.Max(1, total));
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        var lang = options.Language;

        // Row i sits at y = total − i, so the first row is at the top and the pooled row at y = 1.
        var positions = rows.Select((_, i) => (double)(total - i)).ToList();
        var tickPositions = new List<double>(positions);
        var tickLabels = rows.Select(r => RowLabel(r, fig, lang)).ToList();

        plot.Add.VerticalLine(0).Color = Colors.DarkGray;
        var points = plot.Add.ErrorPoints(
            positions,
            [.. rows.Select(r => r.Estimate)],
            [.. rows.Select(r => r.ConfLow)],
            [.. rows.Select(r => r.ConfHigh)]
        );
        points.Orientation = Orientation.Horizontal;
        points.Color = Colors.Treatment;
        points.Suppressed = [.. rows.Select(r => r.N is { } n && BuilderSupport.IsSmall(n, options.MinCellSize))];
        if (pooled is not null)
        {
            var sep = plot.Add.HorizontalLine(1.5);
            sep.Color = Colors.LightGray;
            var p = plot.Add.ErrorPoints([1.0], [pooled.Estimate], [pooled.ConfLow], [pooled.ConfHigh]);
            p.Orientation = Orientation.Horizontal;
            p.MarkerShape = MarkerShape.Diamond;
            p.MarkerSize = 10;
            p.Color = Colors.Effect;
            tickPositions.Add(1);
            tickLabels.Add(
                RowLabel(
                    pooled with
                    {
                        Label = string.IsNullOrEmpty(pooled.Label) ? labels.Pooled : pooled.Label,
                    },
                    fig,
                    lang
                )
            );
        }
        plot.Axes.Y.SetTicks(tickPositions, tickLabels);
        plot.Axes.Y.SetLimits(0.4, total + 0.6);
        plot.Axes.Y.ShowGrid = false;
        plot.Axes.X.RangeRule = AxisRangeRule.IncludeZero;
        plot.Axes.X.Margin = BuilderSupport.ValueMargin;
        plot.Axes.X.TickFormat =
            options.Scale == ValueScale.Proportion ? TickFormat.PercentagePoints : TickFormat.Number;
        plot.Axes.X.Label =
            options.AxisLabel
            ?? (
                options.Scale == ValueScale.Proportion
                    ? labels.Effect95 + ", " + labels.PercentagePoints
                    : labels.Effect95
            );
        plot.Legend.Position = LegendPosition.Hidden;
        return fig;
    }

    private static string RowLabel(ForestRow row, Figure fig, FigureLanguage lang)
    {
        if (row.N is not { } n)
        {
            return row.Label;
        }
        return row.Label + " (" + BuilderSupport.CountEquation(n, fig, lang) + ")";
    }
}
