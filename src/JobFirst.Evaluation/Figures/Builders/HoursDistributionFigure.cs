using System.Globalization;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Hours distribution at a week by arm as grouped bars over hour bands (seed 000 Fig 7).</summary>
public static class HoursDistributionFigure
{
    /// <summary>The hour bands of seed 000 Fig 7 (weekly ordinary hours; 37+ is full time).</summary>
    public static IReadOnlyList<string> StandardBands { get; } =
    ["0-5", "5-10", "10-15", "15-20", "20-30", "30-37", "37+"];

    /// <summary>Grouped bars (treatment, control) per band; shares in percent.</summary>
    public static Figure Build(HoursDistribution distribution, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var fig = BuilderSupport.NewFigure(options, 720, 420);
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        var bars = plot.Add.GroupedBars([
            new BarSeries(
                labels.Treatment,
                distribution.TreatmentShares,
                Colors.Treatment,
                BuilderSupport.Mask(distribution.TreatmentCounts, options.MinCellSize)
            ),
            new BarSeries(
                labels.Control,
                distribution.ControlShares,
                Colors.Control,
                BuilderSupport.Mask(distribution.ControlCounts, options.MinCellSize)
            ),
        ]);
        bars.SuppressedMarker = "<" + FigureNumberFormat.Count(options.MinCellSize, options.Language);
        plot.Axes.X.SetTicks([.. distribution.Bands.Select((_, i) => (double)i)], distribution.Bands);
        plot.Axes.X.Label = string.Format(CultureInfo.InvariantCulture, labels.HoursInWeek, distribution.Week);
        plot.Axes.X.ShowGrid = false;
        plot.Axes.Y.RangeRule = AxisRangeRule.IncludeZero;
        plot.Axes.Y.Margin = BuilderSupport.ValueMargin;
        plot.Axes.Y.TickFormat = TickFormat.Percent;
        plot.Axes.Y.Label = options.ValueLabel ?? labels.ShareOfPersons;
        return fig;
    }
}
