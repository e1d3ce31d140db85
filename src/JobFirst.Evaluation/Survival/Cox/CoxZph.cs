namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// R's <c>cox.zph</c> (survival 3.x, <c>zph1</c>/<c>zph2</c>): at the fitted β, one sweep accumulates the score of the
/// time-interaction terms u₂ = Σ_events g(t)(w x − ω mean) and the 2p×2p information [[Σ V, Σ gV], [Σ gV, Σ g²V]] with
/// g centred at the mean over events; each term's statistic is uᵀ I[kk,kk]⁻¹ u with u = (0, u₂[term]) and kk = all β
/// plus the term's interaction columns.
/// </summary>
internal static class CoxZph
{
    public static CoxZphResult Compute(CoxFitState state, CoxZphTransform transform)
    {
        var data = state.Data;
        int p = data.P;
        if (p == 0)
        {
            throw new Errors.InputException("the proportional-hazards test needs at least one covariate");
        }
        int n = data.N;
        var ttimes = TransformTimes(data, transform);
        double mean = 0;
        int events = 0;
        for (int i = 0; i < n; i++)
        {
            if (data.Event[i])
            {
                mean += ttimes[i];
                events++;
            }
        }
        mean /= events;
        var g = new double[n];
        for (int i = 0; i < n; i++)
        {
            g[i] = ttimes[i] - mean;
        }
        var visitor = new Accumulator(data, g);
        var u = new double[p];
        var imat = new double[p * p];
        state.Sweep.Run(state.Options.Ties, u, imat, ref visitor);
        int q = 2 * p;
        var info = visitor.Info;
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                info[i * q + j] = imat[i * p + j];
            }
        }

        var terms = state.Terms;
        var tests = new List<CoxChiSquareTest>();
        foreach (var term in terms)
        {
            var kk = Enumerable.Range(0, p).Concat(term.Columns.Select(c => c + p)).ToArray();
            var uk = new double[kk.Length];
            for (int a = 0; a < term.Columns.Count; a++)
            {
                uk[p + a] = visitor.U2[term.Columns[a]];
            }
            tests.Add(CoxChiSquareTest.Create(term.Label, Quadratic(info, q, kk, uk), term.Columns.Count));
        }
        var all = Enumerable.Range(0, q).ToArray();
        var uAll = new double[q];
        Array.Copy(visitor.U2, 0, uAll, p, p);
        var global = CoxChiSquareTest.Create("GLOBAL", Quadratic(info, q, all, uAll), p);

        var residuals = ScaledResiduals(state, visitor, info, q, out var order);
        return new CoxZphResult(
            transform,
            tests,
            global,
            [.. terms.Select(t => t.Label)],
            [.. order.Select(i => data.Stop[i])],
            [.. order.Select(i => ttimes[i])],
            [.. order.Select(i => data.Stratum[i])],
            residuals
        );
    }

    /// <summary>uᵀ M[kk,kk]⁻¹ u (R: <c>solve(imat, u) %*% u</c>).</summary>
    private static double Quadratic(double[] m, int q, int[] kk, double[] u)
    {
        int k = kk.Length;
        var sub = new double[k * k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                sub[a * k + b] = m[kk[a] * q + kk[b]];
            }
        }
        return SymmetricSolver.Factor(sub, k, 1e-14).QuadraticForm(u);
    }

    private static List<IReadOnlyList<double>> ScaledResiduals(
        CoxFitState state,
        Accumulator visitor,
        double[] info,
        int q,
        out List<int> order
    )
    {
        var data = state.Data;
        int p = data.P;
        var beta = state.Beta();
        var scale = data.Scale;
        var terms = state.Terms;
        int nterm = terms.Count;
        int strata = data.StrataCount;

        // used[s, j]: events in stratum s when column j is not constant there, else 0 (zph1's "used").
        var used = new int[strata, p];
        for (int s = 0; s < strata; s++)
        {
            int begin = data.StratumBounds[s],
                end = data.StratumBounds[s + 1];
            int deaths = 0;
            for (int i = begin; i < end; i++)
            {
                deaths += data.Event[i] ? 1 : 0;
            }
            for (int j = 0; j < p; j++)
            {
                bool varies = false;
                for (int i = begin + 1; i < end && !varies; i++)
                {
                    varies = data.X[i * p + j] != data.X[begin * p + j];
                }
                used[s, j] = varies ? deaths : 0;
            }
        }
        foreach (var term in terms.Where(t => t.Columns.Count > 1))
        {
            for (int s = 0; s < strata; s++)
            {
                int max = term.Columns.Max(c => used[s, c]);
                foreach (var c in term.Columns)
                {
                    used[s, c] = max;
                }
            }
        }
        // vmean = I / wtmat on the original scale, wtmat = Σ_s pmin(used_s, used_sᵀ).
        var vmean = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                double wt = 0;
                for (int s = 0; s < strata; s++)
                {
                    wt += Math.Min(used[s, i], used[s, j]);
                }
                vmean[i * p + j] = info[i * q + j] / (scale[i] * scale[j]) / (wt == 0 ? 1 : wt);
            }
        }
        // Columns → terms: identity for one-column terms, β-weighted sums for multi-column ones (R's terms = TRUE).
        bool collapse = terms.Any(t => t.Columns.Count > 1);
        var tmat = new double[p * nterm];
        for (int t = 0; t < nterm; t++)
        {
            foreach (var c in terms[t].Columns)
            {
                tmat[c * nterm + t] = collapse && terms[t].Columns.Count > 1 ? beta[c] : 1.0;
            }
        }
        var vterm = new double[nterm * nterm];
        for (int a = 0; a < nterm; a++)
        {
            for (int b = 0; b < nterm; b++)
            {
                double s = 0;
                for (int i = 0; i < p; i++)
                {
                    for (int j = 0; j < p; j++)
                    {
                        s += tmat[i * nterm + a] * vmean[i * p + j] * tmat[j * nterm + b];
                    }
                }
                vterm[a * nterm + b] = s;
            }
        }
        var usedTerm = new int[strata, nterm];
        for (int s = 0; s < strata; s++)
        {
            for (int t = 0; t < nterm; t++)
            {
                usedTerm[s, t] = used[s, terms[t].Columns[0]];
            }
        }

        // Events in stratum order, ascending time (ties in input order).
        order = [];
        for (int s = 0; s < strata; s++)
        {
            var ev = Enumerable
                .Range(data.StratumBounds[s], data.StratumBounds[s + 1] - data.StratumBounds[s])
                .Where(i => data.Event[i])
                .OrderBy(i => data.Stop[i])
                .ThenBy(i => data.UsedIndex[i]);
            order.AddRange(ev);
        }
        var result = new List<IReadOnlyList<double>>(order.Count);
        foreach (int i in order)
        {
            int s = data.Stratum[i];
            var raw = new double[nterm];
            for (int t = 0; t < nterm; t++)
            {
                double v = 0;
                for (int j = 0; j < p; j++)
                {
                    v += visitor.Schoenfeld[i * p + j] / scale[j] * tmat[j * nterm + t];
                }
                raw[t] = v;
            }
            var k = Enumerable.Range(0, nterm).Where(t => usedTerm[s, t] > 0).ToArray();
            var row = new double[nterm];
            Array.Fill(row, double.NaN);
            if (k.Length > 0)
            {
                var sub = new double[k.Length * k.Length];
                for (int a = 0; a < k.Length; a++)
                {
                    for (int b = 0; b < k.Length; b++)
                    {
                        sub[a * k.Length + b] = vterm[k[a] * nterm + k[b]];
                    }
                }
                var rhs = k.Select(t => raw[t]).ToArray();
                SymmetricSolver.Factor(sub, k.Length, 1e-14).Solve(rhs);
                for (int a = 0; a < k.Length; a++)
                {
                    row[k[a]] = rhs[a];
                }
            }
            for (int t = 0; t < nterm; t++)
            {
                var cols = terms[t].Columns;
                row[t] += cols.Count == 1 ? beta[cols[0]] : 1.0;
            }
            result.Add(row);
        }
        return result;
    }

    /// <summary>g(t) per row before centring: t, its average rank among all rows, or 1 − KM(t−) of all rows.</summary>
    internal static double[] TransformTimes(CoxData data, CoxZphTransform transform)
    {
        int n = data.N;
        var t = data.Stop;
        switch (transform)
        {
            case CoxZphTransform.Identity:
                return (double[])t.Clone();
            case CoxZphTransform.Rank:
            {
                var idx = Enumerable.Range(0, n).OrderBy(i => t[i]).ToArray();
                var rank = new double[n];
                for (int a = 0; a < n; )
                {
                    int b = a;
                    while (b < n && t[idx[b]] == t[idx[a]])
                    {
                        b++;
                    }
                    double avg = (a + 1 + b) / 2.0;
                    for (int c = a; c < b; c++)
                    {
                        rank[idx[c]] = avg;
                    }
                    a = b;
                }
                return rank;
            }
            default:
            {
                // Unweighted KM over all rows, ignoring strata (survfitKM on y), left-continuous.
                var times = t.Distinct().Order().ToArray();
                var deaths = new double[times.Length];
                var atRisk = new double[times.Length];
                var enter = new double[times.Length + 1];
                for (int i = 0; i < n; i++)
                {
                    int k = Array.BinarySearch(times, t[i]);
                    if (data.Event[i])
                    {
                        deaths[k]++;
                    }
                    // Row i is at risk at times u with start < u ≤ stop: add over (lo, k].
                    int lo = 0;
                    if (data.Start is not null)
                    {
                        int j = Array.BinarySearch(times, data.Start[i]);
                        lo = j >= 0 ? j + 1 : ~j;
                    }
                    enter[lo] += 1;
                    enter[k + 1] -= 1;
                }
                double run = 0;
                for (int k = 0; k < times.Length; k++)
                {
                    run += enter[k];
                    atRisk[k] = run;
                }
                var before = new double[times.Length];
                double surv = 1;
                for (int k = 0; k < times.Length; k++)
                {
                    before[k] = surv;
                    if (atRisk[k] > 0)
                    {
                        surv *= 1 - deaths[k] / atRisk[k];
                    }
                }
                var result = new double[n];
                for (int i = 0; i < n; i++)
                {
                    result[i] = 1 - before[Array.BinarySearch(times, t[i])];
                }
                return result;
            }
        }
    }

    private struct Accumulator : IEventTimeVisitor
    {
        private readonly CoxData _data;
        private readonly double[] _g;

        public Accumulator(CoxData data, double[] g)
        {
            _data = data;
            _g = g;
            int p = data.P;
            U2 = new double[p];
            Info = new double[4 * p * p];
            Schoenfeld = new double[data.N * p];
        }

        public double[] U2 { get; }

        /// <summary>2p×2p row-major; the top-left block is filled afterwards from the sweep's own information.</summary>
        public double[] Info { get; }

        /// <summary>x_i − m̄(t_i) per event row (scaled coordinates, sorted order).</summary>
        public double[] Schoenfeld { get; }

        public readonly bool WantsDetails => true;

        public readonly bool WantsInformation => true;

        public readonly void OnEventTime(in EventTimeStats stats)
        {
            var d = _data;
            int p = d.P;
            int q = 2 * p;
            double gt = _g[stats.BlockStart];
            for (int r = stats.BlockStart; r < stats.BlockEnd; r++)
            {
                if (!d.Event[r])
                {
                    continue;
                }
                for (int j = 0; j < p; j++)
                {
                    double x = d.X[r * p + j];
                    U2[j] += gt * d.Weight[r] * x;
                    Schoenfeld[r * p + j] = x - stats.MeanOfMeans[j];
                }
            }
            for (int j = 0; j < p; j++)
            {
                U2[j] -= gt * stats.ScoreMean[j];
            }
            var v = stats.Information;
            for (int i = 0; i < p; i++)
            {
                for (int j = 0; j < p; j++)
                {
                    double vij = v[i * p + j];
                    Info[i * q + (j + p)] += gt * vij;
                    Info[(i + p) * q + j] += gt * vij;
                    Info[(i + p) * q + (j + p)] += gt * gt * vij;
                }
            }
        }
    }
}
