namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>How the logistic coefficients are estimated.</summary>
public enum GlmFitMethod
{
    /// <summary>Maximum likelihood by IRLS/Newton (R: <c>glm(family = binomial)</c>; Stata: <c>logit</c>).</summary>
    MaximumLikelihood,

    /// <summary>
    /// Firth's (1993) penalised likelihood, l(β) + ½ log|I(β)|, finite under separation
    /// (R: <c>glm(..., method = brglm2::brglmFit, type = "AS_mean")</c> or <c>logistf</c>; Stata: <c>firthlogit</c>).
    /// </summary>
    Firth,
}
