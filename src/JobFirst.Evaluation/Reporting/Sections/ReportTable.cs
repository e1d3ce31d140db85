using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// A table of a section with its caption and its suppressed cells. Suppressed cells are null in
/// <see cref="Table"/> (empty in CSV, flagged by the table's <c>suppressed</c> column where it has one) and shown as
/// "&lt;min_cell" in the Markdown and HTML renderings; build them with <see cref="TableSuppression"/>.
/// </summary>
/// <param name="Id">Item id within the section (file name <c>{section id}-{Id}.csv</c>; empty = the section id alone).</param>
/// <param name="Table">The table, suppressed cells already blanked.</param>
/// <param name="Caption">Generated caption.</param>
/// <param name="SuppressedCells">Cells blanked because fewer than min_cell persons back them.</param>
public sealed record ReportTable(
    string Id,
    ResultTable Table,
    string Caption,
    IReadOnlyList<TableCell> SuppressedCells
);
