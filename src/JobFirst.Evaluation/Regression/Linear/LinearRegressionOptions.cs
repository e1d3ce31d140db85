namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>Options of an OLS fit.</summary>
/// <param name="Variance">
/// Coefficient variance; null = estimatr's default: <see cref="OlsVariance.HC2"/> without a cluster column,
/// <see cref="OlsVariance.CR2"/> with one.
/// </param>
/// <param name="ConfidenceLevel">Confidence level of the t intervals.</param>
public sealed record LinearRegressionOptions(OlsVariance? Variance = null, double ConfidenceLevel = 0.95);
