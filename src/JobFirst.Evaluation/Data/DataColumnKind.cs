namespace JobFirst.Evaluation.Data;

/// <summary>How a <see cref="DataFrame"/> column was typed when read.</summary>
public enum DataColumnKind
{
    /// <summary>Every non-missing value parsed as a number; stored as double with NaN for missing.</summary>
    Numeric,

    /// <summary>At least one non-missing value is not a number; stored as strings with null for missing (a factor in formulas).</summary>
    Text,
}
