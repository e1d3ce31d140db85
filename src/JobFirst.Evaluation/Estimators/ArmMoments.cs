namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// Sufficient statistics of one arm (or one arm within a block): count n, mean and M2 = Σ(y − ȳ)².
/// Values are added one at a time with Welford's update and partial passes are combined with Chan,
/// Golub &amp; LeVeque's (1979) pairwise merge, so week-by-week streaming code and the array estimators
/// feed exactly the same difference-in-means formula. An immutable value: <see cref="Add(double)"/> and
/// <see cref="Merge"/> return new values and never allocate.
/// </summary>
/// <param name="Count">Number of observations n.</param>
/// <param name="Mean">Arithmetic mean ȳ (0 when empty).</param>
/// <param name="M2">Sum of squared deviations from the mean Σ(y − ȳ)² (0 when n ≤ 1).</param>
public readonly record struct ArmMoments(long Count, double Mean, double M2)
{
    /// <summary>No observations.</summary>
    public static ArmMoments Empty => default;

    /// <summary>Sample variance s² = M2 / (n − 1) (R: <c>var</c>); NaN when n &lt; 2.</summary>
    public double Variance => Count >= 2 ? M2 / (Count - 1) : double.NaN;

    /// <summary>Sum Σy = n·ȳ.</summary>
    public double Sum => Count * Mean;

    /// <summary>Adds one observation (Welford 1962). NaN values are the caller's to exclude.</summary>
    public ArmMoments Add(double value)
    {
        long n = Count + 1;
        double delta = value - Mean;
        double mean = Mean + delta / n;
        return new ArmMoments(n, mean, M2 + delta * (value - mean));
    }

    /// <summary>Combines two partial passes over disjoint data (Chan, Golub &amp; LeVeque 1979).</summary>
    public static ArmMoments Merge(ArmMoments a, ArmMoments b)
    {
        if (a.Count == 0)
        {
            return b;
        }
        if (b.Count == 0)
        {
            return a;
        }
        long n = a.Count + b.Count;
        double delta = b.Mean - a.Mean;
        double mean = a.Mean + delta * ((double)b.Count / n);
        double m2 = a.M2 + b.M2 + delta * delta * ((double)a.Count * b.Count / n);
        return new ArmMoments(n, mean, m2);
    }

    /// <summary>Same as <see cref="Merge"/>.</summary>
    public static ArmMoments operator +(ArmMoments a, ArmMoments b) => Merge(a, b);

    /// <summary>Same as <see cref="Merge"/> (named alternative for the + operator).</summary>
    public static ArmMoments Add(ArmMoments left, ArmMoments right) => Merge(left, right);

    /// <summary>Two-pass moments of <paramref name="values"/> (mean first, then squared deviations; NaN not allowed).</summary>
    public static ArmMoments FromValues(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return Empty;
        }
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }
        double mean = sum / values.Length;
        double m2 = 0;
        double correction = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            m2 += d * d;
            correction += d;
        }
        // Corrected two-pass (Chan, Golub & LeVeque 1983): removes the rounding error of the mean.
        m2 -= correction * correction / values.Length;
        return new ArmMoments(values.Length, mean + correction / values.Length, Math.Max(0, m2));
    }
}
