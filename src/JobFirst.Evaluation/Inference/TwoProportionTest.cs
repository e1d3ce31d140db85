namespace JobFirst.Evaluation.Inference;

/// <summary>
/// The chi-square test of equal proportions in two independent samples with the Wald interval for their
/// difference, exactly as R <c>prop.test(c(x1, x2), c(n1, n2), correct = ...)</c>: with p̂ = (x1 + x2)/(n1 + n2)
/// and expected counts E, X² = Σ (|O − E| − y)²/E over the 2×2 cells, y = min(½, |p̂1 − p̂2|/(1/n1 + 1/n2)) with
/// the correction and 0 without; df = 1. The interval is p̂1 − p̂2 ± (z·√(Σ p̂(1 − p̂)/n) + y·(1/n1 + 1/n2)),
/// clipped to [−1, 1], with z the normal (1 + level)/2 quantile. When some expected count is below 5, R warns
/// "Chi-squared approximation may be incorrect"; the result carries that as <see cref="TwoProportionResult.SmallExpected"/>.
/// When p̂ is 0 or 1 an expected count is zero and the statistic is NaN, as in R.
/// </summary>
public static class TwoProportionTest
{
    /// <summary>Computes the test of π1 = π2; the estimate is p̂1 − p̂2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A sample size below 1, a count outside 0..n, or a level outside (0,1).</exception>
    public static TwoProportionResult Compute(
        int x1,
        int n1,
        int x2,
        int n2,
        ChiSquareCorrection correction = ChiSquareCorrection.Yates,
        double level = 0.95
    )
    {
        if (n1 < 1 || n2 < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n1), "Both samples need at least one unit.");
        }
        if (x1 < 0 || x1 > n1 || x2 < 0 || x2 > n2)
        {
            throw new ArgumentOutOfRangeException(nameof(x1), "Counts must lie in 0..n.");
        }
        if (level is <= 0 or >= 1 || double.IsNaN(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie in (0,1).");
        }
        double p1 = (double)x1 / n1;
        double p2 = (double)x2 / n2;
        double delta = p1 - p2;
        double inverseSum = 1.0 / n1 + 1.0 / n2;
        double yates = correction == ChiSquareCorrection.Yates ? Math.Min(0.5, Math.Abs(delta) / inverseSum) : 0;
        double z = WaldInference.Quantile(double.PositiveInfinity, (1 + level) / 2);
        double width = z * Math.Sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2) + yates * inverseSum;
        double pooled = (double)(x1 + x2) / (n1 + n2);
        double statistic = 0;
        bool small = false;
        foreach (var (observed, n) in new[] { (x1, n1), (x2, n2) })
        {
            foreach (var (o, e) in new[] { ((double)observed, n * pooled), ((double)(n - observed), n * (1 - pooled)) })
            {
                small |= e < 5;
                double dev = Math.Abs(o - e) - yates;
                statistic += dev * dev / e;
            }
        }
        return new TwoProportionResult(
            p1,
            p2,
            delta,
            statistic,
            1,
            ChiSquareDistribution.UpperTail(statistic, 1),
            Math.Max(delta - width, -1),
            Math.Min(delta + width, 1),
            level,
            correction,
            small
        );
    }
}
