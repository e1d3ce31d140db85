namespace JobFirst.Evaluation.Monitoring.Outcomes;

/// <summary>One unit's (or the total's) share reaching one outcome first (seed 004 Figur 3).</summary>
/// <param name="GroupBy">The roster column defining the units.</param>
/// <param name="Level">A unit's row or the total row.</param>
/// <param name="Unit">The unit (<c>total</c> on total rows).</param>
/// <param name="Outcome"><c>any</c> (some outcome reached) or an outcome's name.</param>
/// <param name="N">Persons of the unit found in the register (the denominator).</param>
/// <param name="Count">Persons whose first outcome is this one (for <c>any</c>: who reached some outcome); null when suppressed.</param>
/// <param name="Share">Count / N; null when suppressed.</param>
/// <param name="MedianWeek">Median event week of the first outcome among those persons (R <c>median</c>: the mean of the middle two for an even count); null when suppressed.</param>
/// <param name="RangeLow">Total rows: the smallest unit share (shown units only).</param>
/// <param name="RangeHigh">Total rows: the largest unit share.</param>
/// <param name="RangeUnits">Total rows: the units whose share entered the range.</param>
/// <param name="Suppressed">True when N &lt; min_cell or the count is 1..min_cell−1.</param>
public sealed record FirstOutcomeRow(
    string GroupBy,
    RowLevel Level,
    string Unit,
    string Outcome,
    int N,
    int? Count,
    double? Share,
    double? MedianWeek,
    double? RangeLow,
    double? RangeHigh,
    int? RangeUnits,
    bool Suppressed
);
