namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>
/// A joint test that all covariates are unrelated to the arm (randomisation check, seed 000:288): a regression of the
/// treatment indicator on every covariate (categorical ones as treatment-coded factors), tested against the intercept-only
/// model on the same rows.
/// </summary>
/// <param name="Test"><c>likelihood_ratio</c> (logistic regression, χ²) or <c>f</c> (linear probability model, classical F).</param>
/// <param name="Reference">The matching R call.</param>
/// <param name="Statistic">LR χ² or F.</param>
/// <param name="Df">χ² df or numerator df (the number of estimable covariate coefficients).</param>
/// <param name="DfDenominator">Denominator df of F (null for the χ² test).</param>
/// <param name="PValue">Upper-tail p-value.</param>
/// <param name="Rows">Persons used (complete cases over all covariates).</param>
/// <param name="RowsDropped">Persons dropped for a missing covariate.</param>
/// <param name="Note">Why the test could not be computed, or the aliased columns dropped (null otherwise).</param>
public sealed record BalanceOmnibusTest(
    string Test,
    string Reference,
    double? Statistic,
    double? Df,
    double? DfDenominator,
    double? PValue,
    int Rows,
    int RowsDropped,
    string? Note
);
