using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>
/// Shares of the monitored group in status sets by unit and calendar period (seeds 002:29-33, 003:19-27): per
/// month or quarter, at one week ("ved projektets afslutning"), and ever over the period ("på et tidspunkt",
/// 003:24). The group in a period is the persons observed in at least one of its weeks; a person is in the
/// statuses in the period when some observed week of it is.
/// </summary>
public static class StatusShares
{
    /// <summary>Per unit, status set and period (month or quarter), and for all units together.</summary>
    public static StatusSharesResult ByPeriod(
        MonitoringPanel panel,
        IReadOnlyList<string> units,
        MonitoringPeriod period = MonitoringPeriod.Month,
        int minCell = 5,
        string groupBy = "site"
    )
    {
        Validate(panel, units, minCell);
        var periods = Periods(panel.Months, period);
        var labels = UnitLabels.Distinct(units);
        var members = Members(units);
        int[] everyone = [.. Enumerable.Range(0, units.Count)];
        var rows = new List<StatusShareRow>();
        for (int s = 0; s < panel.StatusSets.Count; s++)
        {
            foreach (var (label, from, to) in periods)
            {
                foreach (var unit in labels.Append(null))
                {
                    var (n, count) = Tally(
                        panel,
                        unit is null ? everyone : members[unit],
                        s,
                        from,
                        to,
                        WindowMembership.ObservedAnyMonth
                    );
                    rows.Add(Row(panel.StatusSets[s].Name, unit, label, n, count, minCell));
                }
            }
        }
        string unitName = period == MonitoringPeriod.Month ? "month" : "quarter";
        return new StatusSharesResult(
            $"Status shares by {groupBy} and {unitName}",
            groupBy,
            $"share of the persons observed in the {unitName} who were in the statuses in at least one week of it",
            Describe(panel.StatusSets),
            rows,
            minCell
        );
    }

    /// <summary>
    /// Per unit and status set: the share of the group ever in the statuses over months
    /// <paramref name="from"/>..<paramref name="to"/> (default the whole period); the total rows carry the range
    /// across units.
    /// </summary>
    public static StatusSharesResult Ever(
        MonitoringPanel panel,
        IReadOnlyList<string> units,
        int minCell = 5,
        string groupBy = "site",
        YearMonth? from = null,
        YearMonth? to = null,
        WindowMembership membership = WindowMembership.ObservedAnyMonth
    )
    {
        Validate(panel, units, minCell);
        int a = from is { } f ? MonthIndex(panel, f) : 0;
        int b = to is { } t ? MonthIndex(panel, t) : panel.Months.Count - 1;
        if (b < a)
        {
            throw new Errors.InputException($"the window {panel.Months[a]}..{panel.Months[b]} is empty");
        }
        string label = $"{panel.Months[a]}..{panel.Months[b]}";
        var labels = UnitLabels.Distinct(units);
        var members = Members(units);
        int[] everyone = [.. Enumerable.Range(0, units.Count)];
        var rows = new List<StatusShareRow>();
        for (int s = 0; s < panel.StatusSets.Count; s++)
        {
            var unitRows = labels
                .Select(u =>
                {
                    var (n, count) = Tally(panel, members[u], s, a, b, membership);
                    return Row(panel.StatusSets[s].Name, u, label, n, count, minCell);
                })
                .ToList();
            var (tn, tc) = Tally(panel, everyone, s, a, b, membership);
            var range = UnitRange.Of(unitRows.Select(r => r.Share));
            rows.AddRange(unitRows);
            rows.Add(
                Row(panel.StatusSets[s].Name, null, label, tn, tc, minCell) with
                {
                    RangeLow = range?.Low,
                    RangeHigh = range?.High,
                    RangeUnits = range?.Units ?? 0,
                }
            );
        }
        return new StatusSharesResult(
            $"Ever in the statuses by {groupBy}, {label}",
            groupBy,
            membership == WindowMembership.ObservedAnyMonth
                ? "share of the persons observed in some month of the window who were in the statuses in at least one week of it"
                : "share of the persons observed in every month of the window who were in the statuses in at least one week of it",
            Describe(panel.StatusSets),
            rows,
            minCell
        );
    }

