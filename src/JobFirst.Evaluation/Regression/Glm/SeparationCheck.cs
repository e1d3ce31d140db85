using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>
/// LP-free detection of complete or quasi-complete separation (Albert &amp; Anderson 1984): at a finite
/// MLE extra Newton steps do not move; under separation the linear predictor of the separated
/// observations keeps running to ±∞ (about one unit per step) while the log-likelihood still rises,
/// and the coefficients move along the direction of recession. Triggered only when some observation
/// has a fitted probability numerically 0 or 1 (μ(1−μ) &lt; 1e-8, R warns at 10ε) or the fit did not converge.
/// </summary>
internal static class SeparationCheck
{
    private const double BoundaryVariance = 1e-8;
    private const int ExtraSteps = 6;

    public static void ThrowIfSeparated(
        LogisticData d,
        double[] beta,
        double[] eta,
        DesignMatrix design,
        IReadOnlyList<int> kept
    )
    {
        int boundary = 0;
        double boundaryWeight = 0;
        for (int i = 0; i < d.N; i++)
        {
            if (d.Weight(i) > 0 && LogisticKernels.BoundaryVariance(d.Link, eta[i]) < BoundaryVariance)
            {
                boundary++;
                boundaryWeight += d.Weight(i);
            }
        }
        if (boundary == 0)
        {
            return;
        }
        var b = (double[])beta.Clone();
        var e = (double[])eta.Clone();
        for (int s = 0; s < ExtraSteps; s++)
        {
            var (a, rhs) = LogisticKernels.Accumulate(d, e);
            if (!Numerics.Cholesky(a, d.P))
            {
                break;
            }
            b = Numerics.CholeskySolve(a, d.P, rhs);
            LogisticKernels.LinearPredictor(d, b, e);
        }
        double maxMove = 0;
        for (int i = 0; i < d.N; i++)
        {
            if (LogisticKernels.BoundaryVariance(d.Link, eta[i]) < BoundaryVariance)
            {
                maxMove = Math.Max(maxMove, Math.Abs(e[i]) - Math.Abs(eta[i]));
            }
        }
        if (maxMove < 1.0)
        {
            return;
        }
        var delta = new double[d.P];
        for (int j = 0; j < d.P; j++)
        {
            delta[j] = Math.Abs(b[j] - beta[j]);
        }
        int intercept = design.InterceptColumn;
        var order = Enumerable.Range(0, d.P).Where(j => kept[j] != intercept).OrderByDescending(j => delta[j]).ToList();
        double top = order.Count > 0 ? delta[order[0]] : 0;
        var names = order
            .Where(j => delta[j] >= 0.1 * top && top > 0)
            .Select(j => design.ColumnNames[kept[j]])
            .ToList();
        if (names.Count == 0)
        {
            names.Add(intercept >= 0 ? "(Intercept)" : design.ColumnNames[kept[0]]);
        }
        throw new InputException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"complete or quasi-complete separation: {boundaryWeight} observations have fitted probabilities numerically 0 or 1 and the coefficient(s) of {string.Join(", ", names.Select(n => "'" + n + "'"))} diverge, so the maximum-likelihood estimate does not exist; use Firth's penalised likelihood (--firth), or merge or drop the offending level or covariate"
            )
        );
    }
}
