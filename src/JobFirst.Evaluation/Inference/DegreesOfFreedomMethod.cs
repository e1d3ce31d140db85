namespace JobFirst.Evaluation.Inference;

/// <summary>How the degrees of freedom of a t reference distribution were obtained.</summary>
public enum DegreesOfFreedomMethod
{
    /// <summary>
    /// Welch–Satterthwaite: (s₁²/n₁ + s₀²/n₀)² / [(s₁²/n₁)²/(n₁−1) + (s₀²/n₀)²/(n₀−1)]
    /// (R: <c>t.test</c> default, <c>estimatr::difference_in_means</c> Standard design; Stata: <c>ttest, unequal</c>).
    /// </summary>
    WelchSatterthwaite,

    /// <summary>Residual df n − k (n − 2 for two means) (R: <c>lm</c>, <c>t.test(var.equal = TRUE)</c>, <c>lm_robust</c> HC0–HC3; Stata: <c>regress</c>).</summary>
    Residual,

    /// <summary>N − 2B for B blocks (Gerber &amp; Green 2012, p. 77, eq. 3.16 as used by <c>estimatr::difference_in_means</c> Blocked).</summary>
    BlockedResidual,

    /// <summary>B − 1 for B matched pairs (Gerber &amp; Green 2012, p. 77; <c>estimatr::difference_in_means</c> Matched-pair).</summary>
    BlocksMinusOne,

    /// <summary>G − 1 for G clusters (R: <c>lm_robust(se_type = "CR0" | "stata")</c>; Stata: <c>regress, vce(cluster)</c>).</summary>
    ClustersMinusOne,

    /// <summary>G − 2B for G clusters in B blocks (<c>estimatr::difference_in_means</c> Block-clustered).</summary>
    BlockedClusters,

    /// <summary>
    /// Bell &amp; McCaffrey (2002) Satterthwaite df of the CR2 variance under a working model of independent
    /// homoskedastic errors (Pustejovsky &amp; Tipton 2018, eq. 11; R: <c>lm_robust(se_type = "CR2")</c>,
    /// <c>clubSandwich::coef_test(vcov = "CR2", test = "Satterthwaite")</c>).
    /// </summary>
    BellMcCaffrey,

    /// <summary>No df: the normal reference distribution (reported as df = ∞).</summary>
    Infinite,
}
