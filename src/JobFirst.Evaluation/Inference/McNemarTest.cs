namespace JobFirst.Evaluation.Inference;

/// <summary>
/// McNemar's test for paired binary outcomes (the same units measured twice): with b = units positive only
/// in the first measurement and c = positive only in the second, the statistic is (|b − c| − 1)²/(b + c)
/// with the continuity correction and (b − c)²/(b + c) without, referred to χ²(1) — R
/// <c>mcnemar.test(matrix(c(a, c, b, d), 2), correct = ...)</c>. As in R, the correction is skipped when
/// b = c (the statistic is then 0), and b + c = 0 gives NaN (no discordant pairs: nothing to test). The exact
/// p-value is R <c>binom.test(b, b + c, 0.5)$p.value</c> (Stata <c>mcc</c>'s exact McNemar probability).
/// </summary>
public static class McNemarTest
{
    /// <summary>Computes the test from the discordant counts.</summary>
    /// <param name="onlyFirst">b: units positive in the first measurement only (e.g. met at baseline, not at follow-up).</param>
    /// <param name="onlySecond">c: units positive in the second measurement only.</param>
    /// <param name="correction">Continuity correction (R default <see cref="ChiSquareCorrection.Yates"/>).</param>
    public static McNemarResult Compute(
        int onlyFirst,
        int onlySecond,
        ChiSquareCorrection correction = ChiSquareCorrection.Yates
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        int discordant = onlyFirst + onlySecond;
        double diff = Math.Abs(onlyFirst - onlySecond);
        bool corrected = correction == ChiSquareCorrection.Yates && onlyFirst != onlySecond;
        double numerator = corrected ? (diff - 1) * (diff - 1) : diff * diff;
        double statistic = discordant == 0 ? double.NaN : numerator / discordant;
        double exact = discordant == 0 ? double.NaN : BinomialTest.TwoSidedP(onlyFirst, discordant);
        return new McNemarResult(
            onlyFirst,
            onlySecond,
            statistic,
            1,
            ChiSquareDistribution.UpperTail(statistic, 1),
            exact,
            corrected ? ChiSquareCorrection.Yates : ChiSquareCorrection.None
        );
    }
}
