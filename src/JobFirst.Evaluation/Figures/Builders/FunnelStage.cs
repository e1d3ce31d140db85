namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One stage of a screening funnel (seed 004): persons remaining at the stage.</summary>
/// <param name="Label">Stage name.</param>
/// <param name="Count">Persons at this stage.</param>
public sealed record FunnelStage(string Label, int Count);
