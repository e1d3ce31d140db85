namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>One unit's goal attainment on one measure (seed 004 Tabel 3), or the total.</summary>
/// <param name="Measure">What is counted (<c>screened</c>, <c>visited</c>, <c>employed</c>, ...).</param>
/// <param name="Level">A unit's row or the total row.</param>
/// <param name="Unit">The unit (<c>total</c> on the total row).</param>
/// <param name="OriginalTarget">Target at application (null when the unit has none).</param>
/// <param name="AdjustedTarget">Adjusted target (null when not adjusted or none).</param>
/// <param name="Realised">Persons actually counted; null when suppressed (1..min_cell−1).</param>
/// <param name="AttainmentOriginal">Realised / original target ("målopfyldelse").</param>
/// <param name="AttainmentAdjusted">Realised / adjusted target (the report's figure, after the Covid-19 adjustment).</param>
/// <param name="TargetAdjustment">Adjusted / original − 1 (how much the target was lowered; 004:1643 links larger adjustments to higher attainment).</param>
/// <param name="AttainmentOriginalLow">Total row: smallest unit value of <paramref name="AttainmentOriginal"/>.</param>
/// <param name="AttainmentOriginalHigh">Total row: largest unit value.</param>
/// <param name="AttainmentAdjustedLow">Total row: smallest unit value of <paramref name="AttainmentAdjusted"/> ("spænd i målopfyldelsesgraden", 004:1603).</param>
/// <param name="AttainmentAdjustedHigh">Total row: largest unit value.</param>
/// <param name="RangeUnits">Total row: the units whose adjusted (or, without adjusted targets, original) attainment entered the range.</param>
/// <param name="Suppressed">True when <paramref name="Realised"/> is 1..min_cell−1.</param>
public sealed record AttainmentRow(
    string Measure,
    RowLevel Level,
    string Unit,
    double? OriginalTarget,
    double? AdjustedTarget,
    int? Realised,
    double? AttainmentOriginal,
    double? AttainmentAdjusted,
    double? TargetAdjustment,
    double? AttainmentOriginalLow,
    double? AttainmentOriginalHigh,
    double? AttainmentAdjustedLow,
    double? AttainmentAdjustedHigh,
    int? RangeUnits,
    bool Suppressed
);
