namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// One pass over the risk sets (R's <c>coxfit6</c>/<c>agfit4</c> accumulation): per stratum, rows in descending
/// stop time are added to the running sums S0 = Σ w r, S1 = Σ w r x, S2 = Σ w r x xᵀ (r = exp(η)); with (start, stop]
/// data rows whose start ≥ t leave before the event time t is processed, so the risk set is {start &lt; t ≤ stop}.
/// Returns the log partial likelihood and fills the score U and information I (Efron or Breslow ties). Scratch
/// space is allocated once per instance; the pass itself does not allocate.
/// </summary>
internal sealed class RiskSetSweep
{
    private readonly CoxData _d;
    private readonly int _p;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[] _c;
    private readonly double[] _c2;
    private readonly double[] _mean;
    private readonly double[] _meanOfMeans;
    private readonly double[] _scoreMean;
    private readonly double[] _g;
    private readonly double[] _gDeath;
    private readonly double[] _v;

    public RiskSetSweep(CoxData data)
    {
        _d = data;
        _p = data.P;
        int p = _p;
        _a = new double[p];
        _a2 = new double[p];
        _c = new double[p * p];
        _c2 = new double[p * p];
        _mean = new double[p];
        _meanOfMeans = new double[p];
        _scoreMean = new double[p];
        _g = new double[p];
        _gDeath = new double[p];
        _v = new double[p * p];
        Eta = new double[data.N];
        Risk = new double[data.N];
    }

    /// <summary>Linear predictor η = x·β (scaled covariates) of the last pass, sorted order.</summary>
    public double[] Eta { get; }

    /// <summary>exp(η) of the last pass (without weights).</summary>
    public double[] Risk { get; }

    /// <summary>Sets η and exp(η) for <paramref name="beta"/> (scaled coordinates).</summary>
    public void SetBeta(ReadOnlySpan<double> beta)
    {
        var x = _d.X;
        int p = _p;
        for (int i = 0; i < _d.N; i++)
        {
            double e = 0;
            int o = i * p;
            for (int j = 0; j < p; j++)
            {
                e += beta[j] * x[o + j];
            }
            Eta[i] = e;
            Risk[i] = Math.Exp(e);
        }
    }

