namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>Who belongs to the group (the denominator) in a window of several months.</summary>
public enum WindowMembership
{
    /// <summary>
    /// Persons observed in at least one month of the window: entered (visitation date) by its end and not
    /// censored before its start. Default: the monitored group as it stands in the window.
    /// </summary>
    ObservedAnyMonth,

    /// <summary>
    /// Persons observed in every month of the window (the complete-window rule of <see cref="Indicators.WindowOutcome"/>):
    /// late entrants and censored persons leave the window's denominator.
    /// </summary>
    ObservedAllMonths,
}
