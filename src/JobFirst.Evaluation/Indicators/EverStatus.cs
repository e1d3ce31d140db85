using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// "Ever" indicators over a window of event weeks for a <see cref="StatusSet"/> (issue 2, item 6): 1 when the
/// person is in the set in at least one week of <c>fromWeek..toWeek</c>, else 0. As <see cref="WindowOutcome"/>,
/// a person enters only when the whole window is observed (complete-window rule); others get NaN, and persons
/// absent from the register get NaN too, so callers count them as excluded.
/// </summary>
public static class EverStatus
{
    /// <summary>One value per panel person: 1, 0, or NaN (window not fully observed or person not linked).</summary>
    public static double[] Compute(EventPanel panel, StatusSet statuses, int fromWeek, int toWeek)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(statuses);
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
            if (!panel.IsLinked(p) || panel.ObservedWeeks(p) < toWeek)
            {
                values[p] = double.NaN;
                continue;
            }
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            double ever = 0;
            for (int k = fromWeek; k <= toWeek; k++)
            {
                if (statuses.Matches(categories[k - 1], hours[k - 1]))
                {
                    ever = 1;
                    break;
                }
            }
            values[p] = ever;
        }
        return values;
    }
}
