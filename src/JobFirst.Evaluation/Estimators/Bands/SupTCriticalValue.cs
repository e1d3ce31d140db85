using JobFirst.Evaluation.Simulation;
using MathNet.Numerics.LinearAlgebra;

namespace JobFirst.Evaluation.Estimators.Bands;

/// <summary>
/// The critical value of a sup-t band from bootstrap draws of the standardised effect path (see
/// <see cref="SimultaneousBand"/> and <c>docs/effects.md</c>, "Simultaneous band").
/// </summary>
/// <remarks>
/// The critical value is the inverse-ECDF (R <c>quantile(type = 1)</c>) <c>level</c> quantile of the draws' maxima
/// maxₖ|Z*ₖ|/√Σ̂ₖₖ. Deterministic for a given seed: the generator is the library's own xoshiro256** with
/// normal deviates by the Marsaglia polar method.
/// </remarks>
public static class SupTCriticalValue
{
    /// <summary>
    /// Gaussian multiplier bootstrap: draws Z* ~ N(0, Σ) through the symmetric square root of the correlation matrix of
    /// <paramref name="covariance"/> (eigen-decomposition, negative eigenvalues from rounding set to 0), so singular Σ
    /// (e.g. two identical weeks) is fine and the draws depend continuously on Σ.
    /// </summary>
    /// <param name="covariance">m × m covariance of the m estimates in the band (diagonal &gt; 0).</param>
    /// <param name="draws">Number of draws.</param>
    /// <param name="seed">Generator seed.</param>
    /// <param name="level">Coverage level.</param>
    public static double Gaussian(double[,] covariance, int draws, ulong seed, double level)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        int m = covariance.GetLength(0);
        if (m == 0)
        {
            return double.NaN;
        }
        var corr = Matrix<double>.Build.Dense(
            m,
            m,
            (i, j) => covariance[i, j] / Math.Sqrt(covariance[i, i] * covariance[j, j])
        );
        var evd = corr.Evd(Symmetricity.Symmetric);
        var vectors = evd.EigenVectors;
        // The symmetric square root R^½ = V Λ^½ V' (not V Λ^½): it is unique and continuous in R, so rounding-level
        // differences in Σ (e.g. merged partial passes) cannot rotate eigenvectors of repeated eigenvalues and change
        // the draws.
        var sqrtLambda = new double[m];
        for (int j = 0; j < m; j++)
        {
            sqrtLambda[j] = Math.Sqrt(Math.Max(0, evd.EigenValues[j].Real));
        }
        var root = new double[m * m]; // row-major R^½
        for (int i = 0; i < m; i++)
        {
            for (int l = 0; l < m; l++)
            {
                double sum = 0;
                for (int j = 0; j < m; j++)
                {
                    sum += vectors[i, j] * sqrtLambda[j] * vectors[l, j];
                }
                root[i * m + l] = sum;
            }
        }
        var rng = new DeterministicRandom(seed, 0x5B7E_0001);
        var u = new double[m + 1];
        var maxima = new double[draws];
        for (int b = 0; b < draws; b++)
        {
            for (int j = 0; j < m; j += 2)
            {
                (u[j], u[j + 1]) = StandardNormalPair(rng);
            }
            double max = 0;
            for (int i = 0; i < m; i++)
            {
                double z = 0;
                var row = root.AsSpan(i * m, m);
                for (int j = 0; j < m; j++)
                {
                    z += row[j] * u[j];
                }
                max = Math.Max(max, Math.Abs(z));
            }
            maxima[b] = max;
        }
        return Quantile(maxima, level);
    }

    /// <summary>The inverse-ECDF quantile (R <c>quantile(type = 1)</c>) of <paramref name="maxima"/>; sorts the array.</summary>
    public static double Quantile(double[] maxima, double level)
    {
        ArgumentNullException.ThrowIfNull(maxima);
        if (maxima.Length == 0)
        {
            return double.NaN;
        }
        Array.Sort(maxima);
        int index = (int)Math.Ceiling(level * maxima.Length) - 1;
        return maxima[Math.Clamp(index, 0, maxima.Length - 1)];
    }

    /// <summary>Two independent standard normal deviates (Marsaglia polar method).</summary>
    internal static (double, double) StandardNormalPair(DeterministicRandom rng)
    {
        while (true)
        {
            double x = 2 * rng.Uniform() - 1;
            double y = 2 * rng.Uniform() - 1;
            double s = x * x + y * y;
            if (s > 0 && s < 1)
            {
                double f = Math.Sqrt(-2 * Math.Log(s) / s);
                return (x * f, y * f);
            }
        }
    }

    /// <summary>
    /// Rademacher sign of person/cluster <paramref name="unit"/> in draw <paramref name="draw"/>: a fixed function of
    /// (seed, unit, draw), so partial passes over different persons agree with one pass.
    /// </summary>
    internal static double RademacherSign(ulong seed, long unit, int draw) =>
        ((RademacherBits(seed, unit, draw >> 6) >> (draw & 63)) & 1) == 0 ? 1.0 : -1.0;

    /// <summary>The signs of draws 64·<paramref name="block"/>..64·<paramref name="block"/>+63 as bits (1 = −1).</summary>
    internal static ulong RademacherBits(ulong seed, long unit, int block)
    {
        // SplitMix64 finaliser of the (seed, unit, block) key.
        ulong z = seed + 0x9E3779B97F4A7C15UL;
        z ^= (ulong)unit * 0xD1B54A32D192ED03UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z ^= (ulong)block * 0x8CB92BA72F3D8DD7UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
