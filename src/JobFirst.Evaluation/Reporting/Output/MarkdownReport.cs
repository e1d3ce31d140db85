using System.Globalization;
using System.Text;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>Writes <c>report.md</c>: headings, figures embedded as SVG images with numbered captions, tables inline (long ones linked).</summary>
internal static class MarkdownReport
{
    public static string Write(ReportDocument doc)
    {
        var sb = new StringBuilder();
        var text = doc.Text;
        sb.Append("# ").Append(doc.Title).Append("\n\n");
        sb.Append(string.Format(CultureInfo.InvariantCulture, text.GeneratedBy, doc.EngineVersion, doc.SpecName))
            .Append(' ')
            .Append(text.ManifestNote)
            .Append("\n\n");
        sb.Append("## ").Append(text.Contents).Append("\n\n");
        for (int i = 0; i < doc.Sections.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1}. {doc.Sections[i].Heading}\n");
        }
        sb.Append('\n');
        for (int i = 0; i < doc.Sections.Count; i++)
        {
            var s = doc.Sections[i];
            sb.Append(CultureInfo.InvariantCulture, $"## {i + 1}. {s.Heading}\n\n");
            if (s.Introduction.Length > 0)
            {
                sb.Append(s.Introduction).Append("\n\n");
            }
            foreach (var f in s.Figures)
            {
                string label = string.Create(CultureInfo.InvariantCulture, $"{text.Figure} {f.Number}");
                sb.Append("![")
                    .Append(label)
                    .Append(". ")
                    .Append(f.Source.Figure.Title)
                    .Append("](")
                    .Append(f.SvgPath)
                    .Append(")\n\n");
                sb.Append("**").Append(label).Append(".** ").Append(f.Source.Caption).Append("\n\n");
            }
            foreach (var t in s.Tables)
            {
                string label = string.Create(CultureInfo.InvariantCulture, $"{text.Table} {t.Number}");
                sb.Append("**").Append(label).Append(".** ").Append(t.Source.Caption).Append("\n\n");
                int rows = t.Source.Table.RowCount;
                if (rows <= TableRendering.InlineRows)
                {
                    sb.Append(TableRendering.Markdown(t.Source, doc.MinCell, doc.Language)).Append('\n');
                }
                else
                {
                    sb.Append(TableRendering.Markdown(t.Source, doc.MinCell, doc.Language, TableRendering.InlineRows));
                    sb.Append(CultureInfo.InvariantCulture, $"| … |\n\n");
                    sb.Append(
                        CultureInfo.InvariantCulture,
                        $"{TableRendering.InlineRows} of {rows} rows; all in [{t.MarkdownPath}]({t.MarkdownPath}).\n\n"
                    );
                }
                sb.Append('[').Append(text.DownloadCsv).Append("](").Append(t.CsvPath).Append(")\n\n");
            }
        }
        sb.Append("## ").Append(text.DisclosureControl).Append("\n\n");
        sb.Append(
                string.Format(
                    CultureInfo.InvariantCulture,
                    text.DisclosureSummary,
                    doc.MinCell,
                    doc.SuppressedCells,
                    doc.SuppressedItems
                )
            )
            .Append('\n');
        return sb.ToString();
    }

    /// <summary>The stand-alone Markdown file of one table (<c>tables/{stem}.md</c>).</summary>
    public static string Table(ReportDocument doc, DocumentTable table)
    {
        string label = string.Create(CultureInfo.InvariantCulture, $"{doc.Text.Table} {table.Number}");
        return "**"
            + label
            + ".** "
            + table.Source.Caption
            + "\n\n"
            + TableRendering.Markdown(table.Source, doc.MinCell, doc.Language);
    }
}