    /// <summary>
    /// Per unit and status set: the share of the persons followed in ISO week <paramref name="week"/> (e.g. the
    /// week containing the project's last day) who were in the statuses that week.
    /// </summary>
    public static StatusSharesResult AtWeek(
        EventPanel panel,
        IReadOnlyList<IsoWeek> visitationWeeks,
        IReadOnlyList<StatusSet> sets,
        IReadOnlyList<string> units,
        IsoWeek week,
        int minCell = 5,
        string groupBy = "site"
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(visitationWeeks);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(units);
        SmallCells.Check(minCell);
        if (!panel.Window.Contains(week))
        {
            throw new Errors.InputException(
                $"week {week} lies outside the register extract ({panel.Window.First}..{panel.Window.Last})"
            );
        }
        var labels = UnitLabels.Distinct(units);
        var rows = new List<StatusShareRow>();
        foreach (var set in sets)
        {
            var n = new Dictionary<string, int>(StringComparer.Ordinal);
            var c = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int p = 0; p < panel.PersonCount; p++)
            {
                int k = week - visitationWeeks[p] + 1;
                if (!panel.IsObserved(p, k))
                {
                    continue;
                }
                n[units[p]] = n.GetValueOrDefault(units[p]) + 1;
                if (set.Matches(panel.Category(p, k), panel.Hours(p, k)))
                {
                    c[units[p]] = c.GetValueOrDefault(units[p]) + 1;
                }
            }
            var unitRows = labels
                .Select(u => Row(set.Name, u, week.ToString(), n.GetValueOrDefault(u), c.GetValueOrDefault(u), minCell))
                .ToList();
            var range = UnitRange.Of(unitRows.Select(r => r.Share));
            rows.AddRange(unitRows);
            rows.Add(
                Row(set.Name, null, week.ToString(), n.Values.Sum(), c.Values.Sum(), minCell) with
                {
                    RangeLow = range?.Low,
                    RangeHigh = range?.High,
                    RangeUnits = range?.Units ?? 0,
                }
            );
        }
        return new StatusSharesResult(
            $"Status shares by {groupBy} in {week}",
            groupBy,
            "share of the persons followed in the week who were in the statuses that week",
            Describe(sets),
            rows,
            minCell
        );
    }

    /// <summary>Person indices per unit label.</summary>
    internal static Dictionary<string, int[]> Members(IReadOnlyList<string> units) =>
        Enumerable
            .Range(0, units.Count)
            .GroupBy(p => units[p], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    internal static (int N, int Count) Tally(
        MonitoringPanel panel,
        IReadOnlyList<int> persons,
        int set,
        int from,
        int to,
        WindowMembership membership
    )
    {
        int n = 0,
            count = 0;
        foreach (int p in persons)
        {
            bool any = false,
                all = true,
                status = false;
            for (int m = from; m <= to; m++)
            {
                bool observed = panel.IsObserved(p, m);
                any |= observed;
                all &= observed;
                status |= observed && panel.InStatus(p, set, m);
            }
            bool member = membership == WindowMembership.ObservedAnyMonth ? any : all;
            if (member)
            {
                n++;
                count += status ? 1 : 0;
            }
        }
        return (n, count);
    }

    internal static StatusShareRow Row(string status, string? unit, string period, int n, int count, int minCell)
    {
        bool suppressed = SmallCells.TooFewPersons(n, minCell) || SmallCells.IsSmallCount(count, minCell);
        return new StatusShareRow(
            status,
            unit is null ? RowLevel.Total : RowLevel.Unit,
            unit ?? "total",
            period,
            n,
            suppressed ? null : count,
            suppressed || n == 0 ? null : (double)count / n,
            null,
            null,
            null,
            suppressed
        );
    }

    internal static int MonthIndex(MonitoringPanel panel, YearMonth month)
    {
        int i = month.Index - panel.Months[0].Index;
        return i >= 0 && i < panel.Months.Count
            ? i
            : throw new Errors.InputException(
                $"month {month} lies outside the monitoring period ({panel.Months[0]}..{panel.Months[^1]})"
            );
    }

    internal static IReadOnlyList<string> Describe(IReadOnlyList<StatusSet> sets) =>
        [.. sets.Select(s => s.ToString())];

    private static void Validate(MonitoringPanel panel, IReadOnlyList<string> units, int minCell)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(units);
        SmallCells.Check(minCell);
        if (units.Count != panel.PersonCount)
        {
            throw new ArgumentException("One unit label per panel person is needed.", nameof(units));
        }
    }

    private static List<(string Label, int From, int To)> Periods(
        IReadOnlyList<YearMonth> months,
        MonitoringPeriod period
    )
    {
        var list = new List<(string, int, int)>();
        for (int i = 0; i < months.Count; )
        {
            int j = i;
            if (period == MonitoringPeriod.Quarter)
            {
                while (
                    j + 1 < months.Count
                    && (months[j + 1].Month - 1) / 3 == (months[i].Month - 1) / 3
                    && months[j + 1].Year == months[i].Year
                )
                {
                    j++;
                }
            }
            list.Add((MonitoringPanel.Label(months[i], period), i, j));
            i = j + 1;
        }
        return list;
    }
}
