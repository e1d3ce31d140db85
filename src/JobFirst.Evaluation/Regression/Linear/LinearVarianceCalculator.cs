using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>Coefficient covariance and per-coefficient df for an <see cref="OlsVariance"/> (formulas on the enum members).</summary>
internal static class LinearVarianceCalculator
{
    /// <summary>1 − h at or below this counts as leverage one.</summary>
    internal const double LeverageOneTolerance = 1e-10;

    public static (double[] Covariance, double[] Df) Compute(LinearFitState s, OlsVariance variance)
    {
        int k = s.K;
        double n = s.N;
        var df = new double[k];
        if (variance == OlsVariance.Classical)
        {
            double rss = 0;
            for (int i = 0; i < s.Rows; i++)
            {
                rss += s.Weight(i) * s.Residuals[i] * s.Residuals[i];
            }
            double s2 = rss / (n - k);
            var v = s.Bread.Select(b => b * s2).ToArray();
            Array.Fill(df, n - k);
            return (v, df);
        }
        if (!variance.IsClustered())
        {
            var meat = new double[k * k];
            for (int i = 0; i < s.Rows; i++)
            {
                double w = s.Weight(i);
                if (w == 0)
                {
                    continue;
                }
                double e2 = s.Residuals[i] * s.Residuals[i];
                var xi = s.X.AsSpan(i * k, k);
                if (variance is OlsVariance.HC2 or OlsVariance.HC3)
                {
                    double h = Leverage(s.Bread, k, xi);
                    // A row with leverage 1 is fitted exactly (e = 0 up to rounding): it contributes nothing, as in
                    // estimatr, instead of rounding noise divided by rounding noise.
                    e2 =
                        1 - h <= LeverageOneTolerance ? 0
                        : variance == OlsVariance.HC2 ? e2 / (1 - h)
                        : e2 / ((1 - h) * (1 - h));
                }
                double we2 = w * e2;
                for (int a = 0; a < k; a++)
                {
                    double xa = we2 * xi[a];
                    for (int b = a; b < k; b++)
                    {
                        meat[a * k + b] += xa * xi[b];
                    }
                }
            }
            Numerics.Symmetrize(meat, k);
            var v = Numerics.Sandwich(s.Bread, meat, k);
            if (variance == OlsVariance.HC1)
            {
                for (int j = 0; j < v.Length; j++)
                {
                    v[j] *= n / (n - k);
                }
            }
            Array.Fill(df, n - k);
            return (v, df);
        }
        var clusters =
            s.Design.RawClusters
            ?? throw new InputException("cluster-robust variance needs a cluster column (--vcov cluster:COLUMN)");
        int g = s.Design.ClusterCount;
        if (g < 2)
        {
            throw new InputException("cluster-robust variance needs at least 2 clusters");
        }
        var scores = new double[g * k];
        var grams = variance == OlsVariance.CR2 ? new double[(long)g * k * k] : null;
        for (int i = 0; i < s.Rows; i++)
        {
            double w = s.Weight(i);
            double we = w * s.Residuals[i];
            var xi = s.X.AsSpan(i * k, k);
            int c = clusters[i];
            for (int a = 0; a < k; a++)
            {
                scores[c * k + a] += we * xi[a];
            }
            if (grams is not null)
            {
                long o = (long)c * k * k;
                for (int a = 0; a < k; a++)
                {
                    double xa = w * xi[a];
                    for (int b = 0; b < k; b++)
                    {
                        grams[o + a * k + b] += xa * xi[b];
                    }
                }
            }
        }
        if (grams is not null)
        {
            return ClusterRobustCr2.Compute(s.Bread, k, grams, scores, g);
        }
        var cm = new double[k * k];
        for (int c = 0; c < g; c++)
        {
            int o = c * k;
            for (int a = 0; a < k; a++)
            {
                for (int b = a; b < k; b++)
                {
                    cm[a * k + b] += scores[o + a] * scores[o + b];
                }
            }
        }
        Numerics.Symmetrize(cm, k);
        var cv = Numerics.Sandwich(s.Bread, cm, k);
        if (variance == OlsVariance.CR1Stata)
        {
            double factor = g / (g - 1.0) * (n - 1) / (n - k);
            for (int j = 0; j < cv.Length; j++)
            {
                cv[j] *= factor;
            }
        }
        Array.Fill(df, g - 1.0);
        return (cv, df);
    }

    /// <summary>h = xᵀMx.</summary>
    internal static double Leverage(double[] m, int k, ReadOnlySpan<double> x)
    {
        double h = 0;
        for (int a = 0; a < k; a++)
        {
            double acc = 0;
            for (int b = 0; b < k; b++)
            {
                acc += m[a * k + b] * x[b];
            }
            h += x[a] * acc;
        }
        return h;
    }
}
