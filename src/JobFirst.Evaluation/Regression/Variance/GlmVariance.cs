namespace JobFirst.Evaluation.Regression.Variance;

/// <summary>
/// Variance estimator for GLM coefficients. With frequency weights every row counts as w identical
/// observations (n = Σw), so aggregated cells give the same variance as person rows. Sandwich forms are
/// B·M·B with bread B = (X'WX)⁻¹ and scores s_i = w_i (y_i − μ_i) x_i; inference is z-based (df = ∞).
/// </summary>
public enum GlmVariance
{
    /// <summary>Inverse Fisher information (X'WX)⁻¹ (R: <c>vcov(glm)</c>; Stata: <c>logit</c> default <c>vce(oim)</c>).</summary>
    Model,

    /// <summary>Huber–White sandwich without adjustment, M = Σ w_i (y_i−μ_i)² x_i x_iᵀ (R: <c>sandwich::vcovHC(type = "HC0")</c>).</summary>
    HC0,

    /// <summary>HC0 × n/(n−k) (R: <c>sandwich::vcovHC(type = "HC1")</c>). Stata's <c>logit, vce(robust)</c> instead uses n/(n−1).</summary>
    HC1,

    /// <summary>
    /// Cluster sandwich M = Σ_g s_g s_gᵀ times G/(G−1)·(n−1)/(n−k)
    /// (R: <c>sandwich::vcovCL(fit, cluster = ~g, type = "HC1", cadjust = TRUE)</c>, the default).
    /// </summary>
    ClusterR,

    /// <summary>
    /// Cluster sandwich times G/(G−1) only: Stata's <c>logit, vce(cluster g)</c> (ML estimators use
    /// <c>_robust</c>'s default <c>minus(1)</c>; the extra (n−1)/(n−k) is only applied by <c>regress</c>)
    /// (R: <c>sandwich::vcovCL(fit, cluster = ~g, type = "HC0", cadjust = TRUE)</c>).
    /// </summary>
    ClusterStata,
}
