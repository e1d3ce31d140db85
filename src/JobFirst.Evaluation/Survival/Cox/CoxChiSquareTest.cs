using MathNet.Numerics;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>A χ² test with its degrees of freedom and upper-tail p-value.</summary>
/// <param name="Name">What is tested (e.g. <c>likelihood_ratio</c>, a term, <c>GLOBAL</c>).</param>
/// <param name="ChiSquare">Test statistic.</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="PValue">P(χ²(df) ≥ statistic).</param>
public sealed record CoxChiSquareTest(string Name, double ChiSquare, int Df, double PValue)
{
    /// <summary>Builds the test, computing the upper tail Q(df/2, χ²/2) directly so tiny p-values keep relative accuracy.</summary>
    public static CoxChiSquareTest Create(string name, double chiSquare, int df)
    {
        double p =
            df > 0 && !double.IsNaN(chiSquare)
                ? SpecialFunctions.GammaUpperRegularized(df / 2.0, Math.Max(0, chiSquare) / 2)
                : double.NaN;
        return new CoxChiSquareTest(name, chiSquare, df, p);
    }
}
