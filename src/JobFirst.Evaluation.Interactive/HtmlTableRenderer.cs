using System.Net;
using System.Text;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Interactive;

/// <summary>Renders a <see cref="ResultTable"/> as an HTML table (HTML-escaped, culture-invariant numbers).</summary>
public static class HtmlTableRenderer
{
    /// <summary>The HTML for <paramref name="table"/>: caption, header, rows and a metadata footnote.</summary>
    public static string Render(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("<table class=\"jobfirst-table\">");
        if (table.Title.Length > 0)
        {
            sb.Append("<caption>").Append(WebUtility.HtmlEncode(table.Title)).Append("</caption>");
        }
        sb.Append("<thead><tr>");
        foreach (var c in table.Columns)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        }
        sb.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                bool numeric = cell is double or int or long or float;
                sb.Append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                    .Append(WebUtility.HtmlEncode(ResultTableWriter.ReadingCell(cell)))
                    .Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody>");
        if (table.Metadata.Count > 0)
        {
            sb.Append("<tfoot><tr><td colspan=\"").Append(table.Columns.Count).Append("\"><small>");
            sb.AppendJoin("; ", table.Metadata.Select(kv => WebUtility.HtmlEncode($"{kv.Key}: {kv.Value}")));
            sb.Append("</small></td></tr></tfoot>");
        }
        sb.Append("</table>");
        return sb.ToString();
    }
}
