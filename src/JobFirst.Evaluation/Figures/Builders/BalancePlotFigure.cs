using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Balance (love) plot of standardized mean differences (as R <c>cobalt::love.plot</c>): one point per covariate
/// on a zero-centred axis, dashed lines at ±0.1 and dotted lines at ±0.25 (common imbalance thresholds;
/// Austin 2009, Stat Med 28:3083). Points beyond 0.1 in absolute value are drawn in the control colour.
/// </summary>
public static class BalancePlotFigure
{
    /// <summary>Covariates top to bottom in the given order.</summary>
    public static Figure Build(IReadOnlyList<BalanceRow> rows, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var fig = BuilderSupport.NewFigure(options, 720, 150 + 24 * Math.Max(1, rows.Count));
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        int n = rows.Count;
        var y = rows.Select((_, i) => (double)(n - i)).ToList();

        foreach (
            var (value, pattern, label) in new[]
            {
                (0.1, LinePattern.Dashed, "|SMD| = 0.1"),
                (0.25, LinePattern.Dotted, "|SMD| = 0.25"),
            }
        )
        {
            string text = label.Replace(
                "0.",
                options.Language == FigureLanguage.Danish ? "0," : "0.",
                StringComparison.Ordinal
            );
            foreach (double sign in new[] { -1.0, 1.0 })
            {
                var line = plot.Add.VerticalLine(sign * value);
                line.Color = Colors.Gray;
                line.LinePattern = pattern;
                line.Label = sign > 0 ? text : null;
            }
        }
        plot.Add.VerticalLine(0).Color = Colors.DarkGray;
        var smd = rows.Select(r => r.StandardizedDifference).ToList();
        var inside = Enumerable.Range(0, n).Where(i => !(Math.Abs(smd[i]) > 0.1)).ToList();
        var outside = Enumerable.Range(0, n).Where(i => Math.Abs(smd[i]) > 0.1).ToList();
        var within = plot.Add.Scatter([.. inside.Select(i => smd[i])], [.. inside.Select(i => y[i])]);
        within.Color = Colors.Treatment;
        within.MarkerSize = 8;
        var beyond = plot.Add.Scatter([.. outside.Select(i => smd[i])], [.. outside.Select(i => y[i])]);
        beyond.Color = Colors.Control;
        beyond.MarkerShape = MarkerShape.Square;
        beyond.MarkerSize = 8;

        plot.Axes.Y.SetTicks(y, [.. rows.Select(r => r.Covariate)]);
        plot.Axes.Y.SetLimits(0.4, n + 0.6);
        plot.Axes.X.RangeRule = AxisRangeRule.ZeroCentred;
        plot.Axes.X.Margin = BuilderSupport.ValueMargin;
        plot.Axes.X.Label = options.AxisLabel ?? labels.StandardizedMeanDifference;
        return fig;
    }
}
