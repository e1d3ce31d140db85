namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>
/// Coefficient variance of an OLS fit, exactly as <c>estimatr::lm_robust(se_type = ...)</c> (member docs give the
/// formula, df and the matching R/Stata call). M = (XᵀX)⁻¹, e = residuals, h_i = x_iᵀMx_i, n rows (Σ frequency
/// weights), k estimated coefficients, G clusters, s_g = Σ_{i∈g} e_i x_i.
/// </summary>
public enum OlsVariance
{
    /// <summary>s²M, s² = Σe²/(n − k); df n − k (R: <c>lm</c>, <c>lm_robust(se_type = "classical")</c>; Stata: <c>regress</c>).</summary>
    Classical,

    /// <summary>M(Σ e_i² x_i x_iᵀ)M; df n − k (R: <c>lm_robust(se_type = "HC0")</c>, <c>sandwich::vcovHC(type = "HC0")</c>).</summary>
    HC0,

    /// <summary>HC0 × n/(n − k); df n − k (R: <c>lm_robust(se_type = "HC1" | "stata")</c>; Stata: <c>regress, vce(robust)</c>).</summary>
    HC1,

    /// <summary>
    /// M(Σ e_i²/(1 − h_i) x_i x_iᵀ)M; df n − k (MacKinnon &amp; White 1985; R: <c>lm_robust()</c> default without clusters,
    /// <c>sandwich::vcovHC(type = "HC2")</c>; Stata: <c>regress, vce(hc2)</c>). Equals the Neyman SE for a treatment dummy.
    /// </summary>
    HC2,

    /// <summary>M(Σ e_i²/(1 − h_i)² x_i x_iᵀ)M; df n − k (R: <c>lm_robust(se_type = "HC3")</c>; Stata: <c>regress, vce(hc3)</c>).</summary>
    HC3,

    /// <summary>M(Σ_g s_g s_gᵀ)M without adjustment; df G − 1 (R: <c>lm_robust(clusters = g, se_type = "CR0")</c>).</summary>
    CR0,

    /// <summary>
    /// CR0 × G/(G − 1) · (n − 1)/(n − k); df G − 1 (R: <c>lm_robust(clusters = g, se_type = "stata")</c>;
    /// Stata: <c>regress, vce(cluster g)</c>; also <c>sandwich::vcovCL(type = "HC1")</c>).
    /// </summary>
    CR1Stata,

    /// <summary>
    /// Bell &amp; McCaffrey (2002) bias-reduced M(Σ_g X_gᵀA_g e_g e_gᵀA_g X_g)M, A_g = (I − X_g M X_gᵀ)^{-½}, with the
    /// Satterthwaite df of Pustejovsky &amp; Tipton (2018) per coefficient (R: <c>lm_robust()</c> default with clusters,
    /// <c>clubSandwich::vcovCR(type = "CR2")</c>).
    /// </summary>
    CR2,
}

/// <summary>Helpers for <see cref="OlsVariance"/>.</summary>
public static class OlsVarianceExtensions
{
    /// <summary>True for the cluster-robust estimators (CR0, CR1Stata, CR2).</summary>
    public static bool IsClustered(this OlsVariance variance) =>
        variance is OlsVariance.CR0 or OlsVariance.CR1Stata or OlsVariance.CR2;

    /// <summary>The <c>se_type</c> string of <c>estimatr::lm_robust</c>.</summary>
    public static string ToEstimatrSeType(this OlsVariance variance) =>
        variance switch
        {
            OlsVariance.Classical => "classical",
            OlsVariance.CR1Stata => "stata",
            _ => variance.ToString(),
        };
}
