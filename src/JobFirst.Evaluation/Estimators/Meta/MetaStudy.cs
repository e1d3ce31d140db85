namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>One unit of a meta-analysis (a site, a subgroup): its estimate and sampling variance.</summary>
/// <param name="Label">Unit name (e.g. the jobcentre).</param>
/// <param name="Estimate">The unit's estimate yᵢ (e.g. the site's treatment − control difference).</param>
/// <param name="Variance">Its sampling variance vᵢ = SEᵢ² (must be finite and &gt; 0).</param>
public sealed record MetaStudy(string Label, double Estimate, double Variance);
