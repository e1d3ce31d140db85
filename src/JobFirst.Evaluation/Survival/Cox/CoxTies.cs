namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Approximation of the partial likelihood at tied event times. With d events at time t, risk set R(t) and
/// death set D(t), weights w and risk scores r = exp(η):
/// Breslow uses one term per time, −(Σ_D w)·log Σ_R w r; Efron uses d terms with the deaths' share
/// of the denominator removed stepwise, −(Σ_D w / d)·Σ_{k=0}^{d−1} log(Σ_R w r − (k/d)·Σ_D w r)
/// (Efron 1977; Therneau &amp; Grambsch 2000, §3.3). Without ties both are the exact partial likelihood.
/// </summary>
public enum CoxTies
{
    /// <summary>Efron's approximation (R: <c>coxph(..., ties = "efron")</c>, the R default; Stata: <c>stcox, efron</c>).</summary>
    Efron,

    /// <summary>Breslow's approximation (R: <c>coxph(..., ties = "breslow")</c>; Stata: <c>stcox</c>, the Stata default).</summary>
    Breslow,
}
