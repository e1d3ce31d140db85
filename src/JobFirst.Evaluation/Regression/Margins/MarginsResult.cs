using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Regression.Margins;

/// <summary>
/// Margins of one variable after a logistic fit, all with delta-method standard errors J·V·Jᵀ (analytic
/// Jacobian J, V the coefficient covariance of the chosen <see cref="GlmVariance"/>) and z intervals.
/// Weighted means use the frequency weights.
/// </summary>
/// <param name="Variable">The variable.</param>
/// <param name="Kind">Derivative (continuous) or discrete change (factor or 0/1 numeric).</param>
/// <param name="Variance">Variance the SEs are based on.</param>
/// <param name="PredictiveMargins">
/// Probability scale (0–1): mean predicted probability with the variable set to each level for everyone
/// (terms <c>x=level</c>; Stata <c>margins x</c>); empty for continuous variables.
/// </param>
/// <param name="AverageMarginalEffects">
/// Probability scale: the average derivative (term <c>x</c>) or the discrete changes level − reference
/// (terms <c>x: level - reference</c>; Stata <c>margins, dydx(x)</c>).
/// </param>
/// <param name="ContrastsPercentagePoints">
/// Every pairwise difference of predictive margins, later level minus earlier level in level order, in
/// PERCENTAGE POINTS (100 × probability difference), terms <c>x: b - a</c> (Stata <c>margins x, pwcompare</c> × 100).
/// </param>
public sealed partial record MarginsResult(
    string Variable,
    MarginalEffectKind Kind,
    GlmVariance Variance,
    IReadOnlyList<TidyTerm> PredictiveMargins,
    IReadOnlyList<TidyTerm> AverageMarginalEffects,
    IReadOnlyList<TidyTerm> ContrastsPercentagePoints
);
