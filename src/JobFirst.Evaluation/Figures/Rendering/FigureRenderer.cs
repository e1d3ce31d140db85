using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>
/// Renders a <see cref="Figure"/> to a recorded <see cref="Drawing"/> through an ordered list of named steps:
/// layout → background → title → per panel (grid, plottables clipped to the data area, axes, legend) →
/// at-risk table → footnotes. Layout uses estimated text widths only, so output never depends on installed fonts.
/// </summary>
internal static class FigureRenderer
{
    private const double TickFont = 12;
    private const double LabelFont = 13;
    private const double TitleFont = 16;
    private const double PanelTitleFont = 14;
    private const double FootnoteFont = 11;
    private const double LegendRowHeight = 18;
    private const double AtRiskRowHeight = 17;

    private static readonly RenderStep[] Steps =
    [
        new("layout", Layout),
        new("background", Background),
        new("title", Title),
        new("grid", Grid),
        new("plottables", Plottables),
        new("axes", Axes),
        new("legend", Legends),
        new("at-risk table", AtRisk),
        new("footnotes", Footnotes),
    ];

    public static IReadOnlyList<string> StepNames { get; } = [.. Steps.Select(s => s.Name)];

    public static Drawing Render(Figure figure)
    {
        var state = new RenderState(figure);
        foreach (var step in Steps)
        {
            step.Run(state);
            state.StepsRun.Add(step.Name);
        }
        // Every SVG gets a non-empty <title>: the figure title, else the first panel title, else a generic word.
        string title = !string.IsNullOrWhiteSpace(figure.Title)
            ? figure.Title
            : figure.Panels.Select(p => p.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
                ?? (figure.Language == FigureLanguage.Danish ? "Figur" : "Figure");
        string description = string.IsNullOrWhiteSpace(figure.Description) ? Describe(state) : figure.Description;
        return new Drawing(
            Size(figure.Width),
            Size(figure.Height),
            title,
            description,
            state.Canvas.Clips,
            state.Canvas.Commands,
            state.StepsRun
        );
    }

    private static double Size(double v) => double.IsFinite(v) && v >= 50 ? v : 50;

    private static void Layout(RenderState s)
    {
        var f = s.Figure;
        double width = Size(f.Width);
        double height = Size(f.Height);
        s.TitleLines = TextMeasure.Wrap(f.Title, TitleFont, width - 24, FontWeight.Bold);
        var notes = f.Footnotes.ToList();
        if (f.HasSuppressions)
        {
            notes.Add(string.Format(CultureInfo.InvariantCulture, s.Labels.SuppressedFootnote, f.MinCellSize));
        }
        s.FootnoteLines = [.. notes.SelectMany(n => TextMeasure.Wrap(n, FootnoteFont, width - 24))];

        double top = s.TitleLines.Count == 0 ? 6 : 12 + s.TitleLines.Count * 20;
        double bottom = height - (s.FootnoteLines.Count == 0 ? 4 : 8 + s.FootnoteLines.Count * 14);
        int columns = Math.Max(1, f.Columns);
        int rows = Math.Max(1, (f.Panels.Count + columns - 1) / columns);
        double cellWidth = width / columns;
        double cellHeight = Math.Max(40, (bottom - top) / rows);
        for (int i = 0; i < f.Panels.Count; i++)
        {
            var cell = new PixelRect(
                (i % columns) * cellWidth,
                top + (i / columns) * cellHeight,
                cellWidth,
                cellHeight
            );
            s.Panels.Add(LayoutPanel(s, i, f.Panels[i], cell));
        }
    }

    private static PanelLayout LayoutPanel(RenderState s, int index, Plot plot, PixelRect cell)
    {
        var limits = AxisLimits.Empty;
        foreach (var p in plot.Plottables)
        {
            limits = limits.Union(p.GetLimits());
        }
        var lang = s.Figure.Language;
        // Rough data-area size before margins are known; used only to thin out ticks whose labels would collide.
        double approxWidth = Math.Max(40, cell.Width - 110);
        double approxHeight = Math.Max(30, cell.Height - 110);
        var x = AxisResolver.ResolveToFit(
            plot.Axes.X,
            limits.X,
            lang,
            approxWidth,
            label => TextMeasure.Width(label, TickFont)
        );
        var y = AxisResolver.ResolveToFit(plot.Axes.Y, limits.Y, lang, approxHeight, _ => TickFont + 4);
        var legendItems =
            plot.Legend.Position == LegendPosition.Hidden
                ? []
                : plot.Plottables.SelectMany(p => p.LegendItems).ToList();
        var atRisk = s.Figure.AtRiskTable is { } t && t.PanelIndex == index ? t : null;

        double top = cell.Top + 10 + (string.IsNullOrEmpty(plot.Title) ? 0 : 22);
        double left;
        double right;
        double reservedBottom;
        if (plot.Axes.Visible)
        {
            double yTickWidth = y.Ticks.Count == 0 ? 0 : y.Ticks.Max(t => TextMeasure.Width(t.Label, TickFont));
            left = cell.Left + 10 + (string.IsNullOrEmpty(plot.Axes.Y.Label) ? 0 : 22) + yTickWidth + 8;
            if (atRisk is not null)
            {
                double rowLabel =
                    atRisk.Rows.Count == 0
                        ? 0
                        : atRisk.Rows.Max(r => TextMeasure.Width(r.Label, TickFont, FontWeight.Bold));
                left = Math.Max(left, cell.Left + 10 + rowLabel + AtRiskLabelGap(atRisk));
            }
            double lastX = x.Ticks.Count == 0 ? 0 : TextMeasure.Width(x.Ticks[^1].Label, TickFont) / 2;
            if (atRisk is not null)
            {
                lastX = Math.Max(lastX, AtRiskLabelGap(atRisk) - 10);
            }
            right = cell.Right - Math.Max(16, lastX + 6);
            reservedBottom = 22 + (string.IsNullOrEmpty(plot.Axes.X.Label) ? 0 : 20);
        }
        else
        {
            left = cell.Left + 10;
            right = cell.Right - 10;
            reservedBottom = 4;
        }
        var legendRows =
            plot.Legend.Position == LegendPosition.Below
                ? FlowLegend(legendItems, Math.Max(60, right - left), plot.Legend.FontSize)
                : [];
        double legendHeight = legendRows.Count * LegendRowHeight + (legendRows.Count > 0 ? 4 : 0);
        double atRiskHeight = atRisk is null ? 0 : (atRisk.Rows.Count + 1) * AtRiskRowHeight + 10;
        double dataBottom = cell.Bottom - 6 - reservedBottom - legendHeight - atRiskHeight;
        // Tiny panels still get a positive data area; content may then overlap but nothing throws.
        var area = new PixelRect(left, top, Math.Max(10, right - left), Math.Max(10, dataBottom - top));
        var map = new CoordinateMapper(area, x.Min, x.Max, y.Min, y.Max);
        double legendTop = area.Bottom + reservedBottom + 4;
        return new PanelLayout(
            index,
            plot,
            cell,
            area,
            x,
            y,
            map,
            legendItems,
            legendRows,
            legendTop,
            legendTop + legendHeight + 6
        );
    }

    /// <summary>Gap between the at-risk row labels and the data area: half the widest cell (cells are centred on their times) plus 10 px.</summary>
    private static double AtRiskLabelGap(AtRiskTable table)
    {
        double widest = table
            .Rows.SelectMany(r => r.Cells)
            .Select(c => TextMeasure.Width(c, TickFont))
            .DefaultIfEmpty(0)
            .Max();
        return widest / 2 + 10;
    }

    private static List<IReadOnlyList<LegendItem>> FlowLegend(
        IReadOnlyList<LegendItem> items,
        double width,
        double font
    )
    {
        var rows = new List<IReadOnlyList<LegendItem>>();
        var row = new List<LegendItem>();
        double used = 0;
        foreach (var item in items)
        {
            double w = LegendItemWidth(item, font);
            if (row.Count > 0 && used + w > width)
            {
                rows.Add(row);
                row = [];
                used = 0;
            }
            row.Add(item);
            used += w;
        }
        if (row.Count > 0)
        {
            rows.Add(row);
        }
        return rows;
    }

    private static double LegendItemWidth(LegendItem item, double font) =>
        26 + TextMeasure.Width(item.Label, font) + 18;

    private static void Background(RenderState s) =>
        s.Canvas.Rectangle(
            new PixelRect(0, 0, Size(s.Figure.Width), Size(s.Figure.Height)),
            new Fill(Colors.White),
            null
        );

    private static void Title(RenderState s)
    {
        double cx = Size(s.Figure.Width) / 2;
        for (int i = 0; i < s.TitleLines.Count; i++)
        {
            s.Canvas.Text(
                new PixelPoint(cx, 24 + i * 20),
                s.TitleLines[i],
                new TextStyle(TitleFont, Colors.Black, TextAnchor.Middle, TextBaseline.Alphabetic, FontWeight.Bold)
            );
        }
        foreach (var p in s.Panels.Where(p => !string.IsNullOrEmpty(p.Plot.Title)))
        {
            s.Canvas.Text(
                new PixelPoint(p.DataArea.CenterX, p.DataArea.Top - 12),
                p.Plot.Title,
                new TextStyle(PanelTitleFont, Colors.Black, TextAnchor.Middle, TextBaseline.Alphabetic, FontWeight.Bold)
            );
        }
    }

    private static void Grid(RenderState s)
    {
        var stroke = new Stroke(Colors.LightGray, 1);
        foreach (var p in s.Panels.Where(p => p.Plot.Axes.Visible))
        {
            s.Canvas.BeginGroup(PanelName(p) + " grid", null);
            var a = p.DataArea;
            if (p.Plot.Axes.Y.ShowGrid)
            {
                foreach (var t in p.Y.Ticks)
                {
                    double y = p.Map.Y(t.Position);
                    s.Canvas.Line(new(a.Left, y), new(a.Right, y), stroke);
                }
            }
            if (p.Plot.Axes.X.ShowGrid)
            {
                foreach (var t in p.X.Ticks)
                {
                    double x = p.Map.X(t.Position);
                    s.Canvas.Line(new(x, a.Top), new(x, a.Bottom), stroke);
                }
            }
            s.Canvas.EndGroup();
        }
    }

    private static void Plottables(RenderState s)
    {
        foreach (var p in s.Panels)
        {
            var ctx = new PlotRenderContext(s.Canvas, p.Map, s.Figure.Language);
            // The clip extends a few pixels beyond the data area so markers on the edge are drawn whole.
            var a = p.DataArea;
            s.Canvas.BeginGroup(
                PanelName(p) + " data",
                new PixelRect(a.Left - 6, a.Top - 6, a.Width + 12, a.Height + 12)
            );
            foreach (var plottable in p.Plot.Plottables)
            {
                plottable.Render(ctx);
            }
            s.Canvas.EndGroup();
        }
    }

    private static void Axes(RenderState s)
    {
        var axisStroke = new Stroke(Colors.DarkGray, 1);
        var tickStyle = new TextStyle(TickFont, Colors.DarkGray);
        var labelStyle = new TextStyle(LabelFont, Colors.Black, TextAnchor.Middle, TextBaseline.Middle);
        foreach (var p in s.Panels.Where(p => p.Plot.Axes.Visible))
        {
            var a = p.DataArea;
            s.Canvas.BeginGroup(PanelName(p) + " axes", null);
            s.Canvas.Line(new(a.Left, a.Bottom), new(a.Right, a.Bottom), axisStroke);
            s.Canvas.Line(new(a.Left, a.Top), new(a.Left, a.Bottom), axisStroke);
            foreach (var t in p.X.Ticks)
            {
                double x = p.Map.X(t.Position);
                s.Canvas.Line(new(x, a.Bottom), new(x, a.Bottom + 4), axisStroke);
                s.Canvas.Text(
                    new(x, a.Bottom + 7),
                    t.Label,
                    tickStyle with
                    {
                        Anchor = TextAnchor.Middle,
                        Baseline = TextBaseline.Top,
                    }
                );
            }
            foreach (var t in p.Y.Ticks)
            {
                double y = p.Map.Y(t.Position);
                s.Canvas.Line(new(a.Left - 4, y), new(a.Left, y), axisStroke);
                s.Canvas.Text(
                    new(a.Left - 7, y),
                    t.Label,
                    tickStyle with
                    {
                        Anchor = TextAnchor.End,
                        Baseline = TextBaseline.Middle,
                    }
                );
            }
            if (!string.IsNullOrEmpty(p.Plot.Axes.X.Label))
            {
                s.Canvas.Text(new(a.CenterX, a.Bottom + 32), p.Plot.Axes.X.Label, labelStyle);
            }
            if (!string.IsNullOrEmpty(p.Plot.Axes.Y.Label))
            {
                s.Canvas.Text(
                    new(p.Cell.Left + 18, a.CenterY),
                    p.Plot.Axes.Y.Label,
                    labelStyle with
                    {
                        Rotation = -90,
                    }
                );
            }
            s.Canvas.EndGroup();
        }
    }

    private static void Legends(RenderState s)
    {
        foreach (var p in s.Panels.Where(p => p.LegendItems.Count > 0))
        {
            double font = p.Plot.Legend.FontSize;
            s.Canvas.BeginGroup(PanelName(p) + " legend", null);
            if (p.Plot.Legend.Position == LegendPosition.Below)
            {
                for (int r = 0; r < p.LegendRows.Count; r++)
                {
                    var row = p.LegendRows[r];
                    double total = row.Sum(i => LegendItemWidth(i, font)) - 18;
                    double x = p.DataArea.CenterX - total / 2;
                    double y = p.LegendTop + r * LegendRowHeight + LegendRowHeight / 2;
                    foreach (var item in row)
                    {
                        LegendEntry(s.Canvas, item, x, y, font);
                        x += LegendItemWidth(item, font);
                    }
                }
            }
            else
            {
                double w = p.LegendItems.Max(i => LegendItemWidth(i, font)) - 8;
                double h = p.LegendItems.Count * LegendRowHeight + 8;
                var a = p.DataArea;
                bool leftSide = p.Plot.Legend.Position is LegendPosition.UpperLeft or LegendPosition.LowerLeft;
                bool topSide = p.Plot.Legend.Position is LegendPosition.UpperLeft or LegendPosition.UpperRight;
                double bx = leftSide ? a.Left + 8 : a.Right - 8 - w;
                double by = topSide ? a.Top + 8 : a.Bottom - 8 - h;
                s.Canvas.Rectangle(
                    new PixelRect(bx, by, w, h),
                    new Fill(Colors.White, 0.9),
                    new Stroke(Colors.LightGray, 1)
                );
                for (int i = 0; i < p.LegendItems.Count; i++)
                {
                    LegendEntry(
                        s.Canvas,
                        p.LegendItems[i],
                        bx + 8,
                        by + 4 + i * LegendRowHeight + LegendRowHeight / 2,
                        font
                    );
                }
            }
            s.Canvas.EndGroup();
        }
    }

    private static void LegendEntry(RecordingCanvas canvas, LegendItem item, double x, double y, double font)
    {
        switch (item.Symbol)
        {
            case LegendSymbol.Line:
                canvas.Line(new(x, y), new(x + 20, y), new Stroke(item.Color, 2.5, item.Pattern));
                break;
            case LegendSymbol.Area:
                canvas.Rectangle(new PixelRect(x, y - 6, 20, 12), new Fill(item.Color, item.Opacity), null);
                break;
            case LegendSymbol.Box:
                canvas.Rectangle(new PixelRect(x + 2, y - 6, 16, 12), new Fill(item.Color), null);
                break;
            default:
                Markers.Draw(canvas, MarkerShape.Circle, new PixelPoint(x + 10, y), 8, item.Color);
                break;
        }
        canvas.Text(
            new(x + 26, y),
            item.Label,
            new TextStyle(font, Colors.Black, TextAnchor.Start, TextBaseline.Middle)
        );
    }

    private static void AtRisk(RenderState s)
    {
        if (s.Figure.AtRiskTable is not { } table || table.PanelIndex < 0 || table.PanelIndex >= s.Panels.Count)
        {
            return;
        }
        var p = s.Panels[table.PanelIndex];
        double top = p.AtRiskTop;
        s.Canvas.BeginGroup("at-risk table", null);
        s.Canvas.Text(
            new(p.Cell.Left + 10, top + AtRiskRowHeight / 2),
            table.Title,
            new TextStyle(TickFont, Colors.Black, TextAnchor.Start, TextBaseline.Middle, FontWeight.Bold)
        );
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            double y = top + (r + 1.5) * AtRiskRowHeight;
            s.Canvas.Text(
                new(p.DataArea.Left - AtRiskLabelGap(table), y),
                row.Label,
                new TextStyle(TickFont, row.Color, TextAnchor.End, TextBaseline.Middle, FontWeight.Bold)
            );
            for (int i = 0; i < Math.Min(table.Times.Count, row.Cells.Count); i++)
            {
                double t = table.Times[i];
                if (!double.IsFinite(t) || t < p.X.Min || t > p.X.Max)
                {
                    continue;
                }
                s.Canvas.Text(
                    new(p.Map.X(t), y),
                    row.Cells[i],
                    new TextStyle(TickFont, Colors.DarkGray, TextAnchor.Middle, TextBaseline.Middle)
                );
            }
        }
        s.Canvas.EndGroup();
    }

