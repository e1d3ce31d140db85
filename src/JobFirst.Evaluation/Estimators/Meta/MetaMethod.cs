namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>How the between-site variance τ² of a (mixed-effects) meta-analysis is estimated.</summary>
public enum MetaMethod
{
    /// <summary>
    /// Fixed (common/equal) effect: τ² = 0, inverse-variance weights 1/vᵢ; R <c>metafor::rma(yi, vi, method = "FE")</c>
    /// (= <c>"EE"</c>). With mods this is weighted least squares with known variances.
    /// </summary>
    FixedEffect,

    /// <summary>
    /// DerSimonian &amp; Laird (1986) method-of-moments τ² = max(0, (Q_E − (k − p)) / tr(P)), P the fixed-effect
    /// residual projector; R <c>metafor::rma(yi, vi, method = "DL")</c>.
    /// </summary>
    DerSimonianLaird,

    /// <summary>
    /// Restricted maximum likelihood τ² (Fisher scoring, truncated at 0; Viechtbauer 2005);
    /// R <c>metafor::rma(yi, vi, method = "REML")</c>, metafor's default.
    /// </summary>
    Reml,
}
