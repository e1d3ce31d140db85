namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>A cell of a <see cref="Tables.ResultTable"/> by 0-based row and column index.</summary>
/// <param name="Row">Row index.</param>
/// <param name="Column">Column index.</param>
public readonly record struct TableCell(int Row, int Column);
