using JobFirst.Evaluation.Estimators.Meta;

namespace JobFirst.Evaluation.Estimators.Sites;

/// <summary>A meta-regression of the site effects on one site trait.</summary>
/// <param name="Trait">Trait name.</param>
/// <param name="Source"><c>site_table</c>, or <c>derived</c> for <c>control_mean</c> and <c>effect:INDICATOR</c>.</param>
/// <param name="Fit">The fitted model (fixed effect = weighted least squares with known variances, or mixed effects).</param>
/// <param name="SitesWithoutTrait">Sites in the meta-analysis left out because the trait is missing.</param>
/// <param name="TraitValues">The trait per site of the fit, aligned with the fit's units.</param>
public sealed record SiteTraitRegression(
    string Trait,
    string Source,
    MetaRegressionResult Fit,
    int SitesWithoutTrait,
    IReadOnlyList<double> TraitValues
);
