namespace JobFirst.Evaluation.Regression.Design;

/// <summary>Rows with a missing value in one column (a row missing in several columns is counted in each).</summary>
/// <param name="Column">Column name.</param>
/// <param name="Rows">Number of rows missing in that column.</param>
public sealed record DroppedRowCount(string Column, int Rows);
