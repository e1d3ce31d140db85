namespace JobFirst.Evaluation.Inference;

/// <summary>The result of <see cref="TwoProportionTest"/> (R <c>prop.test</c> with two groups).</summary>
/// <param name="Proportion1">p̂1 = x1/n1.</param>
/// <param name="Proportion2">p̂2 = x2/n2.</param>
/// <param name="Estimate">p̂1 − p̂2.</param>
/// <param name="Statistic">Pearson's X² (continuity-corrected when asked); NaN when the pooled proportion is 0 or 1.</param>
/// <param name="Df">Degrees of freedom (1).</param>
/// <param name="PValue">Upper χ²(1) tail (R <c>prop.test()$p.value</c>).</param>
/// <param name="ConfLow">Lower limit of R's interval for p̂1 − p̂2.</param>
/// <param name="ConfHigh">Upper limit.</param>
/// <param name="Level">Confidence level.</param>
/// <param name="Correction">Continuity correction requested.</param>
/// <param name="SmallExpected">Some expected count is below 5 (R warns "Chi-squared approximation may be incorrect").</param>
public sealed record TwoProportionResult(
    double Proportion1,
    double Proportion2,
    double Estimate,
    double Statistic,
    double Df,
    double PValue,
    double ConfLow,
    double ConfHigh,
    double Level,
    ChiSquareCorrection Correction,
    bool SmallExpected
);
