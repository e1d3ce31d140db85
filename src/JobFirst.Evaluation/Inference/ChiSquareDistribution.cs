using MathNet.Numerics;

namespace JobFirst.Evaluation.Inference;

/// <summary>Upper-tail probabilities of the chi-square distribution (R <c>pchisq(x, df, lower.tail = FALSE)</c>).</summary>
public static class ChiSquareDistribution
{
    /// <summary>
    /// P(X ≥ <paramref name="statistic"/>) for X ~ χ²(<paramref name="df"/>), computed as the regularised upper
    /// incomplete gamma function Q(df/2, x/2) (for df = 1 as erfc(√(x/2))), so tiny p-values keep their relative
    /// precision instead of being 1 − CDF. NaN in, NaN out; a statistic ≤ 0 gives 1.
    /// </summary>
    public static double UpperTail(double statistic, double df)
    {
        if (double.IsNaN(statistic) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }
        if (statistic <= 0)
        {
            return 1;
        }
        if (double.IsPositiveInfinity(statistic))
        {
            return 0;
        }
        return df == 1
            ? SpecialFunctions.Erfc(Math.Sqrt(statistic / 2))
            : SpecialFunctions.GammaUpperRegularized(df / 2, statistic / 2);
    }
}
