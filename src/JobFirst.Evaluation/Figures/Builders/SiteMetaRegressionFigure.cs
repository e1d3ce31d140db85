using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Site effects against a site trait with the fitted meta-regression line (seed 001:119-126: jobcentre effects
/// against control-group success rate, internship share or caseload). Sites below the minimum cell size are suppressed.
/// </summary>
public static class SiteMetaRegressionFigure
{
    /// <summary>Points (with 95% whiskers when given), site labels, a zero line, and the fitted line over the trait range.</summary>
    public static Figure Build(IReadOnlyList<SitePoint> sites, MetaRegressionLine? fit, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(options);
        var fig = BuilderSupport.NewFigure(options, 720, 460);
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        var suppressed = sites.Select(s => s.N is { } n && BuilderSupport.IsSmall(n, options.MinCellSize)).ToList();

        plot.Add.HorizontalLine(0).Color = Colors.DarkGray;
        var traits = sites.Select(s => s.Trait).ToList();
        // The fitted line goes under the points so no site is hidden by it.
        var range = DataRange.Of(traits.Where((_, i) => !suppressed[i]));
        if (fit is not null && !range.IsEmpty)
        {
            var line = plot.Add.Line(
                range.Min,
                fit.Intercept + fit.Slope * range.Min,
                range.Max,
                fit.Intercept + fit.Slope * range.Max
            );
            line.Color = Colors.Control;
            line.LineWidth = 2;
            line.Label = labels.MetaRegressionLine;
        }
        var points = plot.Add.ErrorPoints(
            traits,
            [.. sites.Select(s => s.Effect)],
            [.. sites.Select(s => s.ConfLow ?? double.NaN)],
            [.. sites.Select(s => s.ConfHigh ?? double.NaN)]
        );
        points.Color = Colors.Treatment;
        points.Label = labels.Sites;
        points.LineWidth = 1;
        points.Suppressed = suppressed;
        for (int i = 0; i < sites.Count; i++)
        {
            if (!suppressed[i])
            {
                var t = plot.Add.Text(sites[i].Label, sites[i].Trait, sites[i].Effect);
                t.FontSize = 10;
                t.OffsetX = 7;
                t.OffsetY = -7;
                t.Color = Colors.Gray;
                t.AvoidOverlap = true;
            }
        }
        plot.Axes.X.Label = options.AxisLabel ?? "";
        // Room for the site labels written to the right of the points.
        plot.Axes.X.Margin = 0.08;
        plot.Axes.Y.Margin = 0.04;
        plot.Axes.Y.RangeRule = AxisRangeRule.IncludeZero;
        plot.Axes.Y.TickFormat =
            options.Scale == ValueScale.Proportion ? TickFormat.PercentagePoints : TickFormat.Number;
        plot.Axes.Y.Label =
            options.ValueLabel
            ?? (
                options.Scale == ValueScale.Proportion
                    ? labels.SiteEffect + " (" + labels.PercentagePoints + ")"
                    : labels.SiteEffect
            );
        return fig;
    }
}
