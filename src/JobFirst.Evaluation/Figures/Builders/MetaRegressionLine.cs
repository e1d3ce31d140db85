namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>A fitted meta-regression line effect = intercept + slope × trait (as R <c>metafor::rma(yi, vi, mods = ~ trait)</c>).</summary>
/// <param name="Intercept">Fitted effect at trait 0.</param>
/// <param name="Slope">Change in effect per unit of the trait.</param>
public sealed record MetaRegressionLine(double Intercept, double Slope);
