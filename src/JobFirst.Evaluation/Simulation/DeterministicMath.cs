namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// exp and the logistic function from IEEE basic operations only, so simulated draws never depend on a
/// platform's libm (whose last bit may differ) and files stay byte-identical everywhere.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;

    /// <summary>e^x via x = k ln 2 + r, |r| ≤ ln2/2, and a 20-term Taylor series for e^r (relative error ~1e-16).</summary>
    public static double Exp(double x)
    {
        x = Math.Clamp(x, -700, 700);
        double k = Math.Round(x / Ln2);
        double r = x - k * Ln2;
        double term = 1,
            sum = 1;
        for (int n = 1; n <= 20; n++)
        {
            term *= r / n;
            sum += term;
        }
        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>1 / (1 + e^−x).</summary>
    public static double Logistic(double x) => 1 / (1 + Exp(-x));
}
