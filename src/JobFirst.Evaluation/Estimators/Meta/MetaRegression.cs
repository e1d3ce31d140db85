using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>
/// Inverse-variance meta-analysis and meta-regression of unit estimates yᵢ with known sampling variances vᵢ:
/// yᵢ = xᵢ'β + uᵢ + εᵢ, uᵢ ~ N(0, τ²), εᵢ ~ N(0, vᵢ) (Viechtbauer 2010, J Stat Softw 36(3), eqs. 6–12).
/// Reproduces R <c>metafor::rma.uni(yi, vi, mods, method = "FE" | "DL" | "REML", test = "z" | "knha")</c> and
/// <c>blup()</c>: β̂ = (X'WX)⁻¹X'Wy with W = diag(1/(vᵢ + τ̂²)), V(β̂) = (X'WX)⁻¹.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>P = W − WX(X'WX)⁻¹X'W. DL: τ² = max(0, (y'P₀y − (k − p))/tr(P₀)) with P₀ at τ² = 0 (DerSimonian &amp; Laird 1986;
/// with moderators Raudenbush 2009).</item>
/// <item>REML: Fisher scoring τ² ← τ² + (y'PPy − tr P)/tr(PP), step halved while it would cross 0, from the
/// Hedges (HE) estimate as metafor; iterated until |Δτ²| ≤ 10⁻¹³·max(1, τ²) (metafor stops at 10⁻⁵ by default,
/// so metafor output agrees to about 5 digits unless <c>control = list(threshold = 1e-12)</c>). As metafor, the
/// solution is replaced by 0 when the restricted likelihood at τ² = 0 is higher.</item>
/// <item>Q_E, I², H² use the fixed-effect weights 1/vᵢ whatever the τ² method (metafor's default <c>i2def = "1"</c>).</item>
/// </list>
/// </remarks>
public static class MetaRegression
{
    private const int MaxIterations = 1000;

    /// <summary>Fits the model; <paramref name="moderators"/> empty or null gives a plain meta-analysis (intercept only).</summary>
    /// <exception cref="InputException">Fewer units than coefficients, a non-positive or non-finite variance, or collinear moderators.</exception>
    public static MetaRegressionResult Fit(
        IReadOnlyList<MetaStudy> studies,
        IReadOnlyList<MetaModerator>? moderators = null,
        MetaMethod method = MetaMethod.Reml,
        MetaTest test = MetaTest.Z,
        double level = 0.95
    )
    {
        ArgumentNullException.ThrowIfNull(studies);
        moderators ??= [];
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie in (0,1).");
        }
        int k = studies.Count;
        int p = moderators.Count + 1;
        foreach (var s in studies)
        {
            if (!double.IsFinite(s.Estimate) || !double.IsFinite(s.Variance) || s.Variance <= 0)
            {
                throw new InputException(
                    $"meta-analysis: unit '{s.Label}' needs a finite estimate and a positive finite sampling variance"
                );
            }
        }
        foreach (var mod in moderators)
        {
            if (mod.Values.Count != k)
            {
                throw new ArgumentException($"Moderator '{mod.Name}' has {mod.Values.Count} values for {k} units.");
            }
            if (mod.Values.Any(val => !double.IsFinite(val)))
            {
                throw new InputException($"meta-regression: moderator '{mod.Name}' has a missing or non-finite value");
            }
        }
        if (k <= p - 1 || k < 2)
        {
            throw new InputException(
                FormattableString.Invariant(
                    $"meta-analysis needs more units than coefficients: {k} units for {p} coefficients"
                )
            );
        }
        var x = Matrix<double>.Build.Dense(k, p, (i, j) => j == 0 ? 1.0 : moderators[j - 1].Values[i]);
        var y = Vector<double>.Build.Dense(k, i => studies[i].Estimate);
        var v = Vector<double>.Build.Dense(k, i => studies[i].Variance);
        if (x.Rank() < p)
        {
            throw new InputException(
                "meta-regression: the moderators are collinear (with each other or with the intercept)"
            );
        }

