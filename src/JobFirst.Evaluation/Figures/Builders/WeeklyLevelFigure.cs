using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Weekly level by arm (seed 000 Figs 1–4: internship share, wage-subsidy share, mean hours, 13-week share).</summary>
public static class WeeklyLevelFigure
{
    /// <summary>One panel, treatment solid and control dashed, level axis including zero.</summary>
    public static Figure Build(WeeklyArmSeries series, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var fig = BuilderSupport.NewFigure(options, 720, 420);
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        BuilderSupport.StyleWeekAxis(plot.Axes.X, labels);
        BuilderSupport.StyleLevelAxis(plot.Axes.Y, options, labels);
        BuilderSupport.AddArmLines(plot, series, labels, options.MinCellSize);
        return fig;
    }
}
