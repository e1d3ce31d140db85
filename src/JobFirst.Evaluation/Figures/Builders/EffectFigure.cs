using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// The two-panel effect figure of seed 000 (Figs 5, 6, 8): levels by arm on the left; the treatment − control
/// difference with its 95% confidence band on the right, on a zero-centred axis with a zero reference line.
/// </summary>
public static class EffectFigure
{
    /// <summary>Builds the figure; the effect panel draws bands first so the estimate line is on top.</summary>
    public static Figure Build(WeeklyArmSeries levels, EffectSeries effect, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(effect);
        var fig = BuilderSupport.NewFigure(options, 1040, 420);
        fig.Columns = 2;
        var labels = BuilderSupport.Labels(options);

        var left = fig.AddPanel();
        left.Title = labels.LevelsByArm;
        BuilderSupport.StyleWeekAxis(left.Axes.X, labels);
        BuilderSupport.StyleLevelAxis(left.Axes.Y, options, labels);
        BuilderSupport.AddArmLines(left, levels, labels, options.MinCellSize);

        var right = fig.AddPanel();
        right.Title = labels.Effect95;
        BuilderSupport.StyleWeekAxis(right.Axes.X, labels);
        BuilderSupport.StyleEffectAxis(right.Axes.Y, options, labels);
        var weeks = BuilderSupport.Doubles(effect.Weeks);
        var suppressed = BuilderSupport.Or(
            BuilderSupport.Mask(effect.N, options.MinCellSize),
            ArmSuppression(levels, effect.Weeks, options.MinCellSize)
        );
        if (effect.SimultaneousLow is { } sl && effect.SimultaneousHigh is { } sh)
        {
            var sim = right.Add.Band(weeks, sl, sh);
            sim.Color = Colors.Effect;
            sim.Opacity = 0.1;
            sim.Label = labels.SimultaneousBand95;
            sim.Suppressed = suppressed;
        }
        var band = right.Add.Band(weeks, effect.ConfLow, effect.ConfHigh);
        band.Color = Colors.Effect;
        band.Opacity = 0.22;
        band.Label = labels.ConfidenceBand95;
        band.Suppressed = suppressed;
        right.Add.HorizontalLine(0).Color = Colors.DarkGray;
        var line = right.Add.Line(weeks, effect.Estimate);
        line.Color = Colors.Effect;
        line.Label = labels.Effect;
        line.Suppressed = suppressed;
        if (effect.Weeks.Count == 1)
        {
            line.MarkerShape = MarkerShape.Circle;
        }
        return fig;
    }

    /// <summary>An effect week is suppressed when either arm's level for that week is (matched by week number).</summary>
    private static bool[]? ArmSuppression(WeeklyArmSeries levels, IReadOnlyList<int> effectWeeks, int minCell)
    {
        var t = BuilderSupport.Mask(levels.TreatmentN, minCell);
        var c = BuilderSupport.Mask(levels.ControlN, minCell);
        var any = BuilderSupport.Or(t, c);
        if (any is null)
        {
            return null;
        }
        var small = new HashSet<int>();
        for (int i = 0; i < Math.Min(any.Length, levels.Weeks.Count); i++)
        {
            if (any[i])
            {
                small.Add(levels.Weeks[i]);
            }
        }
        return [.. effectWeeks.Select(small.Contains)];
    }
}
