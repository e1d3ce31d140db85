namespace JobFirst.Evaluation.Regression.Formula;

/// <summary>
/// How a formula asks for a variable to be coded: <c>C(x)</c> forces a factor on a numeric column and
/// <c>C(x, ref=level)</c> chooses the reference level (R: <c>relevel(factor(x), ref = "level")</c>;
/// Stata: <c>ib(level).x</c>).
/// </summary>
/// <param name="Variable">Column name.</param>
/// <param name="ForceFactor">True when written as <c>C(...)</c>: the column is a factor even when numeric.</param>
/// <param name="ReferenceLevel">Reference level as written, or null for the first level in ordinal order.</param>
public sealed record FactorCoding(string Variable, bool ForceFactor, string? ReferenceLevel);