    private static void Footnotes(RenderState s)
    {
        if (s.FootnoteLines.Count == 0)
        {
            return;
        }
        double height = Size(s.Figure.Height);
        double y0 = height - 8 - (s.FootnoteLines.Count - 1) * 14;
        s.Canvas.BeginGroup("footnotes", null);
        for (int i = 0; i < s.FootnoteLines.Count; i++)
        {
            s.Canvas.Text(new(12, y0 + i * 14), s.FootnoteLines[i], new TextStyle(FootnoteFont, Colors.Gray));
        }
        s.Canvas.EndGroup();
    }

    private static string PanelName(PanelLayout p) => "panel" + (p.Index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Describe(RenderState s)
    {
        var lang = s.Figure.Language;
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(s.Figure.Title))
        {
            sb.Append(s.Figure.Title.Trim()).Append('.');
        }
        foreach (var p in s.Panels)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append("Panel ").Append((p.Index + 1).ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(p.Plot.Title))
            {
                sb.Append(" (").Append(p.Plot.Title).Append(')');
            }
            sb.Append(':');
            bool danish = lang == FigureLanguage.Danish;
            if (p.Plot.Axes.Visible)
            {
                AppendAxis(sb, danish ? "x-akse" : "x axis", p.Plot.Axes.X, p.X, lang);
                sb.Append(';');
                AppendAxis(sb, danish ? "y-akse" : "y axis", p.Plot.Axes.Y, p.Y, lang);
            }
            var boxes = p.Plot.Plottables.OfType<Plottables.FlowBox>().Select(b => string.Join(" ", b.Lines)).ToList();
            if (boxes.Count > 0)
            {
                sb.Append(danish ? " bokse: " : " boxes: ").AppendJoin("; ", boxes);
            }
            var names = p.LegendItems.Select(i => i.Label).Distinct().ToList();
            if (names.Count > 0)
            {
                sb.Append("; ").Append(danish ? "serier: " : "series: ").AppendJoin(", ", names);
            }
            sb.Append('.');
        }
        return sb.ToString();
    }

    private static void AppendAxis(StringBuilder sb, string name, Axis axis, ResolvedAxis resolved, FigureLanguage lang)
    {
        sb.Append(' ').Append(name).Append(' ');
        if (!string.IsNullOrEmpty(axis.Label))
        {
            sb.Append('"').Append(axis.Label).Append("\" ");
        }
        if (axis.ManualTicks is { Count: > 0 } ticks)
        {
            sb.AppendJoin(", ", ticks.Select(t => t.Label));
        }
        else
        {
            sb.Append(AxisResolver.Format(resolved.Min, resolved.Step, axis.TickFormat, lang))
                .Append(" – ")
                .Append(AxisResolver.Format(resolved.Max, resolved.Step, axis.TickFormat, lang));
        }
    }
}
