namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// Listwise deletion report (R: <c>na.action = na.omit</c>; Stata drops the same rows): rows read, rows
/// used, and for each used column how many rows were missing in it.
/// </summary>
/// <param name="RowsRead">Rows in the input frame.</param>
/// <param name="RowsUsed">Rows with every used column present.</param>
/// <param name="MissingByColumn">Per used column with at least one missing value, the number of rows missing in it.</param>
public sealed record MissingDataReport(int RowsRead, int RowsUsed, IReadOnlyList<DroppedRowCount> MissingByColumn)
{
    /// <summary>Rows dropped for a missing value in any used column.</summary>
    public int RowsDropped => RowsRead - RowsUsed;

    /// <summary>Human-readable reason, e.g. <c>12 rows dropped (missing: age 10, educ 3)</c>.</summary>
    public string Describe() =>
        RowsDropped == 0
            ? "no rows dropped"
            : FormattableString.Invariant(
                $"{RowsDropped} rows dropped (missing: {string.Join(", ", MissingByColumn.Select(m => FormattableString.Invariant($"{m.Column} {m.Rows}")))})"
            );
}
