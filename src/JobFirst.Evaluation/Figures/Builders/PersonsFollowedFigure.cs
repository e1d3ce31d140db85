using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Persons followed per event week by arm (seed 000:286-287: the sample shrinks as late entrants are censored).</summary>
public static class PersonsFollowedFigure
{
    /// <summary>Two count lines; weeks with fewer than <see cref="FigureOptions.MinCellSize"/> persons are suppressed.</summary>
    public static Figure Build(PersonsFollowedSeries series, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var fig = BuilderSupport.NewFigure(options, 720, 400);
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        BuilderSupport.StyleWeekAxis(plot.Axes.X, labels);
        plot.Axes.Y.RangeRule = AxisRangeRule.IncludeZero;
        plot.Axes.Y.Margin = BuilderSupport.ValueMargin;
        plot.Axes.Y.Label = options.ValueLabel ?? labels.PersonsFollowed;
        var levels = new WeeklyArmSeries(
            series.Weeks,
            BuilderSupport.Doubles(series.Treatment),
            BuilderSupport.Doubles(series.Control),
            series.Treatment,
            series.Control
        );
        BuilderSupport.AddArmLines(plot, levels, labels, options.MinCellSize);
        return fig;
    }
}
