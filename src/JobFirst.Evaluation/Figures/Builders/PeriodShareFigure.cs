using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// The share of a monitored group in a set of statuses per calendar period (month or quarter, seed 003:23-27): the
/// total as a line with markers, the range across units (smallest to largest unit share) as a band behind it, and
/// an optional threshold line (the result requirement's X). Periods with a suppressed total are not drawn.
/// </summary>
public static class PeriodShareFigure
{
    /// <summary>Builds the figure.</summary>
    /// <param name="periods">Period labels in order (<c>2017-Q1</c>, <c>2017-01</c>).</param>
    /// <param name="share">Total share per period (NaN = suppressed or missing).</param>
    /// <param name="rangeLow">Smallest unit share per period (NaN = none), or null for no band.</param>
    /// <param name="rangeHigh">Largest unit share per period.</param>
    /// <param name="threshold">Threshold drawn as a dashed line, or null.</param>
    /// <param name="labels">Legend texts: total line, range band, threshold.</param>
    /// <param name="options">Title, language, axis labels.</param>
    public static Figure Build(
        IReadOnlyList<string> periods,
        IReadOnlyList<double> share,
        IReadOnlyList<double>? rangeLow,
        IReadOnlyList<double>? rangeHigh,
        double? threshold,
        (string Total, string Range, string Threshold) labels,
        FigureOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(options);
        var fig = BuilderSupport.NewFigure(options, 720, 420);
        var plot = fig.AddPanel();
        var xs = periods.Select((_, i) => (double)i).ToList();
        if (rangeLow is not null && rangeHigh is not null)
        {
            var band = plot.Add.Band(xs, rangeLow, rangeHigh);
            band.Color = Colors.Treatment;
            band.Opacity = 0.18;
            band.Label = labels.Range;
            band.Suppressed = [.. xs.Select((_, i) => double.IsNaN(rangeLow[i]) || double.IsNaN(rangeHigh[i]))];
        }
        if (threshold is { } t)
        {
            var line = plot.Add.HorizontalLine(t);
            line.Color = Colors.Control;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5;
            line.Label = labels.Threshold;
        }
        var total = plot.Add.Line(xs, share);
        total.Color = Colors.Treatment;
        total.Label = labels.Total;
        total.MarkerShape = MarkerShape.Circle;
        // Label at most about 12 periods so the labels do not collide; the rest keep their grid line.
        int every = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        plot.Axes.X.SetTicks([.. xs.Where((_, i) => i % every == 0)], [.. periods.Where((_, i) => i % every == 0)]);
        plot.Axes.X.SetLimits(-0.5, Math.Max(0.5, periods.Count - 0.5));
        plot.Axes.X.Label = options.AxisLabel ?? "";
        plot.Axes.X.ShowGrid = false;
        plot.Axes.Y.SetLimits(0, 1);
        plot.Axes.Y.TickFormat = TickFormat.Percent;
        plot.Axes.Y.Label = options.ValueLabel ?? BuilderSupport.Labels(options).ShareOfPersons;
        return fig;
    }
}
