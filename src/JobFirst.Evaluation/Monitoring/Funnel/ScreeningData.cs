namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>A screening file read by <see cref="ScreeningReader"/>.</summary>
/// <param name="SourceFile">The file read.</param>
/// <param name="Stages">Stage column names in funnel order.</param>
/// <param name="GroupColumns">Group column names (e.g. <c>municipality</c>, <c>target_group</c>).</param>
/// <param name="Records">One record per data row.</param>
/// <param name="Ordering">How a row reaching a stage without an earlier one is handled.</param>
public sealed record ScreeningData(
    string SourceFile,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> GroupColumns,
    IReadOnlyList<ScreeningRecord> Records,
    FunnelOrdering Ordering = FunnelOrdering.Strict
);
