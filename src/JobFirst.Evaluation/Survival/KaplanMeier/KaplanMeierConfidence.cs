namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// Scale on which the pointwise Kaplan–Meier confidence interval is built from the Greenwood standard error
/// of −log S (R <c>survfit(conf.type = ...)</c>, computed as <c>survival:::survfit_confint</c>). With
/// z the normal quantile and σ = se(−log S):
/// </summary>
public enum KaplanMeierConfidence
{
    /// <summary>
    /// R <c>conf.type = "log"</c> (the default): exp(log S ± zσ), upper limit capped at 1; none when S = 0.
    /// </summary>
    Log,

    /// <summary>
    /// R <c>conf.type = "log-log"</c> (Stata <c>sts list</c>'s default): exp(−exp(log(−log S) ∓ zσ/log S));
    /// none when S is 0 or 1.
    /// </summary>
    LogLog,

    /// <summary>R <c>conf.type = "plain"</c>: S ± z·σ·S, clipped to [0, 1].</summary>
    Plain,
}
