using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// Per-person outcomes over a window of event weeks (issue 3, "window and cumulative outcomes"),
/// computed per person so that a difference in means over them has the right standard error.
/// </summary>
/// <remarks>
/// A person enters a window outcome only when every week of the window is observed (complete-window
/// rule); others get NaN and are counted as excluded by the caller. Averaging only the observed weeks
/// would mix persons followed for different lengths, which is exactly the distortion seed 000:323-326
/// warns about.
/// </remarks>
public static class WindowOutcome
{
    /// <summary>
    /// One value per panel person: the <paramref name="statistic"/> of <paramref name="indicator"/> over
    /// event weeks <paramref name="fromWeek"/>..<paramref name="toWeek"/> (inclusive), or NaN when the
    /// window is not fully observed.
    /// </summary>
    public static double[] Compute(
        EventPanel panel,
        WeeklyIndicator indicator,
        int fromWeek,
        int toWeek,
        WindowStatistic statistic
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (fromWeek < 1 || toWeek < fromWeek || toWeek > panel.MaxFollowUpWeeks)
        {
            throw new ArgumentOutOfRangeException(
                nameof(toWeek),
                $"Window {fromWeek}..{toWeek} must lie within event weeks 1..{panel.MaxFollowUpWeeks}."
            );
        }
        var values = new double[panel.PersonCount];
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (panel.ObservedWeeks(p) < toWeek)
            {
                values[p] = double.NaN;
                continue;
            }
            double sum = 0;
            bool ever = false;
            for (int k = fromWeek; k <= toWeek; k++)
            {
                double v = panel.Value(p, indicator, k);
                sum += v;
                ever |= v > 0;
            }
            values[p] = statistic switch
            {
                WindowStatistic.Mean => sum / (toWeek - fromWeek + 1),
                WindowStatistic.Sum => sum,
                WindowStatistic.Ever => ever ? 1 : 0,
                _ => throw new ArgumentOutOfRangeException(nameof(statistic)),
            };
        }
        return values;
    }
}
