using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators;

/// <summary>Lin's (2013) estimator: the full interacted fit, the treatment effect row and the covariate centres.</summary>
/// <param name="Fit">The interacted OLS fit (all coefficients, R², F, ...).</param>
/// <param name="Effect">The tidy row of the treatment coefficient (the covariate-adjusted average effect).</param>
/// <param name="Centers">Mean of each covariate design column used for centring (estimatr's <c>scaled_center</c>).</param>
public sealed record LinEstimatorResult(
    LinearRegressionResult Fit,
    TidyTerm Effect,
    IReadOnlyDictionary<string, double> Centers
)
{
    /// <summary>The same fit under another variance (e.g. HC3, or CR0 with clusters).</summary>
    public LinEstimatorResult WithVariance(OlsVariance variance, double? confidenceLevel = null)
    {
        var fit = Fit.WithVariance(variance, confidenceLevel);
        return this with { Fit = fit, Effect = fit.Coefficient(Effect.Term)! };
    }
}
