namespace JobFirst.Evaluation.Monitoring.Outcomes;

/// <summary>One unit's (or the total's) share ever in an outcome over a window of event weeks.</summary>
/// <param name="GroupBy">The roster column defining the units.</param>
/// <param name="Level">A unit's row or the total row.</param>
/// <param name="Unit">The unit (<c>total</c> on total rows).</param>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="N">Persons of the unit followed through the whole window (complete-window rule).</param>
/// <param name="Count">Of those, persons in the outcome in at least one week of the window; null when suppressed.</param>
/// <param name="Share">Count / N; null when suppressed.</param>
/// <param name="RangeLow">Total rows: the smallest unit share (shown units only).</param>
/// <param name="RangeHigh">Total rows: the largest unit share.</param>
/// <param name="RangeUnits">Total rows: the units whose share entered the range.</param>
/// <param name="Suppressed">True when N &lt; min_cell or the count is 1..min_cell−1.</param>
public sealed record EverOutcomeRow(
    string GroupBy,
    RowLevel Level,
    string Unit,
    string Outcome,
    int N,
    int? Count,
    double? Share,
    double? RangeLow,
    double? RangeHigh,
    int? RangeUnits,
    bool Suppressed
);
