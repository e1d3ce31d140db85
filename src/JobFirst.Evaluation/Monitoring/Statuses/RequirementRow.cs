namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>One unit's result requirement (seed 003:27): its best window of N consecutive months.</summary>
/// <param name="Unit">The unit (municipality).</param>
/// <param name="Persons">Persons of the unit in the monitored group.</param>
/// <param name="N">Denominator of the best window (persons in the group in it).</param>
/// <param name="WindowStart">First month of the best window (the earliest when several tie); null when no window could be assessed.</param>
/// <param name="WindowEnd">Last month of the best window.</param>
/// <param name="BestShare">The best window's share (see the rule); null when suppressed or not assessed.</param>
/// <param name="Met">True when <paramref name="BestShare"/> ≥ the threshold (inclusive); null when suppressed.</param>
/// <param name="Suppressed">True when the unit has fewer than min_cell persons.</param>
public sealed record RequirementRow(
    string Unit,
    int Persons,
    int N,
    string? WindowStart,
    string? WindowEnd,
    double? BestShare,
    bool? Met,
    bool Suppressed
);
