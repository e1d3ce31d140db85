namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>
/// exp(β) of one coefficient with its exponentiated interval, and the implied percentage change
/// 100·(exp β − 1) ("23% less likely to lose their ordinary hours" is −23).
/// </summary>
/// <param name="Term">Coefficient name.</param>
/// <param name="Ratio">exp(β): hazard ratio (cloglog) or odds ratio (logit).</param>
/// <param name="ConfLow">exp(lower limit).</param>
/// <param name="ConfHigh">exp(upper limit).</param>
/// <param name="PercentChange">100·(exp β − 1).</param>
public sealed record HazardRatio(string Term, double Ratio, double ConfLow, double ConfHigh, double PercentChange);
