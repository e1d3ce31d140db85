using System.Text;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>
/// Reading renderings of a <see cref="ReportTable"/> (Markdown and HTML): numbers rounded for reading, decimal comma
/// in Danish, suppressed cells shown as <c>&lt;min_cell</c>, missing values as an en dash.
/// </summary>
internal static class TableRendering
{
    /// <summary>Tables longer than this are linked from report.md and folded in index.html rather than shown in full.</summary>
    public const int InlineRows = 40;

    public static string Cell(object? value, bool suppressed, int minCell, FigureLanguage language)
    {
        if (suppressed)
        {
            return "<" + minCell.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (value is null || value is double d && double.IsNaN(d))
        {
            return "–";
        }
        string text = ResultTableWriter.ReadingCell(value);
        return language == FigureLanguage.Danish && value is double or float ? text.Replace('.', ',') : text;
    }

    public static bool IsNumeric(object? value) => value is double or float or int or long or decimal;

    public static string Markdown(ReportTable table, int minCell, FigureLanguage language, int? maxRows = null)
    {
        var suppressed = table.SuppressedCells.ToHashSet();
        var t = table.Table;
        var sb = new StringBuilder();
        sb.Append("| ").Append(string.Join(" | ", t.Columns.Select(Escape))).Append(" |\n");
        sb.Append('|')
            .Append(string.Join("|", t.Columns.Select((_, i) => IsNumericColumn(t, i) ? "---:" : "---")))
            .Append("|\n");
        int r = 0;
        foreach (var row in t.Rows)
        {
            if (maxRows is { } max && r >= max)
            {
                break;
            }
            sb.Append("| ");
            sb.Append(
                string.Join(
                    " | ",
                    row.Select((v, c) => Escape(Cell(v, suppressed.Contains(new TableCell(r, c)), minCell, language)))
                )
            );
            sb.Append(" |\n");
            r++;
        }
        return sb.ToString();
    }

    public static void Html(
        StringBuilder sb,
        ReportTable table,
        string caption,
        int minCell,
        FigureLanguage language,
        string suppressedTitle
    )
    {
        var suppressed = table.SuppressedCells.ToHashSet();
        var t = table.Table;
        sb.Append("<table>\n<caption>").Append(HtmlText.Escape(caption)).Append("</caption>\n<thead><tr>");
        foreach (var c in t.Columns)
        {
            sb.Append("<th scope=\"col\">").Append(HtmlText.Escape(c)).Append("</th>");
        }
        sb.Append("</tr></thead>\n<tbody>\n");
        int r = 0;
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                bool hidden = suppressed.Contains(new TableCell(r, c));
                string text = Cell(row[c], hidden, minCell, language);
                if (hidden)
                {
                    sb.Append("<td class=\"num suppressed\"><abbr title=\"")
                        .Append(HtmlText.Escape(suppressedTitle))
                        .Append("\">")
                        .Append(HtmlText.Escape(text))
                        .Append("</abbr></td>");
                }
                else
                {
                    sb.Append(IsNumeric(row[c]) ? "<td class=\"num\">" : "<td>")
                        .Append(HtmlText.Escape(text))
                        .Append("</td>");
                }
            }
            sb.Append("</tr>\n");
            r++;
        }
        sb.Append("</tbody>\n</table>\n");
    }

    private static bool IsNumericColumn(ResultTable t, int column) =>
        t.Rows.Any(r => IsNumeric(r[column])) && t.Rows.All(r => r[column] is null || IsNumeric(r[column]));

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
