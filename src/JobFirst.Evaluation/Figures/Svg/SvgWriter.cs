using System.Text;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Svg;

/// <summary>
/// Serialises a figure to SVG 1.1 text. Deterministic by construction: invariant-culture numbers with at most two
/// decimals (<see cref="FigureNumberFormat.Coordinate"/>), elements in paint order, clip ids numbered in creation
/// order, no timestamps or random ids, LF line ends. Accessible: <c>role="img"</c> with <c>&lt;title&gt;</c> and
/// <c>&lt;desc&gt;</c>; text uses the generic <c>sans-serif</c> family.
/// </summary>
public static class SvgWriter
{
    /// <summary>Renders <paramref name="figure"/> and returns the SVG document.</summary>
    public static string Write(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Write(FigureRenderer.Render(figure));
    }

    /// <summary>
    /// Renders <paramref name="figure"/> for inlining into an HTML page: no XML declaration, and every id
    /// (<c>fig-title</c>, <c>fig-desc</c>, clip paths) prefixed with <paramref name="idPrefix"/> so several figures
    /// can share one document.
    /// </summary>
    public static string WriteInline(Figure figure, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(idPrefix);
        return Write(FigureRenderer.Render(figure), idPrefix, xmlDeclaration: false);
    }

    internal static string Write(Drawing drawing, string idPrefix = "", bool xmlDeclaration = true)
    {
        var sb = new StringBuilder(16 * 1024);
        string w = N(drawing.Width);
        string h = N(drawing.Height);
        if (xmlDeclaration)
        {
            sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
            .Append(w)
            .Append("\" height=\"")
            .Append(h)
            .Append("\" viewBox=\"0 0 ")
            .Append(w)
            .Append(' ')
            .Append(h)
            .Append("\" role=\"img\" aria-labelledby=\"")
            .Append(idPrefix)
            .Append("fig-title ")
            .Append(idPrefix)
            .Append("fig-desc\" font-family=\"sans-serif\">\n");
        sb.Append("<title id=\"")
            .Append(idPrefix)
            .Append("fig-title\">")
            .Append(XmlText.Escape(drawing.Title))
            .Append("</title>\n");
        sb.Append("<desc id=\"")
            .Append(idPrefix)
            .Append("fig-desc\">")
            .Append(XmlText.Escape(drawing.Description))
            .Append("</desc>\n");
        if (drawing.Clips.Count > 0)
        {
            sb.Append("<defs>\n");
            foreach (var (id, r) in drawing.Clips)
            {
                sb.Append("<clipPath id=\"")
                    .Append(idPrefix)
                    .Append(id)
                    .Append("\"><rect x=\"")
                    .Append(N(r.Left))
                    .Append("\" y=\"")
                    .Append(N(r.Top))
                    .Append("\" width=\"")
                    .Append(N(r.Width))
                    .Append("\" height=\"")
                    .Append(N(r.Height))
                    .Append("\"/></clipPath>\n");
            }
            sb.Append("</defs>\n");
        }
        foreach (var command in drawing.Commands)
        {
            WriteCommand(sb, command, idPrefix);
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static void WriteCommand(StringBuilder sb, DrawCommand command, string idPrefix)
    {
        switch (command)
        {
            case LineCommand c:
                sb.Append("<line x1=\"")
                    .Append(N(c.From.X))
                    .Append("\" y1=\"")
                    .Append(N(c.From.Y))
                    .Append("\" x2=\"")
                    .Append(N(c.To.X))
                    .Append("\" y2=\"")
                    .Append(N(c.To.Y))
                    .Append('"');
                AppendStroke(sb, c.Stroke);
                sb.Append("/>\n");
                break;
            case PolylineCommand c:
                sb.Append("<polyline points=\"");
                AppendPoints(sb, c.Points);
                sb.Append("\" fill=\"none\"");
                AppendStroke(sb, c.Stroke);
                sb.Append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
                break;
            case PolygonCommand c:
                sb.Append("<polygon points=\"");
                AppendPoints(sb, c.Points);
                sb.Append('"');
                AppendFill(sb, c.Fill);
                AppendStroke(sb, c.Stroke);
                sb.Append("/>\n");
                break;
            case RectangleCommand c:
                sb.Append("<rect x=\"")
                    .Append(N(c.Rect.Left))
                    .Append("\" y=\"")
                    .Append(N(c.Rect.Top))
                    .Append("\" width=\"")
                    .Append(N(Math.Max(0, c.Rect.Width)))
                    .Append("\" height=\"")
                    .Append(N(Math.Max(0, c.Rect.Height)))
                    .Append('"');
                AppendFill(sb, c.Fill);
                AppendStroke(sb, c.Stroke);
                sb.Append("/>\n");
                break;
            case CircleCommand c:
                sb.Append("<circle cx=\"")
                    .Append(N(c.Center.X))
                    .Append("\" cy=\"")
                    .Append(N(c.Center.Y))
                    .Append("\" r=\"")
                    .Append(N(c.Radius))
                    .Append('"');
                AppendFill(sb, c.Fill);
                AppendStroke(sb, c.Stroke);
                sb.Append("/>\n");
                break;
            case TextCommand c:
                AppendText(sb, c);
                break;
            case BeginGroupCommand c:
                sb.Append("<g class=\"").Append(XmlText.Escape(c.Name)).Append('"');
                if (c.ClipId is not null)
                {
                    sb.Append(" clip-path=\"url(#").Append(idPrefix).Append(c.ClipId).Append(")\"");
                }
                sb.Append(">\n");
                break;
            case EndGroupCommand:
                sb.Append("</g>\n");
                break;
            default:
                throw new InvalidOperationException("Unknown draw command.");
        }
    }

    private static void AppendText(StringBuilder sb, TextCommand c)
    {
        var s = c.Style;
        // Vertical alignment as an explicit offset: dominant-baseline is not honoured by every renderer.
        double offset = s.Baseline switch
        {
            TextBaseline.Middle => s.Size * 0.35,
            TextBaseline.Top => s.Size * 0.75,
            _ => 0,
        };
        sb.Append("<text x=\"").Append(N(c.Anchor.X)).Append("\" y=\"").Append(N(c.Anchor.Y + offset)).Append('"');
        sb.Append(" font-size=\"").Append(N(s.Size)).Append("\" fill=\"").Append(s.Color.ToHex()).Append('"');
        if (s.Anchor != TextAnchor.Start)
        {
            sb.Append(" text-anchor=\"").Append(s.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }
        if (s.Weight == FontWeight.Bold)
        {
            sb.Append(" font-weight=\"bold\"");
        }
        if (s.Rotation != 0)
        {
            sb.Append(" transform=\"rotate(")
                .Append(N(s.Rotation))
                .Append(' ')
                .Append(N(c.Anchor.X))
                .Append(' ')
                .Append(N(c.Anchor.Y))
                .Append(")\"");
        }
        sb.Append('>').Append(XmlText.Escape(c.Text)).Append("</text>\n");
    }

    private static void AppendPoints(StringBuilder sb, IReadOnlyList<PixelPoint> points)
    {
        for (int i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }
    }

    private static void AppendFill(StringBuilder sb, Fill? fill)
    {
        if (fill is null)
        {
            sb.Append(" fill=\"none\"");
            return;
        }
        sb.Append(" fill=\"").Append(fill.Color.ToHex()).Append('"');
        if (fill.Opacity < 1)
        {
            sb.Append(" fill-opacity=\"").Append(N(Math.Max(0, fill.Opacity))).Append('"');
        }
    }

    private static void AppendStroke(StringBuilder sb, Stroke? stroke)
    {
        if (stroke is null)
        {
            return;
        }
        sb.Append(" stroke=\"")
            .Append(stroke.Color.ToHex())
            .Append("\" stroke-width=\"")
            .Append(N(stroke.Width))
            .Append('"');
        switch (stroke.Pattern)
        {
            case LinePattern.Dashed:
                sb.Append(" stroke-dasharray=\"6 4\"");
                break;
            case LinePattern.Dotted:
                sb.Append(" stroke-dasharray=\"2 3\"");
                break;
            default:
                break;
        }
    }

    private static string N(double v) => FigureNumberFormat.Coordinate(v);
}
