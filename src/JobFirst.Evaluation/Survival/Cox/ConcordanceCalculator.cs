namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Harrell's C with R survival's conventions (see <see cref="CoxConcordance"/>) in O(n log n): per stratum, rows are
/// visited in descending time with censorings before events at equal times; a Fenwick tree over the ranks of η holds
/// the weights at risk, a second one the weights of events seen so far, so every row's weighted concordant,
/// discordant and tied partner counts (its influence, as <c>concordance3</c>/<c>concordance4</c>) follow from
/// differences of prefix sums.
/// </summary>
internal sealed class ConcordanceCalculator
{
    private readonly double _npair;
    private readonly double _somers;
    private readonly double[] _influence;

    private ConcordanceCalculator(CoxConcordance counts, double npair, double somers, double[] influence)
    {
        Counts = counts;
        _npair = npair;
        _somers = somers;
        _influence = influence;
    }

    /// <summary>Point estimate and pair counts; <see cref="CoxConcordance.StdError"/> without clustering.</summary>
    public CoxConcordance Counts { get; }

    public static ConcordanceCalculator Compute(CoxData data, double[] eta)
    {
        int n = data.N;
        var ranks = Ranks(eta, out int size);
        var riskTree = new Fenwick(size);
        var deathTree = new Fenwick(size);
        var inf = new double[3 * n];
        var snap = new double[3 * n];
        double conc = 0,
            disc = 0,
            tiedX = 0,
            tiedY = 0,
            tiedXY = 0;
        var w = data.Weight;
        for (int s = 0; s < data.StrataCount; s++)
        {
            int begin = data.StratumBounds[s];
            int end = data.StratumBounds[s + 1];
            riskTree.Clear();
            deathTree.Clear();
            int leave = begin;
            int next = begin;
            while (next < end)
            {
                double t = data.Stop[next];
                int blockEnd = next;
                while (blockEnd < end && data.Stop[blockEnd] == t)
                {
                    blockEnd++;
                }
                for (int q = next; q < blockEnd; q++)
                {
                    if (!data.Event[q])
                    {
                        Enter(q);
                    }
                }
                bool anyDeath = false;
                for (int q = next; q < blockEnd && !anyDeath; q++)
                {
                    anyDeath = data.Event[q];
                }
                if (anyDeath)
                {
                    if (data.ByStart is not null)
                    {
                        for (; leave < end && data.Start![data.ByStart[leave]] >= t; leave++)
                        {
                            int q = data.ByStart[leave];
                            Finish(q);
                            riskTree.Add(ranks[q], -w[q]);
                        }
                    }
                    for (int q = next; q < blockEnd; q++)
                    {
                        if (!data.Event[q])
                        {
                            continue;
                        }
                        double less = riskTree.Less(ranks[q]);
                        double equal = riskTree.At(ranks[q]);
                        double greater = riskTree.Total - less - equal;
                        conc += w[q] * less;
                        disc += w[q] * greater;
                        tiedX += w[q] * equal;
                        inf[3 * q] += less;
                        inf[3 * q + 1] += greater;
                        inf[3 * q + 2] += equal;
                    }
                    // Pairs of events at this time: tied on y (and on x when η is equal too).
                    double dw = 0;
                    var byEta = new Dictionary<int, double>();
                    for (int q = next; q < blockEnd; q++)
                    {
                        if (!data.Event[q])
                        {
                            continue;
                        }
                        tiedY += w[q] * dw;
                        dw += w[q];
                        byEta.TryGetValue(ranks[q], out double same);
                        tiedXY += w[q] * same;
                        byEta[ranks[q]] = same + w[q];
                        deathTree.Add(ranks[q], w[q]);
                    }
                    for (int q = next; q < blockEnd; q++)
                    {
                        if (data.Event[q])
                        {
                            Enter(q);
                        }
                    }
                }
                next = blockEnd;
            }
            for (; leave < end && data.ByStart is not null; leave++)
            {
                Finish(data.ByStart[leave]);
            }
            if (data.ByStart is null)
            {
                for (int q = begin; q < end; q++)
                {
                    Finish(q);
                }
            }
        }
        tiedY -= tiedXY;
        double npair = conc + disc + tiedX;
        double somers = npair > 0 ? (conc - disc) / npair : double.NaN;
        return new ConcordanceCalculator(
            new CoxConcordance((somers + 1) / 2, double.NaN, conc, disc, tiedX, tiedY, tiedXY),
            npair,
            somers,
            inf
        );

        void Enter(int q)
        {
            double less = deathTree.Less(ranks[q]);
            double equal = deathTree.At(ranks[q]);
            snap[3 * q] = deathTree.Total - less - equal;
            snap[3 * q + 1] = less;
            snap[3 * q + 2] = equal;
            riskTree.Add(ranks[q], w[q]);
        }

        void Finish(int q)
        {
            // Events seen while q was at risk: concordant when their η is larger than q's.
            double less = deathTree.Less(ranks[q]);
            double equal = deathTree.At(ranks[q]);
            double greater = deathTree.Total - less - equal;
            inf[3 * q] += greater - snap[3 * q];
            inf[3 * q + 1] += less - snap[3 * q + 1];
            inf[3 * q + 2] += equal - snap[3 * q + 2];
        }
    }

    /// <summary>Standard error from the infinitesimal jackknife, dfbetas summed within clusters when given (R: <c>concordancefit(..., cluster)</c>).</summary>
    public double StdError(CoxData data, int[]? cluster, int clusterCount)
    {
        if (!(_npair > 0))
        {
            return double.NaN;
        }
        int n = data.N;
        var dfbeta = new double[cluster is null ? n : clusterCount];
        for (int i = 0; i < n; i++)
        {
            double c = _influence[3 * i],
                d = _influence[3 * i + 1],
                t = _influence[3 * i + 2];
            double v = data.Weight[i] * ((c - d) / _npair - _somers / _npair * (c + d + t));
            dfbeta[cluster is null ? i : cluster[i]] += v;
        }
        double s = 0;
        foreach (var v in dfbeta)
        {
            s += v * v;
        }
        return Math.Sqrt(s / 4);
    }

    private static int[] Ranks(double[] eta, out int size)
    {
        var distinct = eta.Distinct().Order().ToArray();
        size = distinct.Length;
        var ranks = new int[eta.Length];
        for (int i = 0; i < eta.Length; i++)
        {
            ranks[i] = Array.BinarySearch(distinct, eta[i]);
        }
        return ranks;
    }

    /// <summary>Fenwick (binary indexed) tree of weights over ranks 0..size−1, with per-rank totals.</summary>
    private sealed class Fenwick
    {
        private readonly double[] _tree;
        private readonly double[] _node;

        public Fenwick(int size)
        {
            _tree = new double[size + 1];
            _node = new double[size];
        }

        public double Total { get; private set; }

        public void Clear()
        {
            Array.Clear(_tree);
            Array.Clear(_node);
            Total = 0;
        }

        public void Add(int rank, double weight)
        {
            _node[rank] += weight;
            Total += weight;
            for (int i = rank + 1; i < _tree.Length; i += i & -i)
            {
                _tree[i] += weight;
            }
        }

        /// <summary>Σ weights of ranks &lt; rank.</summary>
        public double Less(int rank)
        {
            double s = 0;
            for (int i = rank; i > 0; i -= i & -i)
            {
                s += _tree[i];
            }
            return s;
        }

        public double At(int rank) => _node[rank];
    }
}
