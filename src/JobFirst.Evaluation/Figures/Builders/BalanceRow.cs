namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One covariate of a balance plot.</summary>
/// <param name="Covariate">Covariate label.</param>
/// <param name="StandardizedDifference">Standardized mean difference (treatment − control) / pooled SD, as R <c>cobalt::bal.tab</c>.</param>
public sealed record BalanceRow(string Covariate, double StandardizedDifference);
