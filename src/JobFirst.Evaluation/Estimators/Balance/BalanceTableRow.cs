namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>
/// One row of the balance table: a numeric covariate, or one level of a categorical covariate. Means are shares for
/// levels; the difference is treatment − control; SMD = difference / √((s₁² + s₀²)/2) with sample SDs for numeric
/// covariates and s² = p(1 − p) for levels (as R <c>cobalt::bal.tab</c>).
/// </summary>
/// <param name="Covariate">Covariate name.</param>
/// <param name="Level">Level of a categorical covariate (null for numeric).</param>
/// <param name="Kind"><c>numeric</c> or <c>categorical</c>.</param>
/// <param name="NTreated">Treatment persons with a value.</param>
/// <param name="NControl">Control persons with a value.</param>
/// <param name="MissingTreated">Treatment persons with a missing value.</param>
/// <param name="MissingControl">Control persons with a missing value.</param>
/// <param name="MeanTreated">Mean (numeric) or share of the level (null when suppressed).</param>
/// <param name="MeanControl">Mean or share, control.</param>
/// <param name="SdTreated">SD (numeric: n − 1 denominator; level: √(p(1 − p))).</param>
/// <param name="SdControl">SD, control.</param>
/// <param name="Difference">MeanTreated − MeanControl.</param>
/// <param name="Smd">Standardized mean difference.</param>
/// <param name="Test"><c>welch_t</c> or <c>chi_square</c>.</param>
/// <param name="Statistic">t (numeric) or the covariate's χ² (repeated on each level row).</param>
/// <param name="Df">Welch df or (levels − 1).</param>
/// <param name="PValue">Two-sided t or upper-tail χ² p-value.</param>
/// <param name="Suppressed">True when a share or mean rests on fewer than min_cell persons (or is suppressed to protect one that does).</param>
public sealed record BalanceTableRow(
    string Covariate,
    string? Level,
    string Kind,
    long NTreated,
    long NControl,
    long MissingTreated,
    long MissingControl,
    double? MeanTreated,
    double? MeanControl,
    double? SdTreated,
    double? SdControl,
    double? Difference,
    double? Smd,
    string Test,
    double? Statistic,
    double? Df,
    double? PValue,
    bool Suppressed
);
