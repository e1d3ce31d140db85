using MathNet.Numerics;

namespace JobFirst.Evaluation.Inference;

/// <summary>
/// The exact binomial test of H0: π = <c>p</c> for <c>x</c> successes in <c>n</c> trials, as R
/// <c>binom.test(x, n, p)$p.value</c> (two-sided): the sum of the probabilities of all outcomes no more
/// likely than the observed one, with R's relative tolerance 1 + 10⁻⁷ for ties in probability, capped at 1.
/// The exact McNemar test is this test on the discordant pairs with p = ½ (Stata <c>mcc</c>'s "exact
/// McNemar significance probability").
/// </summary>
public static class BinomialTest
{
    private const double RelativeError = 1 + 1e-7;

    /// <summary>Two-sided exact p-value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, x outside 0..n, or p outside (0,1).</exception>
    public static double TwoSidedP(int x, int n, double p = 0.5)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "At least one trial is needed.");
        }
        if (x < 0 || x > n)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Successes must lie in 0..n.");
        }
        if (p is <= 0 or >= 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The null probability must lie in (0,1).");
        }
        double d = Density(x, n, p);
        double m = n * p;
        double pValue;
        if (x == m)
        {
            pValue = 1;
        }
        else if (x < m)
        {
            int y = 0;
            for (int i = (int)Math.Ceiling(m); i <= n; i++)
            {
                y += Density(i, n, p) <= d * RelativeError ? 1 : 0;
            }
            pValue = Cdf(x, n, p) + UpperTail(n - y, n, p);
        }
        else
        {
            int y = 0;
            for (int i = 0; i <= (int)Math.Floor(m); i++)
            {
                y += Density(i, n, p) <= d * RelativeError ? 1 : 0;
            }
            pValue = Cdf(y - 1, n, p) + UpperTail(x - 1, n, p);
        }
        return Math.Min(1, pValue);
    }

    /// <summary>P(X = k) for X ~ Bin(n, p), from log-gamma (R <c>dbinom</c>).</summary>
    public static double Density(int k, int n, double p)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }
        return Math.Exp(SpecialFunctions.BinomialLn(n, k) + k * Math.Log(p) + (n - k) * Math.Log(1 - p));
    }

    /// <summary>P(X ≤ k) (R <c>pbinom(k, n, p)</c>), summed from the smaller tail for precision.</summary>
    public static double Cdf(int k, int n, double p)
    {
        if (k < 0)
        {
            return 0;
        }
        if (k >= n)
        {
            return 1;
        }
        if (k <= n * p)
        {
            double s = 0;
            for (int i = 0; i <= k; i++)
            {
                s += Density(i, n, p);
            }
            return s;
        }
        return 1 - UpperTail(k, n, p);
    }

    /// <summary>P(X &gt; k) (R <c>pbinom(k, n, p, lower.tail = FALSE)</c>).</summary>
    public static double UpperTail(int k, int n, double p)
    {
        if (k < 0)
        {
            return 1;
        }
        if (k >= n)
        {
            return 0;
        }
        if (k >= n * p)
        {
            double s = 0;
            for (int i = k + 1; i <= n; i++)
            {
                s += Density(i, n, p);
            }
            return s;
        }
        return 1 - Cdf(k, n, p);
    }
}
