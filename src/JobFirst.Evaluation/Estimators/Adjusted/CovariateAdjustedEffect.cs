using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>
/// The covariate-adjusted effect of one week (or window outcome): the tidy row of the treatment coefficient and what
/// produced it. Small on purpose (the fit itself is not kept: 156 weeks × 5 outcomes of n × k designs would not fit in
/// memory proportional to the roster).
/// </summary>
/// <param name="Effect">Tidy row of the treatment coefficient (term <c>treatment</c>).</param>
/// <param name="Estimator">Lin or additive OLS.</param>
/// <param name="Variance">Coefficient variance used.</param>
/// <param name="DfMethod">How <see cref="TidyTerm.Df"/> was obtained (residual n − k, G − 1, Bell–McCaffrey, or ∞ for z).</param>
/// <param name="Observations">Persons in the regression.</param>
/// <param name="Coefficients">Estimated coefficients k (after aliased columns were dropped).</param>
/// <param name="Clusters">Clusters in the regression (0 without clusters).</param>
/// <param name="AliasedColumns">Design columns dropped as collinear (R <c>lm</c>'s <c>NA</c>), named after the covariates.</param>
public sealed record CovariateAdjustedEffect(
    TidyTerm Effect,
    EffectEstimator Estimator,
    OlsVariance Variance,
    DegreesOfFreedomMethod DfMethod,
    long Observations,
    int Coefficients,
    int Clusters,
    IReadOnlyList<string> AliasedColumns
);
