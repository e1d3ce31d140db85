namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One stage of a linkage/flow diagram (CONSORT style), with an optional exclusion leaving after it.</summary>
/// <param name="Label">Stage name (e.g. "Roster", "Matched in DREAM", "Analysed").</param>
/// <param name="Count">Persons at the stage.</param>
/// <param name="ExclusionLabel">Reason for the persons excluded between this stage and the next.</param>
/// <param name="ExcludedCount">Persons excluded between this stage and the next.</param>
public sealed record FlowStep(string Label, int Count, string? ExclusionLabel = null, int? ExcludedCount = null);
