using System.Globalization;
using System.Text;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>
/// Writes <c>index.html</c>: one self-contained page (also well-formed XML, so tests can parse it) (inline CSS and inline SVG, no scripts, no external
/// resources) with a table of contents, numbered figures (<c>figure</c>/<c>figcaption</c>, the SVG's own
/// <c>title</c>/<c>desc</c> as its accessible name) and tables (<c>caption</c>, <c>th scope</c>), long ones folded
/// in <c>details</c>.
/// </summary>
internal static class HtmlReport
{
    private const string Style =
        "body{font-family:sans-serif;line-height:1.45;color:#1a1a1a;background:#fff;margin:0}"
        + "main{max-width:60rem;margin:0 auto;padding:1.5rem}"
        + "figure{margin:2rem 0}figure svg{max-width:100%;height:auto;display:block}"
        + "figcaption,caption{font-size:.95rem;text-align:left;margin:.5rem 0}"
        + "table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}"
        + "th,td{border:1px solid #bbb;padding:.2rem .5rem}th{background:#f0f0f0}"
        + "td.num{text-align:right;font-variant-numeric:tabular-nums}td.suppressed{font-style:italic;background:#f7f7f7}"
        + "a{color:#0b5394}.provenance{color:#444;font-size:.9rem}";

    public static string Write(ReportDocument doc)
    {
        var text = doc.Text;
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"")
            .Append(text.LanguageTag)
            .Append("\">\n<head>\n<meta charset=\"utf-8\" />\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        sb.Append("<title>").Append(HtmlText.Escape(doc.Title)).Append("</title>\n");
        sb.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<h1>").Append(HtmlText.Escape(doc.Title)).Append("</h1>\n");
        sb.Append("<p class=\"provenance\">")
            .Append(
                HtmlText.Escape(
                    string.Format(CultureInfo.InvariantCulture, text.GeneratedBy, doc.EngineVersion, doc.SpecName)
                )
            )
            .Append(' ')
            .Append(HtmlText.Escape(text.ManifestNote))
            .Append(" <a href=\"manifest.json\">manifest.json</a></p>\n");
        sb.Append("<nav aria-label=\"")
            .Append(HtmlText.Escape(text.Contents))
            .Append("\">\n<h2>")
            .Append(HtmlText.Escape(text.Contents))
            .Append("</h2>\n<ol>\n");
        foreach (var s in doc.Sections)
        {
            sb.Append("<li><a href=\"#sec-")
                .Append(s.Key)
                .Append("\">")
                .Append(HtmlText.Escape(s.Heading))
                .Append("</a></li>\n");
        }
        sb.Append("<li><a href=\"#disclosure\">")
            .Append(HtmlText.Escape(text.DisclosureControl))
            .Append("</a></li>\n</ol>\n</nav>\n");
        string suppressedTitle = string.Format(CultureInfo.InvariantCulture, text.SuppressedCellTitle, doc.MinCell);
        for (int i = 0; i < doc.Sections.Count; i++)
        {
            var s = doc.Sections[i];
            sb.Append("<section id=\"sec-")
                .Append(s.Key)
                .Append("\" aria-labelledby=\"h-")
                .Append(s.Key)
                .Append("\">\n");
            sb.Append("<h2 id=\"h-")
                .Append(s.Key)
                .Append("\">")
                .Append(CultureInfo.InvariantCulture, $"{i + 1}. ")
                .Append(HtmlText.Escape(s.Heading))
                .Append("</h2>\n");
            if (s.Introduction.Length > 0)
            {
                sb.Append("<p>").Append(HtmlText.Escape(s.Introduction)).Append("</p>\n");
            }
            foreach (var f in s.Figures)
            {
                sb.Append("<figure id=\"fig-").Append(f.Stem).Append("\">\n");
                sb.Append(
                    Figures.Svg.SvgWriter.WriteInline(
                        f.Source.Figure,
                        "f" + f.Number.ToString(CultureInfo.InvariantCulture) + "-"
                    )
                );
                sb.Append("<figcaption><strong>")
                    .Append(HtmlText.Escape(string.Create(CultureInfo.InvariantCulture, $"{text.Figure} {f.Number}.")))
                    .Append("</strong> ")
                    .Append(HtmlText.Escape(f.Source.Caption))
                    .Append(" <a href=\"")
                    .Append(f.SvgPath)
                    .Append("\">SVG</a>");
                if (f.HasPng)
                {
                    sb.Append(" <a href=\"").Append(f.PngPath).Append("\">PNG</a>");
                }
                sb.Append("</figcaption>\n</figure>\n");
            }
            foreach (var t in s.Tables)
            {
                string caption =
                    string.Create(CultureInfo.InvariantCulture, $"{text.Table} {t.Number}. ") + t.Source.Caption;
                bool fold = t.Source.Table.RowCount > TableRendering.InlineRows;
                if (fold)
                {
                    sb.Append("<details id=\"tab-")
                        .Append(t.Stem)
                        .Append("\">\n<summary>")
                        .Append(HtmlText.Escape(caption))
                        .Append(CultureInfo.InvariantCulture, $" ({t.Source.Table.RowCount} rows)")
                        .Append("</summary>\n");
                }
                else
                {
                    sb.Append("<div id=\"tab-").Append(t.Stem).Append("\">\n");
                }
                TableRendering.Html(sb, t.Source, caption, doc.MinCell, doc.Language, suppressedTitle);
                sb.Append("<p><a href=\"")
                    .Append(t.CsvPath)
                    .Append("\">")
                    .Append(HtmlText.Escape(text.DownloadCsv))
                    .Append("</a></p>\n");
                sb.Append(fold ? "</details>\n" : "</div>\n");
            }
            sb.Append("</section>\n");
        }
        sb.Append("<section id=\"disclosure\" aria-labelledby=\"h-disclosure\">\n<h2 id=\"h-disclosure\">")
            .Append(HtmlText.Escape(text.DisclosureControl))
            .Append("</h2>\n<p>")
            .Append(
                HtmlText.Escape(
                    string.Format(
                        CultureInfo.InvariantCulture,
                        text.DisclosureSummary,
                        doc.MinCell,
                        doc.SuppressedCells,
                        doc.SuppressedItems
                    )
                )
            )
            .Append("</p>\n</section>\n");
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
