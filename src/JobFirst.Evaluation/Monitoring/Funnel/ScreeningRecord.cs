namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>One screened person's row of the screening file (no person id is kept).</summary>
/// <param name="Line">The file line (for error messages).</param>
/// <param name="Reached">Per stage, in stage order: true when the person reached it.</param>
/// <param name="Groups">Per group column, the row's value (empty cells are <c>(missing)</c>).</param>
public sealed record ScreeningRecord(long Line, IReadOnlyList<bool> Reached, IReadOnlyList<string> Groups);
