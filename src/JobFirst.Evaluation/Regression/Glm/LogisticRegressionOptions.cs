using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>Choices for <see cref="LogisticRegression.Fit"/>.</summary>
/// <param name="Method">Maximum likelihood (default) or Firth's penalised likelihood.</param>
/// <param name="Variance">Variance estimator for the coefficient table (default model-based).</param>
/// <param name="ConfidenceLevel">Confidence level for intervals (default 0.95).</param>
/// <param name="MaxIterations">Iteration limit (R's <c>glm.control(maxit = 25)</c>; Firth uses at least 100).</param>
/// <param name="Epsilon">
/// Convergence tolerance: ML stops when |dev − dev_old| / (|dev| + 0.1) &lt; ε (R's <c>glm.control(epsilon = 1e-8)</c>);
/// Firth stops when the largest absolute step is below ε.
/// </param>
/// <param name="Link">Link function (default logit; complementary log-log for discrete-time hazards).</param>
/// <param name="CoefficientTolerance">
/// Optional extra ML stopping rule: also require max_j |β_j − β_j,old| / (|β_j| + 0.1) below this. Off by
/// default (R's rule alone); useful for the cloglog link, whose Fisher scoring converges only linearly, so the
/// deviance rule can stop while coefficients still move in the 6th digit on flat likelihoods.
/// </param>
public sealed record LogisticRegressionOptions(
    GlmFitMethod Method = GlmFitMethod.MaximumLikelihood,
    GlmVariance Variance = GlmVariance.Model,
    double ConfidenceLevel = 0.95,
    int MaxIterations = 25,
    double Epsilon = 1e-8,
    GlmLink Link = GlmLink.Logit,
    double? CoefficientTolerance = null
);
