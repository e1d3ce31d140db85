namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>
/// Seed 003's result requirement: per unit, whether at least X of the group was in a status set (company-oriented
/// activity, education or paid hours) over N consecutive months, and how many units meet it (003:27: X = 40%,
/// N = 3; 84 of 88 municipalities). Every window of N consecutive months inside the monitoring period is tried;
/// the unit's value is its best window (the earliest on ties), and it meets the requirement when that value is
/// at least X.
/// </summary>
public static class ResultRequirement
{
    /// <summary>Evaluates the requirement for status set <paramref name="set"/> of <paramref name="panel"/>.</summary>
    /// <param name="panel">Monthly statuses.</param>
    /// <param name="units">Per panel person, the unit.</param>
    /// <param name="set">Index of the status set in <see cref="MonitoringPanel.StatusSets"/>.</param>
    /// <param name="threshold">X, a share in (0, 1].</param>
    /// <param name="months">N ≥ 1.</param>
    /// <param name="rule">How a window's share is computed.</param>
    /// <param name="membership">Who is in a window's denominator (<see cref="RequirementRule.AtLeastOnceInWindow"/> only; monthly shares use the persons observed in the month).</param>
    /// <param name="minCell">Disclosure threshold (persons).</param>
    public static RequirementResult Evaluate(
        MonitoringPanel panel,
        IReadOnlyList<string> units,
        int set = 0,
        double threshold = 0.40,
        int months = 3,
        RequirementRule rule = RequirementRule.AtLeastOnceInWindow,
        WindowMembership membership = WindowMembership.ObservedAnyMonth,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(units);
        SmallCells.Check(minCell);
        if (units.Count != panel.PersonCount)
        {
            throw new ArgumentException("One unit label per panel person is needed.", nameof(units));
        }
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
        {
            throw new Errors.InputException("the requirement's share must lie in (0, 1]");
        }
        if (months < 1 || months > panel.Months.Count)
        {
            throw new Errors.InputException(
                FormattableString.Invariant(
                    $"the requirement's window ({months} months) must fit the monitoring period ({panel.Months.Count} months)"
                )
            );
        }
        if ((uint)set >= (uint)panel.StatusSets.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(set));
        }
        var rows = new List<RequirementRow>();
        int meeting = 0,
            assessed = 0;
        var members = StatusShares.Members(units);
        foreach (var unit in UnitLabels.Distinct(units))
        {
            var group = members[unit];
            int persons = group.Length;
            double best = double.NegativeInfinity;
            int bestStart = -1,
                bestN = 0;
            for (int start = 0; start + months <= panel.Months.Count; start++)
            {
                var (share, n) = WindowShare(panel, group, set, start, start + months - 1, rule, membership);
                if (n > 0 && share > best)
                {
                    (best, bestStart, bestN) = (share, start, n);
                }
            }
            bool suppressed = SmallCells.TooFewPersons(persons, minCell);
            bool? met = bestStart < 0 ? null : best >= threshold - 1e-12;
            assessed += bestStart < 0 ? 0 : 1;
            meeting += met == true ? 1 : 0;
            rows.Add(
                new RequirementRow(
                    unit,
                    persons,
                    bestN,
                    bestStart < 0 ? null : Month(panel, bestStart),
                    bestStart < 0 ? null : Month(panel, bestStart + months - 1),
                    suppressed || bestStart < 0 ? null : best,
                    suppressed ? null : met,
                    suppressed
                )
            );
        }
        return new RequirementResult(
            panel.StatusSets[set].ToString(),
            threshold,
            months,
            rule,
            membership,
            rows,
            minCell
        )
        {
            UnitsMeeting = meeting,
            UnitsAssessed = assessed,
        };
    }

    private static string Month(MonitoringPanel panel, int i) => panel.Months[i].ToString();

    private static (double Share, int N) WindowShare(
        MonitoringPanel panel,
        int[] group,
        int set,
        int from,
        int to,
        RequirementRule rule,
        WindowMembership membership
    )
    {
        if (rule == RequirementRule.AtLeastOnceInWindow)
        {
            var (n, count) = StatusShares.Tally(panel, group, set, from, to, membership);
            return (n == 0 ? double.NaN : (double)count / n, n);
        }
        double smallest = double.PositiveInfinity;
        int minN = int.MaxValue;
        for (int m = from; m <= to; m++)
        {
            var (n, count) = StatusShares.Tally(panel, group, set, m, m, WindowMembership.ObservedAnyMonth);
            if (n == 0)
            {
                return (double.NaN, 0);
            }
            smallest = Math.Min(smallest, (double)count / n);
            minN = Math.Min(minN, n);
        }
        return (smallest, minN);
    }
}
