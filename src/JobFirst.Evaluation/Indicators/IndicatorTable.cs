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
        var n = new int[2, weeks];
        // sums[i][arm * weeks + k]: one pass per person over its observed weeks, all indicators at once.
        var sums = new double[indicators.Count][];
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] = new double[2 * weeks];
        }
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (include is not null && !include[p])
            {
                continue;
            }
            int arm = treated[p] ? 1 : 0;
            int observed = Math.Min(panel.ObservedWeeks(p), weeks);
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            int active13 = panel.Active13Week(p);
            for (int k = 0; k < observed; k++)
            {
                n[arm, k]++;
            }
            for (int i = 0; i < indicators.Count; i++)
            {
                var sum = sums[i].AsSpan(arm * weeks, observed);
                Accumulate(indicators[i], categories[..observed], hours[..observed], active13, sum);
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
                    double? mean = suppressed ? null : sums[i][arm * weeks + k - 1] / count;
                    rows.Add(
                        new IndicatorTableRow(name, k, arm == 1 ? "treatment" : "control", count, mean, suppressed)
                    );
                }
            }
        }
        return rows;
    }

    private static void Accumulate(
        WeeklyIndicator indicator,
        ReadOnlySpan<BenefitCategory> c,
        ReadOnlySpan<float> h,
        int active13Week,
        Span<double> sum
    )
    {
        switch (indicator)
        {
            case WeeklyIndicator.Hours:
                for (int k = 0; k < h.Length; k++)
                {
                    sum[k] += h[k];
                }
                break;
            case WeeklyIndicator.Employed:
                for (int k = 0; k < h.Length; k++)
                {
                    sum[k] += h[k] > 0 ? 1 : 0;
                }
                break;
            case WeeklyIndicator.Active13:
                for (int k = active13Week > 0 ? active13Week - 1 : sum.Length; k < sum.Length; k++)
                {
                    sum[k] += 1;
                }
                break;
            default:
                for (int k = 0; k < c.Length; k++)
                {
                    sum[k] += Matches(indicator, c[k]) ? 1 : 0;
                }
                break;
        }
    }

    private static bool Matches(WeeklyIndicator indicator, BenefitCategory c) =>
        indicator switch
        {
            WeeklyIndicator.Internship => c == BenefitCategory.Internship,
            WeeklyIndicator.WageSubsidy => c == BenefitCategory.WageSubsidy,
            WeeklyIndicator.SelfSupport => c == BenefitCategory.SelfSupport,
            WeeklyIndicator.AnyBenefit => c != BenefitCategory.SelfSupport,
            WeeklyIndicator.Sickness => c == BenefitCategory.SicknessBenefit,
            WeeklyIndicator.Education => c is BenefitCategory.StudentGrant or BenefitCategory.EducationBenefit,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
        };
}
