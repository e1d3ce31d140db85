namespace JobFirst.Evaluation.Monitoring.Profiles;

/// <summary>One cell of a profile table in tidy form: a unit (or the total) × a trait.</summary>
/// <param name="GroupBy">The roster column defining the units (<c>site</c>, <c>target_group</c>, ...).</param>
/// <param name="Level">A unit's row or the total row.</param>
/// <param name="Unit">The unit's label (<c>total</c> on the total row).</param>
/// <param name="Trait">The trait (roster column).</param>
/// <param name="Kind">Numeric or categorical.</param>
/// <param name="N">Persons in the unit with a value for the trait.</param>
/// <param name="NMissing">Persons in the unit without a value (left out of <paramref name="Value"/>).</param>
/// <param name="Value">Numeric: the mean. Categorical: the majority category's share of <paramref name="N"/>. Null when suppressed.</param>
/// <param name="Category">Categorical: the majority category (ties: the first in ordinal order, see <paramref name="Tie"/>). Null for numeric traits or when suppressed.</param>
/// <param name="Count">Categorical: persons in the majority category. Null for numeric traits or when suppressed.</param>
/// <param name="Tie">True when another category has the same count as the majority category.</param>
/// <param name="RangeLow">Total row: the smallest unit value (of the mean, or of the share of the total row's majority category); null on unit rows.</param>
/// <param name="RangeHigh">Total row: the largest unit value.</param>
/// <param name="RangeUnits">Total row: units whose value entered the range (suppressed units are left out).</param>
/// <param name="Suppressed">True when the cell rests on fewer than min_cell persons (or a category count of 1..min_cell−1).</param>
public sealed record ProfileRow(
    string GroupBy,
    RowLevel Level,
    string Unit,
    string Trait,
    TraitKind Kind,
    int N,
    int NMissing,
    double? Value,
    string? Category,
    int? Count,
    bool Tie,
    double? RangeLow,
    double? RangeHigh,
    int? RangeUnits,
    bool Suppressed
);
