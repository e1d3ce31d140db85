namespace JobFirst.Evaluation.Estimators.Sites;

/// <summary>The treatment − control difference in one site (jobcentre) and, when it enters the meta-analysis, its shrunken effect.</summary>
/// <param name="Site">Site name.</param>
/// <param name="NTreated">Treatment persons with a complete window.</param>
/// <param name="NControl">Control persons with a complete window.</param>
/// <param name="MeanTreated">Treatment mean (null when suppressed).</param>
/// <param name="MeanControl">Control mean (null when suppressed).</param>
/// <param name="Result">The site's difference in means (null when suppressed or not estimable).</param>
/// <param name="Suppressed">True when an arm has fewer than min_cell persons.</param>
/// <param name="Blup">Empirical-Bayes prediction from the random-effects model (null when the site is not in it).</param>
/// <param name="Note">Why the site is not in the meta-analysis, if it is not.</param>
public sealed record SiteEffect(
    string Site,
    long NTreated,
    long NControl,
    double? MeanTreated,
    double? MeanControl,
    DifferenceInMeansResult? Result,
    bool Suppressed,
    Meta.BestLinearUnbiasedPrediction? Blup,
    string? Note
)
{
    /// <summary>True when the site enters the meta-analysis.</summary>
    public bool InMetaAnalysis => Blup is not null;
}
