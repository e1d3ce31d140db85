namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>The calendar period of a monitoring series.</summary>
public enum MonitoringPeriod
{
    /// <summary>Calendar months; a week belongs to the month containing its Thursday (STAR's convention).</summary>
    Month,

    /// <summary>Calendar quarters (Jan–Mar, ...), each the union of its months inside the monitoring period.</summary>
    Quarter,
}
