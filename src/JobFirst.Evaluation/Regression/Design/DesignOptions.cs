namespace JobFirst.Evaluation.Regression.Design;

/// <summary>Columns used besides the formula's; rows missing in them are dropped too.</summary>
/// <param name="WeightColumn">Frequency-weight column (numeric, ≥ 0), or null.</param>
/// <param name="ClusterColumn">Cluster identifier column (numeric or text), or null.</param>
public sealed record DesignOptions(string? WeightColumn = null, string? ClusterColumn = null);
