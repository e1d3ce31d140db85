namespace JobFirst.Evaluation.Linkage;

/// <summary>Rows (or persons) left out of the analysis from one source, and why.</summary>
/// <param name="Source">The source the rows came from.</param>
/// <param name="Reason">Why they were left out, in words.</param>
/// <param name="Count">How many.</param>
public sealed record ExclusionCount(string Source, string Reason, long Count);
