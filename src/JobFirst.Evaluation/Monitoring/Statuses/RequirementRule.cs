namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>
/// How "at least X% of the group in the statuses over N consecutive months" (seed 003:27) is read. The report
/// does not spell out the operational rule; both readings are offered and named.
/// </summary>
public enum RequirementRule
{
    /// <summary>
    /// Default: the share of the group in the statuses in at least one week of some window of N consecutive months
    /// is at least X ("over en periode på 3 måneder"; the simulator's planted rule).
    /// </summary>
    AtLeastOnceInWindow,

    /// <summary>The monthly share (in the statuses in some week of the month) is at least X in each of N consecutive months.</summary>
    EveryMonthInWindow,
}
