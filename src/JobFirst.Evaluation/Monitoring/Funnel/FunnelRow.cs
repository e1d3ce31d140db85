namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>One stage of a screening funnel for one unit (or the total).</summary>
/// <param name="GroupBy">The group column (e.g. <c>municipality</c>).</param>
/// <param name="Level">A unit's row or the total row.</param>
/// <param name="Unit">The unit (<c>total</c> on total rows).</param>
/// <param name="StageIndex">1-based position of the stage in the funnel.</param>
/// <param name="Stage">Stage name (the column name).</param>
/// <param name="Count">Persons reaching the stage; null when suppressed (1..min_cell−1).</param>
/// <param name="StepRate">Count / the previous stage's count (the percentages between the circles, 004:453); null for the first stage or when suppressed.</param>
/// <param name="OverallRate">Count / the first stage's count.</param>
/// <param name="CountLow">Total rows: the smallest unit count (shown units only).</param>
/// <param name="CountHigh">Total rows: the largest unit count.</param>
/// <param name="StepRateLow">Total rows: the smallest unit step rate.</param>
/// <param name="StepRateHigh">Total rows: the largest unit step rate.</param>
/// <param name="OverallRateLow">Total rows: the smallest unit overall rate.</param>
/// <param name="OverallRateHigh">Total rows: the largest unit overall rate.</param>
/// <param name="Suppressed">True when the count, or a count a rate rests on, is 1..min_cell−1.</param>
public sealed record FunnelRow(
    string GroupBy,
    RowLevel Level,
    string Unit,
    int StageIndex,
    string Stage,
    int? Count,
    double? StepRate,
    double? OverallRate,
    int? CountLow,
    int? CountHigh,
    double? StepRateLow,
    double? StepRateHigh,
    double? OverallRateLow,
    double? OverallRateHigh,
    bool Suppressed
);
