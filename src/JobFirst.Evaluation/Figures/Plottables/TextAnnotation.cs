using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>Text placed at a data position, optionally shifted by a pixel offset (ScottPlot's <c>Text</c>). Does not affect axis limits.</summary>
public sealed class TextAnnotation : IPlottable
{
    /// <summary>Creates an annotation at (<paramref name="x"/>, <paramref name="y"/>) in data units.</summary>
    public TextAnnotation(string text, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        X = x;
        Y = y;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Data x of the anchor.</summary>
    public double X { get; }

    /// <summary>Data y of the anchor.</summary>
    public double Y { get; }

    /// <summary>Font size in px.</summary>
    public double FontSize { get; set; } = 12;

    /// <summary>Text colour.</summary>
    public Color Color { get; set; } = Colors.DarkGray;

    /// <summary>Horizontal alignment.</summary>
    public TextAnchor Anchor { get; set; } = TextAnchor.Start;

    /// <summary>Vertical alignment.</summary>
    public TextBaseline Baseline { get; set; } = TextBaseline.Middle;

    /// <summary>Font weight.</summary>
    public FontWeight Weight { get; set; } = FontWeight.Normal;

    /// <summary>Pixel offset to the right.</summary>
    public double OffsetX { get; set; }

    /// <summary>Pixel offset downwards.</summary>
    public double OffsetY { get; set; }

    /// <summary>
    /// Keep clear of the labels placed before it in the panel (point labels of a scatter): when the text at its offset
    /// would overlap one, the mirrored positions (left of the anchor, below it) are tried in turn, and the label is
    /// left out when all of them overlap. Deterministic: the result depends only on the drawing order.
    /// </summary>
    public bool AvoidOverlap { get; set; }

    /// <inheritdoc/>
    public int SuppressedCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems => [];

    /// <inheritdoc/>
    public AxisLimits GetLimits() => AxisLimits.Empty;

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!double.IsFinite(X) || !double.IsFinite(Y))
        {
            return;
        }
        var p = context.Map.Point(X, Y);
        if (!AvoidOverlap)
        {
            context.Canvas.Text(
                new PixelPoint(p.X + OffsetX, p.Y + OffsetY),
                Text,
                new TextStyle(FontSize, Color, Anchor, Baseline, Weight)
            );
            return;
        }
        double width = TextMeasure.Width(Text, FontSize, Weight);
        // Candidates: as asked, mirrored to the left, then on the other side of the point vertically, a full line away.
        double line = FontSize * 1.2 + 3;
        double other = OffsetY < 0 ? OffsetY + line : OffsetY - line;
        foreach (
            var (dx, dy, anchor) in new[]
            {
                (OffsetX, OffsetY, Anchor),
                (-OffsetX, OffsetY, Mirror(Anchor)),
                (OffsetX, other, Anchor),
                (-OffsetX, other, Mirror(Anchor)),
            }
        )
        {
            var at = new PixelPoint(p.X + dx, p.Y + dy);
            var box = Box(at, width, anchor);
            if (context.PlacedLabels.Any(b => Overlaps(b, box)))
            {
                continue;
            }
            context.PlacedLabels.Add(box);
            context.Canvas.Text(at, Text, new TextStyle(FontSize, Color, anchor, Baseline, Weight));
            return;
        }
    }

    private static TextAnchor Mirror(TextAnchor anchor) =>
        anchor switch
        {
            TextAnchor.Start => TextAnchor.End,
            TextAnchor.End => TextAnchor.Start,
            _ => anchor,
        };

    private PixelRect Box(PixelPoint at, double width, TextAnchor anchor)
    {
        double left = anchor switch
        {
            TextAnchor.Start => at.X,
            TextAnchor.End => at.X - width,
            _ => at.X - width / 2,
        };
        double top = Baseline switch
        {
            TextBaseline.Top => at.Y,
            TextBaseline.Middle => at.Y - FontSize * 0.6,
            _ => at.Y - FontSize,
        };
        return new PixelRect(left - 1, top - 1, width + 2, FontSize * 1.2 + 2);
    }

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
