namespace JobFirst.Evaluation.Linkage;

/// <summary>One row of the tidy linkage table: <c>source, measure, count</c>.</summary>
/// <param name="Source">The data source (<c>roster</c>, <c>register</c>, <c>hours</c>, or a named source).</param>
/// <param name="Measure">What is counted, snake_case (e.g. <c>matched</c>, <c>roster_only</c>, <c>excluded: not in roster</c>).</param>
/// <param name="Count">The count (persons or rows, as the measure says).</param>
public sealed record LinkageRow(string Source, string Measure, long Count);
