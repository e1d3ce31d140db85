using System.Globalization;
using System.Net;
using System.Text;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Renders a <see cref="ResultTable"/> as an HTML table: every text HTML-escaped, numbers in the reading form of
/// <see cref="ResultTableWriter.ReadingCell(object?, TableDialect)"/> (culture-invariant unless Danish is asked for)
/// and right-aligned, and suppressed cells marked. A cell counts as suppressed when its row has a <c>suppressed</c>
/// column that is true and the cell itself is empty (the convention of every result table with small-cell
/// suppression); it shows <c>n&lt;min_cell</c> with class <c>suppressed</c> and an explanatory title.
/// </summary>
public static class HtmlTableRenderer
{
    /// <summary>The HTML for <paramref name="table"/>: caption, header, rows and a metadata footnote (invariant numbers).</summary>
    public static string Render(ResultTable table) => Render(table, TableDialect.Invariant);

    /// <summary>The HTML for <paramref name="table"/> with the number conventions of <paramref name="dialect"/>.</summary>
    public static string Render(ResultTable table, TableDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(table);
        int suppressedColumn = IndexOf(table, "suppressed");
        string minCell = table.Metadata.TryGetValue("min_cell", out var m) ? m : "5";
        string marker = WebUtility.HtmlEncode("n<" + minCell);
        string title = WebUtility.HtmlEncode($"suppressed: fewer than {minCell} persons");
        var sb = new StringBuilder();
        sb.Append("<table class=\"jobfirst-table\">");
        if (table.Title.Length > 0)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(table.Title)).Append("</caption>");
        }
        sb.Append("<thead><tr>");
        foreach (var c in table.Columns)
        {
            sb.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        }
        sb.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            bool suppressedRow = suppressedColumn >= 0 && row[suppressedColumn] is true;
            sb.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                if (suppressedRow && cell is null)
                {
                    sb.Append("<td class=\"suppressed\" style=\"text-align:right\" title=\"")
                        .Append(title)
                        .Append("\">")
                        .Append(marker)
                        .Append("</td>");
                    continue;
                }
                bool numeric = cell is double or float or int or long or decimal;
                sb.Append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                    .Append(WebUtility.HtmlEncode(ResultTableWriter.ReadingCell(cell, dialect)))
                    .Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody>");
        if (table.Metadata.Count > 0)
        {
            sb.Append("<tfoot><tr><td colspan=\"")
                .Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture))
                .Append("\"><small>");
            sb.AppendJoin("; ", table.Metadata.Select(kv => WebUtility.HtmlEncode($"{kv.Key}: {kv.Value}")));
            sb.Append("</small></td></tr></tfoot>");
        }
        sb.Append("</table>");
        return sb.ToString();
    }

    private static int IndexOf(ResultTable table, string column)
    {
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }
}
