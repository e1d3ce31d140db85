namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Variance of Cox coefficients. V = I(β̂)⁻¹ is the inverse observed information of the partial likelihood.
/// Sandwich forms are DᵀD with D the dfbeta matrix: row i is w_i·L_iᵀV with L_i the score residual of row i
/// (Lin &amp; Wei 1989; Therneau &amp; Grambsch 2000, §7.2), rows summed within clusters first. Inference is z-based
/// (df = ∞) throughout.
/// </summary>
public enum CoxVariance
{
    /// <summary>Model-based I(β̂)⁻¹ (R: <c>vcov(coxph(...))</c>; Stata: <c>stcox</c> default <c>vce(oim)</c>).</summary>
    Model,

    /// <summary>
    /// Lin–Wei robust sandwich DᵀD, every row its own cluster, no small-sample factor
    /// (R: <c>coxph(..., robust = TRUE)</c>).
    /// </summary>
    RobustR,

    /// <summary>
    /// Robust sandwich times n/(n−1), n = Σ frequency weights (Stata: <c>stcox, vce(robust)</c>, whose default
    /// degree-of-freedom adjustment is switched off by <c>noadjust</c>). Frequency weights replicate rows as Stata's
    /// <c>[fweight]</c>: the meat is Σ w_i (L_iV)(L_iV)ᵀ, where R's <c>coxph(weights =, robust = TRUE)</c> uses
    /// Σ (w_iL_iV)(w_iL_iV)ᵀ (case/sampling weights, Binder 1992). Without weights the two differ only by n/(n−1).
    /// </summary>
    RobustStata,

    /// <summary>
    /// Cluster-robust sandwich with dfbetas summed within clusters, no small-sample factor
    /// (R: <c>coxph(..., cluster = g)</c>, i.e. <c>residuals(fit, "dfbeta", collapse = g)</c> crossed).
    /// </summary>
    ClusterR,

    /// <summary>
    /// Cluster-robust sandwich times G/(G−1), G clusters (Stata: <c>stcox, vce(cluster g)</c>; <c>noadjust</c> drops
    /// the factor and gives <see cref="ClusterR"/>).
    /// </summary>
    ClusterStata,
}
