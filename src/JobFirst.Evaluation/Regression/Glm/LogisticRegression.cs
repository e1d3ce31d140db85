using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>
/// Binary logistic regression (logit link, or complementary log-log with <see cref="GlmLink.ComplementaryLogLog"/>)
/// on a <see cref="DesignMatrix"/>, matching R's <c>glm(y ~ ..., family = binomial)</c> (or
/// <c>binomial(link = "cloglog")</c>) and Stata's <c>logit</c> (<c>cloglog</c>).
/// <list type="bullet">
/// <item>Aliased columns are detected first (<see cref="AliasDetector"/>) and dropped, reported like R's <c>NA</c> coefficients.</item>
/// <item>ML: IRLS (Fisher scoring = Newton for the canonical link) from R's start μ₀ = (y + ½)/2; convergence when
/// |dev − dev_old| / (|dev| + 0.1) &lt; ε (R's <c>glm.control</c>: ε = 1e-8, at most 25 iterations). Each iteration
/// accumulates X'WX and X'Wz directly (p×p, parallel row blocks) and solves by Cholesky.</item>
/// <item>Separation: when observations end with fitted probabilities numerically 0 or 1, a few extra Newton steps
/// are taken; if their linear predictors keep running off to ±∞ the MLE does not exist and an
/// <see cref="InputException"/> names the diverging coefficients (Albert &amp; Anderson 1984). Firth's method is the remedy.</item>
/// <item>Frequency weights: a row of weight w counts as w identical observations (Stata <c>[fweight]</c>);
/// n = Σw in HC1, BIC and cluster adjustments.</item>
/// </list>
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits the model; see the class remarks for conventions.</summary>
    /// <exception cref="InputException">Response not 0/1, no estimable columns, separation (ML), or a cluster variance without clusters.</exception>
    public static LogisticRegressionResult Fit(DesignMatrix design, LogisticRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= new LogisticRegressionOptions();
        var y = design.RawResponse;
        for (int i = 0; i < y.Length; i++)
        {
            if (y[i] is not (0.0 or 1.0))
            {
                throw new InputException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"logit response '{design.Formula.Response}' must be 0 or 1; data row {design.UsedRowIndices[i] + 1} (line {design.UsedRowIndices[i] + 2} of a CSV with header) has {y[i]}"
                    )
                );
            }
        }
        if (options.Method == GlmFitMethod.Firth && options.Link != GlmLink.Logit)
        {
            throw new InputException("Firth's penalised likelihood is implemented for the logit link only");
        }
        var kept = AliasDetector.KeptColumns(design).ToList();
        if (kept.Count == 0)
        {
            throw new InputException("no estimable coefficients: every design column is zero or aliased");
        }
        var data = Compact(design, kept, options.Link);
        var fit = options.Method == GlmFitMethod.Firth ? FitFirth(data, options) : FitMaximumLikelihood(data, options);
        if (options.Method == GlmFitMethod.MaximumLikelihood)
        {
            SeparationCheck.ThrowIfSeparated(data, fit.Beta, fit.Eta, design, kept);
        }
        var (a, _) = LogisticKernels.Accumulate(data, fit.Eta);
        if (!Numerics.Cholesky(a, data.P))
        {
            throw new InputException(
                "the information matrix is singular at the estimate (near-collinear columns or separation)"
            );
        }
        var bread = Numerics.CholeskyInverse(a, data.P);
        var state = new LogisticFitState(design, data, kept, fit.Beta, fit.Eta, bread);
        return LogisticRegressionResult.Create(state, options, fit.Iterations, fit.Converged);
    }

    private static LogisticData Compact(DesignMatrix design, List<int> kept, GlmLink link)
    {
        int p = design.Columns;
        int k = kept.Count;
        var x = design.RawValues;
        if (k != p)
        {
            var compact = new double[(long)design.Rows * k];
            for (int i = 0; i < design.Rows; i++)
            {
                for (int a = 0; a < k; a++)
                {
                    compact[i * k + a] = x[i * p + kept[a]];
                }
            }
            x = compact;
        }
        return new LogisticData(x, design.Rows, k, design.RawResponse, design.RawWeights, link);
    }

    internal sealed record FitOutcome(double[] Beta, double[] Eta, int Iterations, bool Converged);

    private static FitOutcome FitMaximumLikelihood(LogisticData d, LogisticRegressionOptions options)
    {
        var eta = new double[d.N];
        for (int i = 0; i < d.N; i++)
        {
            // R's binomial initialize for 0/1 rows: mustart = (y + 0.5) / 2, kept weight-free so that
            // aggregated cells follow exactly the same iterates as person rows.
            double mu0 = (d.Y[i] + 0.5) / 2;
            eta[i] = d.Link == GlmLink.Logit ? Math.Log(mu0 / (1 - mu0)) : Math.Log(-Math.Log(1 - mu0));
        }
        double devOld = -2 * LogisticKernels.LogLikelihood(d, eta);
        var beta = new double[d.P];
        int iter = 0;
        bool converged = false;
        double previousStep = double.PositiveInfinity;
        while (iter < options.MaxIterations)
        {
            iter++;
            var (a, b) = LogisticKernels.Accumulate(d, eta);
            if (!Numerics.Cholesky(a, d.P))
            {
                break;
            }
            var previous = beta;
            beta = Numerics.CholeskySolve(a, d.P, b);
            LogisticKernels.LinearPredictor(d, beta, eta);
            double dev = -2 * LogisticKernels.LogLikelihood(d, eta);
            double step = MaxRelativeStep(previous, beta);
            if (
                Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < options.Epsilon
                && (options.CoefficientTolerance is not { } tol || step < tol || AtRoundingFloor(step, previousStep))
            )
            {
                converged = true;
                break;
            }
            devOld = dev;
            previousStep = step;
        }
        return new FitOutcome(beta, eta, iter, converged);
    }

    /// <summary>
    /// True when the coefficient steps have stopped shrinking at a tiny size: the iterates then move by the rounding
    /// of the normal equations (about 1e-11 relative on 40,000 person-period rows), not towards the estimate. A
    /// coefficient tolerance below that floor would otherwise stop only when the noise happens to dip under it
    /// (94 iterations on the JobFirst spell table) or never. Any converging iteration, linear or quadratic, has
    /// strictly shrinking steps.
    /// </summary>
    private static bool AtRoundingFloor(double step, double previousStep) => step < 1e-6 && step >= previousStep;

    private static double MaxRelativeStep(double[] previous, double[] beta)
    {
        double max = 0;
        for (int j = 0; j < beta.Length; j++)
        {
            max = Math.Max(max, Math.Abs(beta[j] - previous[j]) / (Math.Abs(beta[j]) + 0.1));
        }
        return max;
    }

    /// <summary>
    /// Firth (1993): modified score U*(β) = Σ w x (y − μ + h(½ − μ)) with h the hat values of
    /// W^½X(X'WX)⁻¹X'W^½ per unit weight; quasi-Newton steps Δ = (X'WX)⁻¹U* (Kosmidis &amp; Firth 2010, as brglm2),
    /// halved while the penalised log-likelihood ℓ + ½log|X'WX| decreases; stop when max|Δ| &lt; ε.
    /// </summary>
    private static FitOutcome FitFirth(LogisticData d, LogisticRegressionOptions options)
    {
        int p = d.P;
        var beta = new double[p];
        var eta = new double[d.N];
        int maxIter = Math.Max(options.MaxIterations, 100);
        double tol = Math.Min(options.Epsilon, 1e-8);
        double penalised = FirthObjective(d, eta, out var chol);
        int iter = 0;
        bool converged = false;
        var extra = new double[d.N];
        while (iter < maxIter && chol is not null)
        {
            iter++;
            for (int i = 0; i < d.N; i++)
            {
                double h = LogisticKernels.Variance(eta[i]) * Leverage(chol, p, d.X.AsSpan(i * p, p));
                extra[i] = h * (0.5 - LogisticKernels.Mu(eta[i]));
            }
            var (a, b) = LogisticKernels.Accumulate(d, eta, extra);
            if (!Numerics.Cholesky(a, p))
            {
                break;
            }
            // b = X'W(η + (y−μ+extra)/v) so the solve gives the full-step iterate.
            var target = Numerics.CholeskySolve(a, p, b);
            var step = new double[p];
            for (int j = 0; j < p; j++)
            {
                step[j] = target[j] - beta[j];
            }
            double maxStep = step.Max(Math.Abs);
            double scale = 1.0;
            var candidate = new double[p];
            var candidateEta = new double[d.N];
            double[]? candidateChol = null;
            double candidateObjective = double.NegativeInfinity;
            for (int half = 0; half < 20; half++)
            {
                for (int j = 0; j < p; j++)
                {
                    candidate[j] = beta[j] + scale * step[j];
                }
                LogisticKernels.LinearPredictor(d, candidate, candidateEta);
                candidateObjective = FirthObjective(d, candidateEta, out candidateChol);
                if (candidateChol is not null && candidateObjective >= penalised - 1e-12 * Math.Abs(penalised))
                {
                    break;
                }
                scale /= 2;
            }
            Array.Copy(candidate, beta, p);
            Array.Copy(candidateEta, eta, d.N);
            penalised = candidateObjective;
            chol = candidateChol;
            if (maxStep * scale < tol)
            {
                converged = true;
                break;
            }
        }
        return new FitOutcome(beta, eta, iter, converged);
    }

    private static double FirthObjective(LogisticData d, double[] eta, out double[]? chol)
    {
        var (a, _) = LogisticKernels.Accumulate(d, eta);
        if (!Numerics.Cholesky(a, d.P))
        {
            chol = null;
            return double.NegativeInfinity;
        }
        chol = a;
        double logDet = 0;
        for (int j = 0; j < d.P; j++)
        {
            logDet += 2 * Math.Log(a[j * d.P + j]);
        }
        return LogisticKernels.LogLikelihood(d, eta) + 0.5 * logDet;
    }

    /// <summary>xᵀ(LLᵀ)⁻¹x = ‖L⁻¹x‖².</summary>
    internal static double Leverage(double[] l, int p, ReadOnlySpan<double> x)
    {
        Span<double> z = p <= 256 ? stackalloc double[p] : new double[p];
        double s2 = 0;
        for (int i = 0; i < p; i++)
        {
            double s = x[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[i * p + k] * z[k];
            }
            z[i] = s / l[i * p + i];
            s2 += z[i] * z[i];
        }
        return s2;
    }
}
