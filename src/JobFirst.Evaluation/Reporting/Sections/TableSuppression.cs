using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// Primary cell suppression for report tables: a row whose person count lies in 1..min_cell−1 has that count and
/// the values it backs blanked (null) and recorded. A count of zero identifies no one and is kept. Secondary
/// (complementary) suppression against differencing is not attempted; see <c>docs/report.md</c>.
/// </summary>
public static class TableSuppression
{
    /// <summary>True when <paramref name="count"/> persons are too few to publish (1..<paramref name="minCell"/>−1).</summary>
    public static bool IsSmall(long count, int minCell) => Estimators.Disclosure.SmallCells.IsSmall(count, minCell);

    /// <summary>
    /// Blanks, in every row whose <paramref name="countColumn"/> is small, that count and <paramref name="valueColumns"/>;
    /// when the table has a boolean <c>suppressed</c> column it is set to true in those rows.
    /// </summary>
    public static ReportTable ByCount(
        string id,
        ResultTable table,
        string caption,
        string countColumn,
        IReadOnlyList<string> valueColumns,
        int minCell
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(valueColumns);
        int count = table.IndexOf(countColumn);
        return Apply(id, table, caption, (_, row) => Small(row[count], minCell) ? [countColumn, .. valueColumns] : []);
    }

    /// <summary>
    /// Blanks the cells chosen by <paramref name="blank"/> (row index and cells → column names to blank; empty = keep the row), flags the
    /// <c>suppressed</c> column where present, and records every blanked cell that held a value.
    /// </summary>
    public static ReportTable Apply(
        string id,
        ResultTable table,
        string caption,
        Func<int, IReadOnlyList<object?>, IReadOnlyList<string>> blank
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(blank);
        int flag = table.Columns.ToList().IndexOf("suppressed");
        var cells = new List<TableCell>();
        var rows = new List<object?[]>(table.RowCount);
        int r = 0;
        foreach (var source in table.Rows)
        {
            var row = source.ToArray();
            var columns = blank(r, source);
            foreach (var name in columns)
            {
                int c = table.IndexOf(name);
                cells.Add(new TableCell(r, c));
                row[c] = null;
            }
            if (columns.Count > 0 && flag >= 0)
            {
                row[flag] = true;
            }
            rows.Add(row);
            r++;
        }
        var result = new ResultTable(table.Title, table.Columns, rows, table.Metadata);
        return new ReportTable(id, result, caption, cells);
    }

    private static bool Small(object? cell, int minCell) =>
        cell switch
        {
            int i => IsSmall(i, minCell),
            long l => IsSmall(l, minCell),
            double d => d > 0 && d < minCell,
            _ => false,
        };
}
