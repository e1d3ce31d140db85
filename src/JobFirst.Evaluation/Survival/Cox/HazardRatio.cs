namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// exp(β) with the exponentiated Wald interval (R: <c>summary(coxph)$conf.int</c>; Stata: <c>stcox</c> hazard ratios).
/// </summary>
/// <param name="Term">Coefficient name.</param>
/// <param name="Estimate">Hazard ratio exp(β).</param>
/// <param name="ConfLow">exp(lower Wald limit).</param>
/// <param name="ConfHigh">exp(upper Wald limit).</param>
public sealed record HazardRatio(string Term, double Estimate, double ConfLow, double ConfHigh);
