using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>Choices for <see cref="DiscreteTimeHazard.Fit(PersonPeriodData, string, DiscreteTimeOptions?)"/>.</summary>
/// <param name="Link">Complementary log-log (default: exp(β) are hazard ratios of the grouped-time proportional-hazards model) or logit (odds ratios of the period hazard).</param>
/// <param name="Variance">Default <see cref="GlmVariance.ClusterR"/> by <paramref name="Cluster"/> (R <c>sandwich::vcovCL(fit, cluster = ~key)</c>, HC1 with cadjust): a person's periods, and spells, are not independent.</param>
/// <param name="Cluster">Cluster column (default the person <c>key</c>); ignored for model and HC variances.</param>
/// <param name="Compress">Collapse identical person-period rows (same covariates, outcome and cluster) into frequency-weighted cells before fitting; same estimates and variances, less time.</param>
/// <param name="ConfidenceLevel">Confidence level (default 0.95).</param>
/// <param name="Epsilon">IRLS tolerance on the relative deviance change (R's <c>glm.control(epsilon = 1e-8)</c>).</param>
/// <param name="MaxIterations">Iteration limit (default 100; R's default 25).</param>
/// <param name="CoefficientTolerance">
/// Also require every coefficient's relative step below this (default 1e-12; null = R's deviance rule alone).
/// With the non-canonical cloglog link IRLS is Fisher scoring, which converges only linearly: R's default
/// stops with coefficient errors up to ~1e-5 relative on flat likelihoods. Null with ε = 1e-8 and 25
/// iterations reproduces R's default iterates exactly.
/// </param>
public sealed record DiscreteTimeOptions(
    GlmLink Link = GlmLink.ComplementaryLogLog,
    GlmVariance Variance = GlmVariance.ClusterR,
    string Cluster = "key",
    bool Compress = true,
    double ConfidenceLevel = 0.95,
    double Epsilon = 1e-8,
    int MaxIterations = 100,
    double? CoefficientTolerance = 1e-12
);
