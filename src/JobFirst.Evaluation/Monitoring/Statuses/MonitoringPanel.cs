using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>
/// Monthly statuses per person in calendar time (seeds 002:29-33, 003:23-27), derived from the weekly register
/// through the event-time panel: a week belongs to the month containing its Thursday (STAR's convention,
/// <see cref="IsoWeek.Month"/>); a person is <em>observed</em> in a month when at least one of its weeks is a
/// followed week (from the visitation week, the person's entry into the group, to the extract's end or a
/// censoring exit), and <em>in</em> a status set in a month when some observed week of the month is in the set.
/// </summary>
/// <remarks>Memory: 4 bytes per person-month. Immutable after <see cref="Build"/>.</remarks>
public sealed class MonitoringPanel
{
    private readonly uint[] _flags;

    private MonitoringPanel(IReadOnlyList<YearMonth> months, IReadOnlyList<StatusSet> sets, int persons, uint[] flags)
    {
        Months = months;
        StatusSets = sets;
        PersonCount = persons;
        _flags = flags;
    }

    /// <summary>The monitoring period's months, consecutive.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>The status sets tracked (bit s + 1 of a person-month).</summary>
    public IReadOnlyList<StatusSet> StatusSets { get; }

    /// <summary>Rows (= roster persons).</summary>
    public int PersonCount { get; }

    /// <summary>True when the person has a followed week in month <paramref name="month"/> (index into <see cref="Months"/>).</summary>
    public bool IsObserved(int person, int month) => (_flags[person * Months.Count + month] & 1u) != 0;

    /// <summary>True when the person is in status set <paramref name="set"/> in some followed week of month <paramref name="month"/>.</summary>
    public bool InStatus(int person, int set, int month) => (_flags[person * Months.Count + month] & (2u << set)) != 0;

    /// <summary>Builds the monthly panel for months <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="panel">The event-time panel (its follow-up must cover the period; see <see cref="EventPanelOptions.MaxFollowUpWeeks"/>).</param>
    /// <param name="visitationWeeks">Per panel person, the visitation (entry) week = event week 1.</param>
    /// <param name="sets">Status sets to track (at most 31).</param>
    /// <param name="first">First month of the monitoring period.</param>
    /// <param name="last">Last month (inclusive).</param>
    public static MonitoringPanel Build(
        EventPanel panel,
        IReadOnlyList<IsoWeek> visitationWeeks,
        IReadOnlyList<StatusSet> sets,
        YearMonth first,
        YearMonth last
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(visitationWeeks);
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count is 0 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(sets), sets.Count, "Between 1 and 31 status sets.");
        }
        if (visitationWeeks.Count != panel.PersonCount)
        {
            throw new ArgumentException("One visitation week per panel person is needed.", nameof(visitationWeeks));
        }
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), $"The period {first}..{last} is empty.");
        }
        int m = last.Index - first.Index + 1;
        var months = Enumerable.Range(0, m).Select(first.AddMonths).ToArray();
        // Month index (into the period) of every extract week, by the Thursday rule; −1 outside the period.
        var window = panel.Window;
        var monthOf = new int[window.WeekCount];
        for (int i = 0; i < monthOf.Length; i++)
        {
            int idx = window.First.AddWeeks(i).Month.Index - first.Index;
            monthOf[i] = idx >= 0 && idx < m ? idx : -1;
        }
        var flags = new uint[panel.PersonCount * m];
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int start = window.OffsetOf(visitationWeeks[p]);
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            var row = flags.AsSpan(p * m, m);
            for (int k = 0; k < categories.Length; k++)
            {
                int offset = start + k;
                if ((uint)offset >= (uint)monthOf.Length || monthOf[offset] < 0)
                {
                    continue;
                }
                uint bits = 1u;
                for (int s = 0; s < sets.Count; s++)
                {
                    if (sets[s].Matches(categories[k], hours[k]))
                    {
                        bits |= 2u << s;
                    }
                }
                row[monthOf[offset]] |= bits;
            }
        }
        return new MonitoringPanel(months, [.. sets], panel.PersonCount, flags);
    }

    /// <summary>The period label: <c>2017-01</c> for a month, <c>2017-Q1</c> for a quarter.</summary>
    public static string Label(YearMonth month, MonitoringPeriod period) =>
        period == MonitoringPeriod.Month
            ? month.ToString()
            : FormattableString.Invariant($"{month.Year:D4}-Q{(month.Month - 1) / 3 + 1}");
}
