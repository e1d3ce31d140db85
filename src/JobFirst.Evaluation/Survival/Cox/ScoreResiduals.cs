namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Score residuals L_i (R: <c>residuals(fit, type = "score")</c>, unweighted; <c>coxscore2</c>/<c>agscore3</c>):
/// L_i = δ_i (x_i − m̄(t_i)) − r_i Σ_{event times t ∈ (start_i, stop_i]} Σ_j c_ij(t) h_j(t) (x_i − mean_j(t)),
/// with r_i = exp(η_i), the Efron terms j of <see cref="EventTimeStats"/> and c_ij = f_j for a row dying at t
/// (its risk is partly removed from later terms), 1 otherwise. Computed in O(n p) from cumulative sums of H and G
/// per stratum. Σ_i w_i L_i is the score U(β).
/// </summary>
internal static class ScoreResiduals
{
    /// <summary>n×p residuals in sorted order and scaled coordinates, at the β last set on <paramref name="sweep"/>.</summary>
    public static double[] Compute(CoxData data, RiskSetSweep sweep, CoxTies ties)
    {
        int p = data.P;
        var collector = new Collector(p);
        var u = new double[p];
        var imat = new double[p * p];
        sweep.Run(ties, u, imat, ref collector);
        var result = new double[(long)data.N * p];
        var x = data.X;
        var times = collector.Times;
        for (int s = 0; s < data.StrataCount; s++)
        {
            // Event times of this stratum were recorded in descending order; accumulate ascending.
            var idx = Enumerable.Range(0, times.Count).Where(k => collector.Strata[k] == s).Reverse().ToArray();
            int m = idx.Length;
            var t = new double[m];
            var ch = new double[m];
            var cg = new double[m * p];
            double runH = 0;
            var runG = new double[p];
            for (int l = 0; l < m; l++)
            {
                int k = idx[l];
                t[l] = times[k];
                runH += collector.H[k];
                ch[l] = runH;
                for (int j = 0; j < p; j++)
                {
                    runG[j] += collector.G[k * p + j];
                    cg[l * p + j] = runG[j];
                }
            }
            for (int i = data.StratumBounds[s]; i < data.StratumBounds[s + 1]; i++)
            {
                int hi = LastAtOrBefore(t, data.Stop[i]);
                int lo = data.Start is null ? -1 : LastAtOrBefore(t, data.Start[i]);
                double dh = (hi >= 0 ? ch[hi] : 0) - (lo >= 0 ? ch[lo] : 0);
                double r = sweep.Risk[i];
                int o = i * p;
                for (int j = 0; j < p; j++)
                {
                    double dg = (hi >= 0 ? cg[hi * p + j] : 0) - (lo >= 0 ? cg[lo * p + j] : 0);
                    result[o + j] = -r * (x[o + j] * dh - dg);
                }
                if (data.Event[i])
                {
                    int k = idx[hi];
                    double hExtra = collector.H[k] - collector.HDeath[k];
                    for (int j = 0; j < p; j++)
                    {
                        double gExtra = collector.G[k * p + j] - collector.GDeath[k * p + j];
                        result[o + j] += x[o + j] - collector.MeanOfMeans[k * p + j] + r * (x[o + j] * hExtra - gExtra);
                    }
                }
            }
        }
        return result;
    }

    /// <summary>Index of the last element ≤ <paramref name="value"/> in ascending <paramref name="t"/>, or -1.</summary>
    private static int LastAtOrBefore(double[] t, double value)
    {
        int i = Array.BinarySearch(t, value);
        return i >= 0 ? i : ~i - 1;
    }

    private struct Collector : IEventTimeVisitor
    {
        private readonly int _p;

        public Collector(int p)
        {
            _p = p;
            Times = [];
            Strata = [];
            H = [];
            HDeath = [];
            G = [];
            GDeath = [];
            MeanOfMeans = [];
        }

        public List<double> Times { get; }

        public List<int> Strata { get; }

        public List<double> H { get; }

        public List<double> HDeath { get; }

        public List<double> G { get; }

        public List<double> GDeath { get; }

        public List<double> MeanOfMeans { get; }

        public readonly bool WantsDetails => true;

        public readonly bool WantsInformation => false;

        public readonly void OnEventTime(in EventTimeStats stats)
        {
            Times.Add(stats.Time);
            Strata.Add(stats.Stratum);
            H.Add(stats.Hazard);
            HDeath.Add(stats.HazardDeath);
            for (int j = 0; j < _p; j++)
            {
                G.Add(stats.HazardMean[j]);
                GDeath.Add(stats.HazardMeanDeath[j]);
                MeanOfMeans.Add(stats.MeanOfMeans[j]);
            }
        }
    }
}
