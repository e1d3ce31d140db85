namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>
/// Row-loop kernels of the binomial fit on a row-major n×p matrix: linear predictor, log-likelihood,
/// and the Newton/IRLS accumulation X'WX and X'Wz in one pass (p×p only, no n×n matrices), split
/// into row blocks run in parallel and summed in block order (so results do not depend on scheduling).
/// The logit path is the canonical-link Newton step; the complementary log-log path uses R's
/// <c>binomial(link = "cloglog")</c> functions (clamped inverse link, μ′ floored at ε) in Fisher scoring.
/// </summary>
internal static class LogisticKernels
{
    private const int BlockRows = 16384;

    /// <summary>R's <c>binomial()$linkinv</c> clamp: beyond |η| = −log(ε) μ is held at ε or 1−ε.</summary>
    private const double Threshold = 36.043653389117154;

    private const double Epsilon = 2.220446049250313e-16;

    public static double Mu(double eta)
    {
        if (eta < -Threshold)
        {
            return Epsilon;
        }
        if (eta > Threshold)
        {
            return 1 - Epsilon;
        }
        return 1 / (1 + Math.Exp(-eta));
    }

    /// <summary>μ(1−μ) floored at machine ε (R's <c>mu.eta</c> floor).</summary>
    public static double Variance(double eta)
    {
        double e = Math.Exp(-Math.Abs(eta));
        return Math.Max(e / ((1 + e) * (1 + e)), Epsilon);
    }

    /// <summary>Inverse link μ(η) for <paramref name="link"/> (R's <c>linkinv</c>, clamped to [ε, 1 − ε]).</summary>
    public static double Mu(GlmLink link, double eta) =>
        link == GlmLink.Logit ? Mu(eta) : Math.Clamp(-ExpM1(-Math.Exp(eta)), Epsilon, 1 - Epsilon);

    /// <summary>dμ/dη (R's <c>mu.eta</c>; for cloglog exp(η − e^η) with η capped at 700 and floored at ε).</summary>
    public static double MuEta(GlmLink link, double eta)
    {
        if (link == GlmLink.Logit)
        {
            return Variance(eta);
        }
        double e = Math.Min(eta, 700);
        return Math.Max(Math.Exp(e) * Math.Exp(-Math.Exp(e)), Epsilon);
    }

    /// <summary>
    /// The score factor (y − μ) μ′/(μ(1 − μ)) of a row, so the score is Σ w · factor · x (sandwich's
    /// <c>estfun.glm</c>: working residual × working weight); for the logit y − μ.
    /// </summary>
    public static double ScoreResidual(GlmLink link, double y, double eta)
    {
        if (link == GlmLink.Logit)
        {
            return y - Mu(eta);
        }
        double mu = Mu(link, eta);
        return (y - mu) * MuEta(link, eta) / (mu * (1 - mu));
    }

    /// <summary>μ(1 − μ) as the separation check sees it (logit: floored at ε).</summary>
    public static double BoundaryVariance(GlmLink link, double eta)
    {
        if (link == GlmLink.Logit)
        {
            return Variance(eta);
        }
        double mu = Mu(link, eta);
        return mu * (1 - mu);
    }

