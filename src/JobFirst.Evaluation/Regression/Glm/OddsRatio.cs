namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>exp(coefficient) with the exponentiated Wald interval (Stata: <c>logit, or</c>; R: <c>exp(coef)</c>, <c>exp(confint.default)</c>).</summary>
/// <param name="Term">Coefficient name.</param>
/// <param name="Estimate">exp(β).</param>
/// <param name="ConfLow">exp(lower Wald limit).</param>
/// <param name="ConfHigh">exp(upper Wald limit).</param>
public sealed record OddsRatio(string Term, double Estimate, double ConfLow, double ConfHigh);
