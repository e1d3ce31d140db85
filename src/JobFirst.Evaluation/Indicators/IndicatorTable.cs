using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// Per event week and arm: persons followed and the mean of each indicator (seed 000 Figs 1–4). Cells
/// with fewer than <c>minCell</c> persons are suppressed (mean null, flagged).
/// </summary>
public static class IndicatorTable
{
    /// <summary>Computes the table.</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per roster index: true for the treatment arm.</param>
    /// <param name="indicators">Indicators to tabulate.</param>
    /// <param name="maxWeek">Last event week to include (default: the panel's <see cref="EventPanel.MaxFollowUpWeeks"/>).</param>
    /// <param name="minCell">Minimum persons per cell (default 5).</param>
    /// <param name="include">Per roster index: false leaves the person out (a population rule such as balanced:K); null includes everyone.</param>
    public static IReadOnlyList<IndicatorTableRow> Compute(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> indicators,
        int? maxWeek = null,
        int minCell = 5,
        IReadOnlyList<bool>? include = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(indicators);
        int weeks = Math.Min(maxWeek ?? panel.MaxFollowUpWeeks, panel.MaxFollowUpWeeks);
        // One pass over persons in parallel blocks whose partial sums merge (0/1 indicators as exact counts).
        var moments = WeeklyOutcomeMoments.Compute(panel, treated, indicators, weeks, include);
        int last = 0;
        for (int k = weeks; k >= 1; k--)
        {
            if (moments.Count(k, Roster.Arm.Control) + moments.Count(k, Roster.Arm.Treatment) > 0)
            {
                last = k;
                break;
            }
        }
        var rows = new List<IndicatorTableRow>(indicators.Count * 2 * last);
        for (int i = 0; i < indicators.Count; i++)
        {
            string name = indicators[i].ToName();
            for (int k = 1; k <= last; k++)
            {
                foreach (var arm in (ReadOnlySpan<Roster.Arm>)[Roster.Arm.Treatment, Roster.Arm.Control])
                {
                    int count = (int)moments.Count(k, arm);
                    bool suppressed = count < minCell;
                    double? mean = suppressed ? null : moments.Sum(indicators[i], k, arm) / count;
                    rows.Add(
                        new IndicatorTableRow(
                            name,
                            k,
                            arm == Roster.Arm.Treatment ? "treatment" : "control",
                            count,
                            mean,
                            suppressed
                        )
                    );
                }
            }
        }
        return rows;
    }
}
