namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>
/// How the treatment − control effect of a week (or window outcome) is estimated. Chosen explicitly; every member names
/// the R call it reproduces on the week's persons (docs/effects.md, "Covariate adjustment").
/// </summary>
public enum EffectEstimator
{
    /// <summary>
    /// Unadjusted difference in means with the design's estimatr conventions (R: <c>estimatr::difference_in_means</c>);
    /// the default.
    /// </summary>
    DifferenceInMeans,

    /// <summary>
    /// Lin's (2013) interacted regression: OLS of y on 1, t, the covariates centred at the week's means and t × each
    /// centred covariate; the coefficient of t is the adjusted average effect. Default variance HC2 (CR2 with clusters)
    /// (R: <c>estimatr::lm_lin(y ~ t, covariates = ~ x1 + x2)</c>). Blocks enter as a factor covariate (centred and
    /// interacted), so with no other covariate it reproduces the blocked difference in means and its N − 2B df.
    /// </summary>
    Lin,

    /// <summary>
    /// OLS with additive covariates: y on 1, t and the covariates; the coefficient of t. Default variance HC2 (CR2 with
    /// clusters) (R: <c>estimatr::lm_robust(y ~ t + x1 + x2)</c>; Stata: <c>regress y t x1 x2, vce(hc2)</c>). Blocks enter as
    /// fixed effects (R: <c>lm_robust(..., fixed_effects = ~ block)</c>, the same as block dummies).
    /// </summary>
    Ols,
}
