using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// Builds spells of a weekly status, and the time to the first week in status, from the event-time panel
/// (one pass per person over its observed weeks).
/// </summary>
/// <remarks>
/// <para>A spell is a maximal run of in-status weeks in which runs of at most g
/// (<see cref="SpellOptions.MaxBridgedGap"/>) out-of-status weeks are bridged. Its entry week is its first
/// in-status week after visitation (event week ≥ 1), its last week the last in-status week; it ends (event)
/// when the g + 1 weeks after the last week are observed out of status, and the week after the last week is
/// the exit week whose register category is the competing exit. Otherwise it is right-censored where the
/// person's follow-up ends: at the extract's last week, before a censoring-exit code (997–999), or at the
/// panel's follow-up limit.</para>
/// <para>A spell in status in event week 1 is kept and flagged <see cref="Spell.OngoingAtEntry"/>: it may
/// have started before visitation (left truncation, true start unknown) and its durations count from week 1.
/// Analyses exclude such spells by default (<see cref="SpellTable.WithoutOngoingAtEntry"/>), counting them.</para>
/// <para>A spell whose exit week is the person's last observed week is an exit (g = 0); with g &gt; 0 it is
/// censored unless all g + 1 weeks after its last in-status week are observed.</para>
/// </remarks>
public static class SpellExtractor
{
    /// <summary>Spells of <paramref name="options"/>' status for every roster person of a loaded study.</summary>
    public static SpellTable Extract(Study study, SpellOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        return Extract(study.Panel, study.Roster, options);
    }

    /// <summary>Spells for every person of <paramref name="roster"/> (rows of <paramref name="panel"/> = roster indices).</summary>
    public static SpellTable Extract(EventPanel panel, Roster.Roster roster, SpellOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(roster);
        options ??= new SpellOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxBridgedGap);
        RequireHours(panel, options.Status);
        var persons = Persons(panel, roster);
        var spells = new List<Spell>();
        var status = options.Status;
        int g = options.MaxBridgedGap;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int observed = panel.ObservedWeeks(p);
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            int number = 0;
            int k = 0; // 0-based week index
            while (k < observed)
            {
                if (!status.Contains(categories[k], hours[k]))
                {
                    k++;
                    continue;
                }
                int start = k;
                int last = k;
                int inStatus = 1;
                int gap = 0;
                int j = k + 1;
                for (; j < observed; j++)
                {
                    if (status.Contains(categories[j], hours[j]))
                    {
                        last = j;
                        inStatus++;
                        gap = 0;
                    }
                    else if (++gap > g)
                    {
                        break;
                    }
                }
                bool ended = last + g + 1 < observed;
                int length = last - start + 1;
                int time =
                    ended ? length
                    : options.CensoredTime == CensoredSpellTime.KnownSurvived ? length - 1
                    : length;
                var exitCategory = ended ? categories[last + 1] : (BenefitCategory?)null;
                spells.Add(
                    new Spell(
                        p + 1,
                        ++number,
                        start + 1,
                        last + 1,
                        length,
                        inStatus,
                        time,
                        ended,
                        ended ? SpellEndReason.Exit : persons[p].FollowUpEnd,
                        ended ? last + 2 : null,
                        exitCategory?.ToName(),
                        exitCategory is { } c ? CompetingExits.Of(c) : null,
                        start == 0
                    )
                );
                k = last + 1;
            }
        }
        return new SpellTable(options, spells, persons, roster.CovariateNames, panel.Window, roster.SourceFile);
    }

    /// <summary>
    /// Time from visitation to the first week in <paramref name="status"/> (default: first week with
    /// ordinary hours), one row per person followed at least one week: time = that event week (1 = already
    /// in status in the visitation week), event = 1; persons never in status are censored at their last
    /// observed week (time = weeks observed, event = 0: the status of every week up to it is known).
    /// </summary>
    public static TimeToStatusTable TimeToStatus(EventPanel panel, Roster.Roster roster, SpellStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(roster);
        status ??= SpellStatus.Employed;
        RequireHours(panel, status);
        var persons = Persons(panel, roster);
        var rows = new List<TimeToStatus>();
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int observed = panel.ObservedWeeks(p);
            if (observed == 0)
            {
                continue;
            }
            var categories = panel.Categories(p);
            var hours = panel.HoursSeries(p);
            int first = -1;
            for (int k = 0; k < observed; k++)
            {
                if (status.Contains(categories[k], hours[k]))
                {
                    first = k;
                    break;
                }
            }
            rows.Add(
                first >= 0
                    ? new TimeToStatus(p + 1, first + 1, true, SpellEndReason.Exit)
                    : new TimeToStatus(p + 1, observed, false, persons[p].FollowUpEnd)
            );
        }
        return new TimeToStatusTable(status, rows, persons, roster.CovariateNames, panel.Window, roster.SourceFile);
    }

    /// <inheritdoc cref="TimeToStatus(EventPanel, Roster.Roster, SpellStatus?)"/>
    public static TimeToStatusTable TimeToStatus(Study study, SpellStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        return TimeToStatus(study.Panel, study.Roster, status);
    }

    // Without an hours source every week has zero hours: an empty table would be silent data loss.
    private static void RequireHours(EventPanel panel, SpellStatus status)
    {
        if (status.RequiresHours && !panel.HasHours)
        {
            throw new Errors.InputException(
                $"status '{status.Name}' needs ordinary hours: give an hours file (--hours) or a register with grad_YYYY_MM columns"
            );
        }
    }

    private static SpellPerson[] Persons(EventPanel panel, Roster.Roster roster)
    {
        if (roster.Count != panel.PersonCount)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Roster has {roster.Count} persons, panel {panel.PersonCount}."),
                nameof(roster)
            );
        }
        var window = panel.Window;
        var persons = new SpellPerson[roster.Count];
        for (int p = 0; p < roster.Count; p++)
        {
            var r = roster.Persons[p];
            int remaining = window.WeekCount - window.OffsetOf(r.VisitationWeek); // extract weeks from week 1 on
            int available = Math.Clamp(remaining, 0, panel.MaxFollowUpWeeks);
            int observed = panel.ObservedWeeks(p);
            var end =
                panel.IsLinked(p) && observed < available ? SpellEndReason.CensoringExit
                : remaining > panel.MaxFollowUpWeeks ? SpellEndReason.FollowUpLimit
                : SpellEndReason.ExtractEnd;
            persons[p] = new SpellPerson(
                p + 1,
                r.Arm,
                r.Site,
                r.TargetGroup,
                r.Covariates,
                panel.History(p),
                observed,
                end
            );
        }
        return persons;
    }
}
