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
    public static IReadOnlyList<IndicatorTableRow> Compute(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> indicators,
        int? maxWeek = null,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(indicators);
        int weeks = Math.Min(maxWeek ?? panel.MaxFollowUpWeeks, panel.MaxFollowUpWeeks);
        var n = new int[2, weeks];
        var sums = new double[indicators.Count, 2, weeks];
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int arm = treated[p] ? 1 : 0;
            int observed = Math.Min(panel.ObservedWeeks(p), weeks);
            for (int k = 1; k <= observed; k++)
            {
                n[arm, k - 1]++;
                for (int i = 0; i < indicators.Count; i++)
                {
                    sums[i, arm, k - 1] += panel.Value(p, indicators[i], k);
                }
            }
        }
        int last = 0;
        for (int k = weeks; k >= 1; k--)
        {
            if (n[0, k - 1] + n[1, k - 1] > 0)
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
                for (int arm = 1; arm >= 0; arm--)
                {
                    int count = n[arm, k - 1];
                    bool suppressed = count < minCell;
                    double? mean = suppressed ? null : sums[i, arm, k - 1] / count;
                    rows.Add(new IndicatorTableRow(name, k, arm == 1 ? "treatment" : "control", count, mean, suppressed));
                }
            }
        }
        return rows;
    }
}
