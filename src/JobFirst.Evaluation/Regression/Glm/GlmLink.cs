namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>Link function of the binomial GLM fitted by <see cref="LogisticRegression"/>.</summary>
public enum GlmLink
{
    /// <summary>Logit, log(μ/(1 − μ)) (R: <c>binomial()</c>; Stata: <c>logit</c>). exp(β) are odds ratios.</summary>
    Logit,

    /// <summary>
    /// Complementary log-log, log(−log(1 − μ)) (R: <c>binomial(link = "cloglog")</c>; Stata: <c>cloglog</c>).
    /// Fitted by IRLS with expected-information weights (μ′)²/(μ(1 − μ)), as R's <c>glm.fit</c>. On
    /// person-period data of a discrete-time hazard, exp(β) are hazard ratios of the underlying
    /// continuous-time proportional-hazards model (Prentice &amp; Gloeckler 1978).
    /// </summary>
    ComplementaryLogLog,
}
