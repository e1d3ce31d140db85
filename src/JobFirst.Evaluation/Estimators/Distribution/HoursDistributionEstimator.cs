using JobFirst.Evaluation.Estimators.Disclosure;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>Tabulates positive ordinary hours in one event week by arm and band (see <see cref="HoursDistributionResult"/>).</summary>
public static class HoursDistributionEstimator
{
    /// <summary>Computes the distribution among persons of the population followed in <paramref name="week"/> with hours &gt; 0.</summary>
    /// <exception cref="Errors.InputException">The panel has no hours, or the week lies outside the panel or the population.</exception>
    public static HoursDistributionResult Compute(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        int week,
        HourBands? bands = null,
        Population? population = null,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        bands ??= HourBands.Standard;
        var pop = population ?? Population.Available;
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        if (!panel.HasHours)
        {
            throw new Errors.InputException("the hours distribution needs ordinary hours (--hours or grad columns)");
        }
        if (week < 1 || week > panel.MaxFollowUpWeeks)
        {
            throw new Errors.InputException(
                FormattableString.Invariant($"week {week} lies outside event weeks 1..{panel.MaxFollowUpWeeks}")
            );
        }
        pop.Validate(new WeekRange(week, week));
        var t = new long[bands.Count];
        var c = new long[bands.Count];
        long followedT = 0,
            followedC = 0;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int observed = panel.ObservedWeeks(p);
            if (observed < week || !pop.Includes(observed))
            {
                continue;
            }
            bool isTreated = treated[p];
            if (isTreated)
            {
                followedT++;
            }
            else
            {
                followedC++;
            }
            double h = panel.Hours(p, week);
            if (h > 0)
            {
                (isTreated ? t : c)[bands.BandOf(h)]++;
            }
        }
        long withT = t.Sum();
        long withC = c.Sum();
        var cells = new List<HoursDistributionCell>(2 * bands.Count);
        AddCells(cells, "treatment", t, withT, bands, minCell);
        AddCells(cells, "control", c, withC, bands, minCell);
        return new HoursDistributionResult
        {
            Week = week,
            Bands = bands,
            Population = pop,
            TreatedFollowed = followedT,
            ControlFollowed = followedC,
            TreatedWithHours = withT,
            ControlWithHours = withC,
            Cells = cells,
            Test = ArmTableTest.Pearson(t, c),
            MinCell = minCell,
            TreatedCounts = t,
            ControlCounts = c,
        };
    }

    private static void AddCells(
        List<HoursDistributionCell> cells,
        string arm,
        long[] counts,
        long total,
        HourBands bands,
        int minCell
    )
    {
        var mask = SmallCells.Suppress(counts, minCell);
        for (int b = 0; b < counts.Length; b++)
        {
            cells.Add(
                mask[b]
                    ? new HoursDistributionCell(bands.Labels[b], arm, null, null, true)
                    : new HoursDistributionCell(
                        bands.Labels[b],
                        arm,
                        counts[b],
                        total > 0 ? (double)counts[b] / total : null,
                        false
                    )
            );
        }
    }
}
