namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>Choices for <see cref="KaplanMeierEstimator.Fit"/>.</summary>
/// <param name="Confidence">Interval scale (default <see cref="KaplanMeierConfidence.Log"/>, R's default).</param>
/// <param name="ConfidenceLevel">Confidence level (default 0.95, R <c>conf.int</c>).</param>
public sealed record KaplanMeierOptions(
    KaplanMeierConfidence Confidence = KaplanMeierConfidence.Log,
    double ConfidenceLevel = 0.95
);
