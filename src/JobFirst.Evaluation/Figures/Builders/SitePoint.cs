namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One site (jobcentre) in a meta-regression figure.</summary>
/// <param name="Label">Site name (drawn next to the point).</param>
/// <param name="Trait">Site trait on the x axis (e.g. control-group success rate, caseload).</param>
/// <param name="Effect">Site effect estimate.</param>
/// <param name="ConfLow">Optional lower 95% limit.</param>
/// <param name="ConfHigh">Optional upper 95% limit.</param>
/// <param name="N">Optional persons at the site (disclosure control).</param>
public sealed record SitePoint(
    string Label,
    double Trait,
    double Effect,
    double? ConfLow = null,
    double? ConfHigh = null,
    int? N = null
);