    /// <summary>Log partial likelihood at the current β; <paramref name="u"/> (p) and <paramref name="imat"/> (p×p, full) are overwritten.</summary>
    public double Run<TVisitor>(CoxTies ties, Span<double> u, Span<double> imat, ref TVisitor visitor)
        where TVisitor : struct, IEventTimeVisitor
    {
        var d = _d;
        int p = _p;
        var x = d.X;
        var w = d.Weight;
        var stop = d.Stop;
        var start = d.Start;
        var byStart = d.ByStart;
        var ev = d.Event;
        var inRisk = d.InRiskSets;
        var a = _a;
        var a2 = _a2;
        var c = _c;
        var c2 = _c2;
        u.Clear();
        imat.Clear();
        double loglik = 0;
        bool details = visitor.WantsDetails;
        bool wantInfo = visitor.WantsInformation;
        for (int s = 0; s < d.StrataCount; s++)
        {
            int begin = d.StratumBounds[s];
            int end = d.StratumBounds[s + 1];
            double denom = 0;
            int nrisk = 0;
            Array.Clear(a);
            Array.Clear(c);
            int next = begin;
            int leave = begin;
            while (next < end)
            {
                double t = stop[next];
                int blockEnd = next;
                int deaths = 0;
                while (blockEnd < end && stop[blockEnd] == t)
                {
                    deaths += ev[blockEnd] ? 1 : 0;
                    blockEnd++;
                }
                if (deaths > 0 && byStart is not null)
                {
                    for (; leave < end; leave++)
                    {
                        int q = byStart[leave];
                        if (start![q] < t)
                        {
                            break;
                        }
                        if (!inRisk[q])
                        {
                            continue;
                        }
                        nrisk--;
                        if (nrisk == 0)
                        {
                            denom = 0;
                            Array.Clear(a);
                            Array.Clear(c);
                            continue;
                        }
                        double r = w[q] * Risk[q];
                        denom -= r;
                        AddOuter(a, c, x, q, p, -r);
                    }
                }
                double denom2 = 0;
                double deadWeight = 0;
                if (deaths > 0)
                {
                    Array.Clear(a2);
                    Array.Clear(c2);
                }
                for (int q = next; q < blockEnd; q++)
                {
                    if (!inRisk[q])
                    {
                        continue;
                    }
                    nrisk++;
                    double r = w[q] * Risk[q];
                    if (ev[q])
                    {
                        denom2 += r;
                        deadWeight += w[q];
                        loglik += w[q] * Eta[q];
                        int o = q * p;
                        for (int j = 0; j < p; j++)
                        {
                            u[j] += w[q] * x[o + j];
                        }
                        AddOuter(a2, c2, x, q, p, r);
                    }
                    else
                    {
                        denom += r;
                        AddOuter(a, c, x, q, p, r);
                    }
                }
                if (deaths > 0)
                {
                    bool efron = ties == CoxTies.Efron && deaths > 1;
                    int terms = efron ? deaths : 1;
                    double omega = efron ? deadWeight / deaths : deadWeight;
                    double hazard = 0,
                        hazardDeath = 0;
                    if (details)
                    {
                        Array.Clear(_meanOfMeans);
                        Array.Clear(_scoreMean);
                        Array.Clear(_g);
                        Array.Clear(_gDeath);
                        if (wantInfo)
                        {
                            Array.Clear(_v);
                        }
                    }
                    for (int k = 1; k <= terms; k++)
                    {
                        double f = efron ? (double)k / deaths : 1.0;
                        double dk = denom + f * denom2;
                        loglik -= omega * Math.Log(dk);
                        for (int i = 0; i < p; i++)
                        {
                            double mi = (a[i] + f * a2[i]) / dk;
                            _mean[i] = mi;
                            u[i] -= omega * mi;
                            int ri = i * p;
                            for (int j = 0; j <= i; j++)
                            {
                                double vij = omega * ((c[ri + j] + f * c2[ri + j]) / dk - mi * _mean[j]);
                                imat[ri + j] += vij;
                                if (wantInfo)
                                {
                                    _v[ri + j] += vij;
                                }
                            }
                        }
                        if (details)
                        {
                            double h = omega / dk;
                            hazard += h;
                            hazardDeath += f * h;
                            for (int i = 0; i < p; i++)
                            {
                                _meanOfMeans[i] += _mean[i] / terms;
                                _scoreMean[i] += omega * _mean[i];
                                _g[i] += h * _mean[i];
                                _gDeath[i] += f * h * _mean[i];
                            }
                        }
                    }
                    if (details)
                    {
                        if (wantInfo)
                        {
                            Symmetrize(_v, p);
                        }
                        var stats = new EventTimeStats
                        {
                            Stratum = s,
                            Time = t,
                            BlockStart = next,
                            BlockEnd = blockEnd,
                            Deaths = deaths,
                            MeanOfMeans = _meanOfMeans,
                            ScoreMean = _scoreMean,
                            Hazard = hazard,
                            HazardDeath = hazardDeath,
                            HazardMean = _g,
                            HazardMeanDeath = _gDeath,
                            Information = wantInfo ? _v : [],
                        };
                        visitor.OnEventTime(in stats);
                    }
                    denom += denom2;
                    for (int i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        int ri = i * p;
                        for (int j = 0; j <= i; j++)
                        {
                            c[ri + j] += c2[ri + j];
                        }
                    }
                }
                next = blockEnd;
            }
        }
        Symmetrize(imat, p);
        return loglik;
    }

    private static void AddOuter(double[] a, double[] c, double[] x, int row, int p, double r)
    {
        int o = row * p;
        for (int i = 0; i < p; i++)
        {
            double rx = r * x[o + i];
            a[i] += rx;
            int ri = i * p;
            for (int j = 0; j <= i; j++)
            {
                c[ri + j] += rx * x[o + j];
            }
        }
    }

    private static void Symmetrize(Span<double> m, int p)
    {
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < i; j++)
            {
                m[j * p + i] = m[i * p + j];
            }
        }
    }
}
