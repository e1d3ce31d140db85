namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>The share of a unit's group in a status set in one period (or at one week, or ever).</summary>
/// <param name="Status">The status set's name.</param>
/// <param name="Level">A unit's row or all units together.</param>
/// <param name="Unit">The unit (<c>total</c> on total rows).</param>
/// <param name="Period">Period label: <c>2017-01</c>, <c>2017-Q1</c>, an ISO week <c>2018-W52</c>, or <c>2017-01..2018-12</c> for "ever".</param>
/// <param name="N">Persons in the group in the period (observed in at least one week of it).</param>
/// <param name="Count">Of those, persons in the status set in some observed week of the period; null when suppressed.</param>
/// <param name="Share">Count / N; null when suppressed.</param>
/// <param name="RangeLow">Total rows of the "ever" table: the smallest unit share (shown units only).</param>
/// <param name="RangeHigh">Total rows of the "ever" table: the largest unit share.</param>
/// <param name="RangeUnits">Total rows with a range: the units whose share entered it.</param>
/// <param name="Suppressed">True when N &lt; min_cell or the count is 1..min_cell−1.</param>
public sealed record StatusShareRow(
    string Status,
    RowLevel Level,
    string Unit,
    string Period,
    int N,
    int? Count,
    double? Share,
    double? RangeLow,
    double? RangeHigh,
    int? RangeUnits,
    bool Suppressed
);
