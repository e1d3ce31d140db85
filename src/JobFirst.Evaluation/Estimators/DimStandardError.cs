namespace JobFirst.Evaluation.Estimators;

/// <summary>Standard-error formula of a difference in means (see <c>docs/estimators.md</c> for each formula).</summary>
public enum DimStandardError
{
    /// <summary>
    /// Neyman/Welch √(s₁²/n₁ + s₀²/n₀) (Gerber &amp; Green 2012, eq. 3.6; R: <c>estimatr::difference_in_means</c>
    /// default, <c>t.test</c> default; Stata: <c>ttest y, by(t) unequal</c>). In blocks: √Σ(n_b/N)² se_b².
    /// </summary>
    Neyman,

    /// <summary>
    /// Classical pooled √(s_p²(1/n₁ + 1/n₀)), s_p² = [(n₁−1)s₁² + (n₀−1)s₀²]/(n − 2), df n − 2
    /// (R: <c>t.test(var.equal = TRUE)</c>, <c>lm</c>; Stata: <c>ttest y, by(t)</c>). In blocks the per-block
    /// pooled SEs are combined like Neyman SEs (no R equivalent; documented extension).
    /// </summary>
    Classical,

    /// <summary>
    /// Bell–McCaffrey CR2 cluster-robust SE of the treatment coefficient in y ~ 1 + t, the only SE of
    /// estimatr's Clustered and Block-clustered designs (R: <c>lm_robust(y ~ t, clusters = g, se_type = "CR2")</c>).
    /// </summary>
    CR2,

    /// <summary>
    /// Matched-pair SE √(Σ(d_b − d̄)² / (B(B − 1))) (Gerber &amp; Green 2012, eq. 3.16; Imai 2008), estimatr's
    /// choice when every block has two units (or two clusters, with the cluster-size-weighted form).
    /// </summary>
    MatchedPairs,
}