    /// <summary>exp(x) − 1 accurate for small |x| (Kahan's trick; .NET's ExpM1 is exp(x) − 1).</summary>
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }
        double um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }
        return um1 * x / Math.Log(u);
    }

    /// <summary>log(1 + exp(x)) without overflow.</summary>
    public static double Softplus(double x) => x > 0 ? x + Log1P(Math.Exp(-x)) : Log1P(Math.Exp(x));

    /// <summary>Accurate log(1 + x) for small x (Goldberg's trick; .NET's LogP1 is log(x + 1)).</summary>
    public static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    public static void LinearPredictor(LogisticData d, double[] beta, double[] eta)
    {
        int p = d.P;
        var x = d.X;
        Blocks(
            d.N,
            (start, end) =>
            {
                for (int i = start; i < end; i++)
                {
                    int o = i * p;
                    double s = 0;
                    for (int j = 0; j < p; j++)
                    {
                        s += x[o + j] * beta[j];
                    }
                    eta[i] = s;
                }
            }
        );
    }

    /// <summary>Weighted Bernoulli log-likelihood Σ w[y log μ + (1−y) log(1−μ)] (logit: stable softplus form).</summary>
    public static double LogLikelihood(LogisticData d, double[] eta)
    {
        double ll = 0;
        if (d.Link != GlmLink.Logit)
        {
            for (int i = 0; i < d.N; i++)
            {
                double w = d.Weight(i);
                if (w == 0)
                {
                    continue;
                }
                // R's binomial dev.resids on the clamped μ.
                double mu = Mu(d.Link, eta[i]);
                ll += w * (d.Y[i] > 0.5 ? Math.Log(mu) : Math.Log(1 - mu));
            }
            return ll;
        }
        for (int i = 0; i < d.N; i++)
        {
            double w = d.Weight(i);
            if (w == 0)
            {
                continue;
            }
            ll -= w * (d.Y[i] > 0.5 ? Softplus(-eta[i]) : Softplus(eta[i]));
        }
        return ll;
    }

    /// <summary>
    /// One Newton (IRLS) pass at linear predictor η: A = X'WX with W = w·μ(1−μ) and
    /// b = X'W z, z = η + (y − μ)/(μ(1−μ)) (R's working response), so the next iterate solves A β = b.
    /// When <paramref name="extraScore"/> is given, Σ w·extra_i·x_i is added to b (Firth's adjustment).
    /// </summary>
    public static (double[] A, double[] B) Accumulate(LogisticData d, double[] eta, double[]? extraScore = null)
    {
        int p = d.P;
        int n = d.N;
        int blocks = (n + BlockRows - 1) / BlockRows;
        var partA = new double[blocks][];
        var partB = new double[blocks][];
        var x = d.X;
        Parallel.For(
            0,
            blocks,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            blk =>
            {
                var a = new double[p * p];
                var b = new double[p];
                int end = Math.Min(n, (blk + 1) * BlockRows);
                for (int i = blk * BlockRows; i < end; i++)
                {
                    double w = d.Weight(i);
                    if (w == 0)
                    {
                        continue;
                    }
                    double e = eta[i];
                    double wv;
                    double r;
                    if (d.Link == GlmLink.Logit)
                    {
                        double mu = Mu(e);
                        double v = Variance(e);
                        wv = w * v;
                        r = w * (v * e + d.Y[i] - mu);
                    }
                    else
                    {
                        // Fisher scoring: W = μ′²/(μ(1−μ)), z = η + (y − μ)/μ′, r = W z.
                        double mu = Mu(d.Link, e);
                        double me = MuEta(d.Link, e);
                        double v = mu * (1 - mu);
                        wv = w * me * me / v;
                        r = wv * e + w * me * (d.Y[i] - mu) / v;
                    }
                    if (extraScore is not null)
                    {
                        r += w * extraScore[i];
                    }
                    int o = i * p;
                    for (int j = 0; j < p; j++)
                    {
                        double xj = x[o + j];
                        if (xj == 0)
                        {
                            continue;
                        }
                        b[j] += r * xj;
                        double wx = wv * xj;
                        int rj = j * p;
                        for (int k = j; k < p; k++)
                        {
                            a[rj + k] += wx * x[o + k];
                        }
                    }
                }
                partA[blk] = a;
                partB[blk] = b;
            }
        );
        var totalA = new double[p * p];
        var totalB = new double[p];
        for (int blk = 0; blk < blocks; blk++)
        {
            for (int k = 0; k < totalA.Length; k++)
            {
                totalA[k] += partA[blk][k];
            }
            for (int k = 0; k < p; k++)
            {
                totalB[k] += partB[blk][k];
            }
        }
        Design.Numerics.Symmetrize(totalA, p);
        return (totalA, totalB);
    }

    private static void Blocks(int n, Action<int, int> body)
    {
        int blocks = (n + BlockRows - 1) / BlockRows;
        if (blocks <= 1)
        {
            body(0, n);
            return;
        }
        Parallel.For(0, blocks, blk => body(blk * BlockRows, Math.Min(n, (blk + 1) * BlockRows)));
    }
}