        // Fixed-effect projector: heterogeneity statistics and the DL estimator.
        var pFixed = Projector(x, v, 0);
        double qe = Math.Max(0, y * (pFixed * y));
        double trP0 = pFixed.Trace();
        int dfQ = k - p;

        double tau2;
        double tau2Se;
        int iterations = 0;
        switch (method)
        {
            case MetaMethod.FixedEffect:
                tau2 = 0;
                tau2Se = double.NaN;
                break;
            case MetaMethod.DerSimonianLaird:
                tau2 = Math.Max(0, (qe - dfQ) / trP0);
                tau2Se = Math.Sqrt(
                    (2.0 * dfQ + 4 * tau2 * trP0 + 2 * tau2 * tau2 * SumOfSquares(pFixed)) / (trP0 * trP0)
                );
                break;
            case MetaMethod.Reml:
                tau2 = Reml(x, y, v, out iterations);
                tau2Se = Math.Sqrt(2 / SumOfSquares(Projector(x, v, tau2)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }

        var w = Vector<double>.Build.Dense(k, i => 1 / (v[i] + tau2));
        var xtwx = x.TransposeThisAndMultiply(Matrix<double>.Build.DenseOfDiagonalVector(w) * x);
        var vb = xtwx.Inverse();
        var beta = vb * (x.Transpose() * w.PointwiseMultiply(y));
        double scale = 1;
        double df = double.PositiveInfinity;
        if (test == MetaTest.KnappHartung)
        {
            var r = y - x * beta;
            double rss = w.PointwiseMultiply(r).DotProduct(r);
            scale = rss <= Precision.DoublePrecision ? 0 : rss / (k - p);
            df = k - p;
        }
        vb *= scale;

        string[] names = moderators.Count == 0 ? ["overall"] : ["intercept", .. moderators.Select(m => m.Name)];
        var coefficients = new TidyTerm[p];
        for (int j = 0; j < p; j++)
        {
            coefficients[j] = WaldInference.Compute(names[j], beta[j], Math.Sqrt(vb[j, j]), df, level);
        }

        // Omnibus test: all moderators, or the intercept when there are none (metafor's btt).
        int first = moderators.Count == 0 ? 0 : 1;
        int m = p - first;
        var bt = beta.SubVector(first, m);
        var vbt = vb.SubMatrix(first, m, first, m);
        double qm = bt * (vbt.Inverse() * bt);
        double qmP;
        if (test == MetaTest.KnappHartung)
        {
            qm /= m;
            qmP = FUpperTail(qm, m, k - p);
        }
        else
        {
            qmP = ChiSquareUpperTail(qm, m);
        }

        double i2;
        double h2;
        if (dfQ == 0)
        {
            i2 = 0;
            h2 = 1;
        }
        else if (method == MetaMethod.FixedEffect)
        {
            i2 = Math.Max(0, 100 * (qe - dfQ) / qe);
            h2 = qe / dfQ;
        }
        else
        {
            double typical = dfQ / trP0;
            i2 = 100 * tau2 / (typical + tau2);
            h2 = tau2 / typical + 1;
        }

        double r2 = double.NaN;
        if (moderators.Count > 0)
        {
            r2 = method == MetaMethod.FixedEffect ? FixedEffectR2(x, y, v) : RandomEffectsR2(studies, method, tau2);
        }

        double crit = WaldInference.Quantile(df, 0.5 + level / 2);
        var blups = new BestLinearUnbiasedPrediction[k];
        for (int i = 0; i < k; i++)
        {
            var xi = x.Row(i);
            double lambda = tau2 / (tau2 + v[i]);
            double pred = lambda * y[i] + (1 - lambda) * xi.DotProduct(beta);
            double se = Math.Sqrt(lambda * v[i] + (1 - lambda) * (1 - lambda) * (xi * (vb * xi)));
            blups[i] = new BestLinearUnbiasedPrediction(
                studies[i].Label,
                y[i],
                Math.Sqrt(v[i]),
                lambda,
                pred,
                se,
                pred - crit * se,
                pred + crit * se
            );
        }
        double piSe = Math.Sqrt(vb[0, 0] + tau2);
        return new MetaRegressionResult
        {
            Method = method,
            Test = test,
            ConfidenceLevel = level,
            K = k,
            Studies = [.. studies],
            ModeratorNames = [.. moderators.Select(mm => mm.Name)],
            Coefficients = coefficients,
            Covariance = [.. vb.ToRowMajorArray()],
            Tau2 = tau2,
            Tau2StdError = tau2Se,
            I2Percent = i2,
            H2 = h2,
            QE = qe,
            QEDf = dfQ,
            QEPValue = dfQ > 0 ? ChiSquareUpperTail(qe, dfQ) : 1,
            QM = qm,
            QMDf = m,
            QMDenominatorDf = df,
            QMPValue = qmP,
            R2Percent = r2,
            Iterations = iterations,
            Blups = blups,
            PredictionInterval = (beta[0] - crit * piSe, beta[0] + crit * piSe),
        };
    }

    /// <summary>P = W − WX(X'WX)⁻¹X'W at τ².</summary>
    private static Matrix<double> Projector(Matrix<double> x, Vector<double> v, double tau2)
    {
        var w = Matrix<double>.Build.DenseOfDiagonalVector(v.Map(vi => 1 / (vi + tau2)));
        var wx = w * x;
        return w - wx * x.TransposeThisAndMultiply(wx).Inverse() * wx.Transpose();
    }

    private static double SumOfSquares(Matrix<double> m) => m.PointwiseMultiply(m).Enumerate().Sum();

    private static double Reml(Matrix<double> x, Vector<double> y, Vector<double> v, out int iterations)
    {
        int k = x.RowCount;
        int p = x.ColumnCount;
        // Hedges' unweighted method-of-moments start, as metafor: (y'P_OLS y − tr(P_OLS V))/(k − p).
        var hat = x * x.TransposeThisAndMultiply(x).Inverse() * x.Transpose();
        var pOls = Matrix<double>.Build.DenseIdentity(k) - hat;
        double rssOls = y * (pOls * y);
        double trPv = 0;
        for (int i = 0; i < k; i++)
        {
            trPv += pOls[i, i] * v[i];
        }
        double tau2 = Math.Max(0, (rssOls - trPv) / (k - p));
        iterations = 0;
        bool converged = false;
        double previousTau2 = double.NaN;
        double previousAdj = 0;
        while (iterations < MaxIterations)
        {
            iterations++;
            var pm = Projector(x, v, tau2);
            var py = pm * y;
            double adj = (py.DotProduct(py) - pm.Trace()) / SumOfSquares(pm);
            if (double.IsNaN(adj))
            {
                adj = 0;
            }
            // Fisher scoring can overshoot and oscillate around the root with an amplitude that shrinks by only ~1%
            // an iteration (seen on 15 site effects with one moderator). Two steps of opposite sign bracket the root
            // of the restricted score (adj has the score's sign), so bisect that bracket to full precision instead.
            if (previousAdj != 0 && adj != 0 && Math.Sign(adj) != Math.Sign(previousAdj))
            {
                tau2 = BisectScore(x, y, v, previousTau2, tau2, ref iterations);
                converged = true;
                break;
            }
            while (tau2 + adj < 0)
            {
                adj /= 2;
            }
            double old = tau2;
            previousTau2 = tau2;
            previousAdj = adj;
            tau2 += adj;
            if (Math.Abs(tau2 - old) <= 1e-13 * Math.Max(1, tau2))
            {
                converged = true;
                break;
            }
            // Halving towards a boundary maximum at 0 converges only linearly; jump there once the
            // restricted score at 0 says the maximum lies on the boundary.
            if (tau2 < 1e-10 && RemlScore(x, y, v, 0) <= 0)
            {
                tau2 = 0;
                converged = true;
                break;
            }
        }
        if (!converged)
        {
            throw new InputException(
                "REML estimation of the between-site variance did not converge; use method DL or FE"
            );
        }
        if (tau2 > 0 && RestrictedLogLikelihood(x, y, v, 0) > RestrictedLogLikelihood(x, y, v, tau2))
        {
            tau2 = 0;
        }
        return tau2;
    }

    /// <summary>
    /// The root of the restricted score between <paramref name="a"/> (score of one sign) and <paramref name="b"/>
    /// (the other), by bisection to the last representable digits (about 50 halvings at most).
    /// </summary>
    private static double BisectScore(
        Matrix<double> x,
        Vector<double> y,
        Vector<double> v,
        double a,
        double b,
        ref int iterations
    )
    {
        double lo = Math.Min(a, b);
        double hi = Math.Max(a, b);
        double scoreLo = RemlScore(x, y, v, lo);
        while (hi - lo > 1e-15 * hi && iterations < MaxIterations)
        {
            iterations++;
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }
            double scoreMid = RemlScore(x, y, v, mid);
            if (scoreMid == 0)
            {
                return mid;
            }
            if (Math.Sign(scoreMid) == Math.Sign(scoreLo))
            {
                lo = mid;
                scoreLo = scoreMid;
            }
            else
            {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double RemlScore(Matrix<double> x, Vector<double> y, Vector<double> v, double tau2)
    {
        var pm = Projector(x, v, tau2);
        var py = pm * y;
        return py.DotProduct(py) - pm.Trace();
    }

    private static double RestrictedLogLikelihood(Matrix<double> x, Vector<double> y, Vector<double> v, double tau2)
    {
        int k = x.RowCount;
        int p = x.ColumnCount;
        var w = v.Map(vi => 1 / (vi + tau2));
        var xtwx = x.TransposeThisAndMultiply(Matrix<double>.Build.DenseOfDiagonalVector(w) * x);
        var beta = xtwx.Inverse() * (x.Transpose() * w.PointwiseMultiply(y));
        var r = y - x * beta;
        double rss = w.PointwiseMultiply(r).DotProduct(r);
        return -0.5 * (k - p) * Math.Log(2 * Math.PI)
            - 0.5 * v.Map(vi => Math.Log(vi + tau2)).Sum()
            - 0.5 * Math.Log(xtwx.Determinant())
            - 0.5 * rss;
    }

    private static double FixedEffectR2(Matrix<double> x, Vector<double> y, Vector<double> v)
    {
        int k = x.RowCount;
        int p = x.ColumnCount;
        var w = v.Map(vi => 1 / vi);
        double ybar = w.DotProduct(y) / w.Sum();
        double tss = 0;
        for (int i = 0; i < k; i++)
        {
            tss += w[i] * (y[i] - ybar) * (y[i] - ybar);
        }
        if (tss == 0)
        {
            return 0;
        }
        var xtwx = x.TransposeThisAndMultiply(Matrix<double>.Build.DenseOfDiagonalVector(w) * x);
        var beta = xtwx.Inverse() * (x.Transpose() * w.PointwiseMultiply(y));
        var r = y - x * beta;
        double rss = w.PointwiseMultiply(r).DotProduct(r);
        double adjusted = 1 - (rss / tss) * (k - 1) / (k - p);
        return Math.Max(0, 100 * adjusted);
    }

    private static double RandomEffectsR2(IReadOnlyList<MetaStudy> studies, MetaMethod method, double tau2)
    {
        double tau2Null = Fit(studies, null, method, MetaTest.Z).Tau2;
        return tau2Null == 0 ? 0 : Math.Max(0, 100 * (tau2Null - tau2) / tau2Null);
    }

    /// <summary>Upper-tail χ²(df) probability Q(df/2, x/2), accurate for tiny p.</summary>
    internal static double ChiSquareUpperTail(double x, double df) =>
        double.IsNaN(x) ? double.NaN
        : x <= 0 ? 1
        : SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>Upper-tail F(d1, d2) probability via the regularized incomplete beta function.</summary>
    internal static double FUpperTail(double f, double d1, double d2) =>
        double.IsNaN(f) ? double.NaN
        : f <= 0 ? 1
        : SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
}
