namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>Disclosure control applied to one figure or table of a report.</summary>
/// <param name="Item">Figure or table id (file-name stem).</param>
/// <param name="Kind"><c>figure</c> or <c>table</c>.</param>
/// <param name="Cells">Suppressed marks (figure points, bars, band segments, count labels) or table cells.</param>
/// <param name="Files">The output files that show the item.</param>
public sealed record ReportSuppression(string Item, string Kind, int Cells, IReadOnlyList<string> Files);
