using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// "First outcome after visitation" (seed 004:797 "1. udfald efter visitationsdato"): for every person, the
/// first event week from <c>fromWeek</c> (default 1, the week containing the visitation date) in which some
/// outcome occurs, and which outcome it was. Outcomes are tried in list order, so a week in which several
/// occur (e.g. ordinary hours while on SU) counts as the earliest-listed one and is flagged
/// <see cref="FirstOutcomeRecord.Tied"/>. A person not reaching any outcome within the observed weeks is
/// "not reached" (follow-up lengths differ: the record carries the weeks searched).
/// </summary>
public static class FirstOutcome
{
    /// <summary>Computes one record per panel person.</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="outcomes">The outcomes, in tie-breaking order (e.g. <see cref="OutcomeDefinition.Seed004"/>).</param>
    /// <param name="fromWeek">First event week searched (1 = the visitation week).</param>
    /// <param name="toWeek">Last event week searched, or null for the whole observed follow-up.</param>
    public static FirstOutcomeRecord[] Compute(
        EventPanel panel,
        IReadOnlyList<OutcomeDefinition> outcomes,
        int fromWeek = 1,
        int? toWeek = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("At least one outcome is needed.", nameof(outcomes));
        }
        if (fromWeek < 1 || (toWeek is { } t && t < fromWeek))
        {
            throw new ArgumentOutOfRangeException(
                nameof(fromWeek),
                $"Window {fromWeek}..{toWeek} is empty or starts before week 1."
            );
        }
        var records = new FirstOutcomeRecord[panel.PersonCount];
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int last = Math.Min(panel.ObservedWeeks(p), toWeek ?? int.MaxValue);
            int searched = Math.Max(0, last - fromWeek + 1);
            if (!panel.IsLinked(p))
            {
                records[p] = new FirstOutcomeRecord(-1, 0, 0, false, false);
                continue;
            }
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            records[p] = new FirstOutcomeRecord(-1, 0, searched, false, true);
            for (int k = fromWeek; k <= last; k++)
            {
                int first = -1;
                bool tied = false;
                for (int o = 0; o < outcomes.Count; o++)
                {
                    if (outcomes[o].Statuses.Matches(categories[k - 1], hours[k - 1]))
                    {
                        if (first < 0)
                        {
                            first = o;
                        }
                        else
                        {
                            tied = true;
                            break;
                        }
                    }
                }
                if (first >= 0)
                {
                    records[p] = new FirstOutcomeRecord(first, k, searched, tied, true);
                    break;
                }
            }
        }
        return records;
    }
}
