using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>Coefficient covariance for a <see cref="CoxVariance"/> choice (formulas on the enum members), original scale.</summary>
internal static class CoxVarianceCalculator
{
    public static double[] Compute(CoxFitState state, CoxVariance variance)
    {
        if (variance == CoxVariance.Model)
        {
            return state.Unscale(state.ModelVarianceScaled);
        }
        var data = state.Data;
        int[]? cluster = null;
        int groups = data.N;
        if (variance is CoxVariance.ClusterR or CoxVariance.ClusterStata)
        {
            cluster =
                data.Cluster
                ?? throw new InputException(
                    "cluster-robust variance needs a cluster column (CLI: --vcov cluster:COLUMN)"
                );
            groups = data.ClusterCount;
            if (groups < 2)
            {
                throw new InputException("cluster-robust variance needs at least 2 clusters");
            }
        }
        // R treats weights as case weights in the sandwich (Σ (w L V)², Binder 1992); Stata's fweights replicate rows,
        // so stcox, vce(robust) sums w (L V)² over rows. Within clusters both sum w L V first, so they agree.
        bool replicate = variance == CoxVariance.RobustStata;
        var dfbeta = DfBeta(state.Data, state.Residuals, state.ModelVarianceScaled, cluster, groups, replicate);
        var meat = CrossProduct(dfbeta, groups, state.P);
        double factor = variance switch
        {
            CoxVariance.RobustStata => data.TotalWeight / (data.TotalWeight - 1),
            CoxVariance.ClusterStata => groups / (groups - 1.0),
            _ => 1.0,
        };
        for (int i = 0; i < meat.Length; i++)
        {
            meat[i] *= factor;
        }
        return state.Unscale(meat);
    }

    /// <summary>
    /// Rows w_i·L_i (times <paramref name="v"/> when given), summed within clusters: groups×p. With
    /// <paramref name="replicateWeights"/> rows carry √w_i, so the cross-product is Σ w_i (L_i V)² as for w_i copies.
    /// </summary>
    internal static double[] DfBeta(
        CoxData data,
        double[] residuals,
        double[]? v,
        int[]? cluster,
        int groups,
        bool replicateWeights = false
    )
    {
        int p = data.P;
        var result = new double[(long)groups * p];
        var row = new double[p];
        for (int i = 0; i < data.N; i++)
        {
            int o = i * p;
            double w = replicateWeights ? Math.Sqrt(data.Weight[i]) : data.Weight[i];
            for (int j = 0; j < p; j++)
            {
                if (v is null)
                {
                    row[j] = w * residuals[o + j];
                    continue;
                }
                double s = 0;
                for (int k = 0; k < p; k++)
                {
                    s += residuals[o + k] * v[k * p + j];
                }
                row[j] = w * s;
            }
            int g = cluster is null ? i : cluster[i];
            for (int j = 0; j < p; j++)
            {
                result[g * p + j] += row[j];
            }
        }
        return result;
    }

    internal static double[] CrossProduct(double[] rows, int n, int p)
    {
        var m = new double[p * p];
        for (int i = 0; i < n; i++)
        {
            int o = i * p;
            for (int a = 0; a < p; a++)
            {
                double ra = rows[o + a];
                if (ra == 0)
                {
                    continue;
                }
                for (int b = a; b < p; b++)
                {
                    m[a * p + b] += ra * rows[o + b];
                }
            }
        }
        for (int a = 0; a < p; a++)
        {
            for (int b = a + 1; b < p; b++)
            {
                m[b * p + a] = m[a * p + b];
            }
        }
        return m;
    }
}
