using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Glm;

namespace JobFirst.Evaluation.Regression.Variance;

/// <summary>Computes the coefficient covariance for a <see cref="GlmVariance"/> choice (formulas on the enum members).</summary>
internal static class GlmVarianceCalculator
{
    public static double[] Compute(LogisticFitState state, GlmVariance variance)
    {
        int k = state.Kept.Count;
        if (variance == GlmVariance.Model)
        {
            return (double[])state.Bread.Clone();
        }
        var d = state.Data;
        double n = d.TotalWeight;
        var meat = new double[k * k];
        if (variance is GlmVariance.HC0 or GlmVariance.HC1)
        {
            for (int i = 0; i < d.N; i++)
            {
                double w = d.Weight(i);
                if (w == 0)
                {
                    continue;
                }
                double r = LogisticKernels.ScoreResidual(d.Link, d.Y[i], state.Eta[i]);
                double wr2 = w * r * r;
                int o = i * k;
                for (int a = 0; a < k; a++)
                {
                    double xa = wr2 * d.X[o + a];
                    for (int b = a; b < k; b++)
                    {
                        meat[a * k + b] += xa * d.X[o + b];
                    }
                }
            }
            Numerics.Symmetrize(meat, k);
            var v = Numerics.Sandwich(state.Bread, meat, k);
            if (variance == GlmVariance.HC1)
            {
                Scale(v, n / (n - k));
            }
            return v;
        }
        var clusters =
            state.Design.RawClusters
            ?? throw new InputException("cluster-robust variance needs a cluster column (--vcov cluster:COLUMN)");
        int g = state.Design.ClusterCount;
        if (g < 2)
        {
            throw new InputException("cluster-robust variance needs at least 2 clusters");
        }
        var scores = new double[g * k];
        for (int i = 0; i < d.N; i++)
        {
            double w = d.Weight(i);
            double r = w * LogisticKernels.ScoreResidual(d.Link, d.Y[i], state.Eta[i]);
            int o = i * k;
            int c = clusters[i] * k;
            for (int a = 0; a < k; a++)
            {
                scores[c + a] += r * d.X[o + a];
            }
        }
        for (int c = 0; c < g; c++)
        {
            int o = c * k;
            for (int a = 0; a < k; a++)
            {
                for (int b = a; b < k; b++)
                {
                    meat[a * k + b] += scores[o + a] * scores[o + b];
                }
            }
        }
        Numerics.Symmetrize(meat, k);
        var cv = Numerics.Sandwich(state.Bread, meat, k);
        double factor = g / (g - 1.0);
        if (variance == GlmVariance.ClusterR)
        {
            factor *= (n - 1) / (n - k);
        }
        Scale(cv, factor);
        return cv;
    }

    private static void Scale(double[] m, double f)
    {
        for (int i = 0; i < m.Length; i++)
        {
            m[i] *= f;
        }
    }
}
