namespace JobFirst.Evaluation.Inference;

/// <summary>The result of <see cref="McNemarTest"/>.</summary>
/// <param name="OnlyFirst">b: discordant units positive in the first measurement only.</param>
/// <param name="OnlySecond">c: discordant units positive in the second measurement only.</param>
/// <param name="Statistic">McNemar's chi-square (NaN when b + c = 0).</param>
/// <param name="Df">Degrees of freedom (1).</param>
/// <param name="PValue">Upper χ²(1) tail of <paramref name="Statistic"/> (R <c>mcnemar.test()$p.value</c>).</param>
/// <param name="ExactPValue">Exact two-sided p-value, R <c>binom.test(b, b + c, 0.5)$p.value</c>.</param>
/// <param name="CorrectionApplied">The correction actually applied (R skips it when b = c).</param>
public sealed record McNemarResult(
    int OnlyFirst,
    int OnlySecond,
    double Statistic,
    double Df,
    double PValue,
    double ExactPValue,
    ChiSquareCorrection CorrectionApplied
);
