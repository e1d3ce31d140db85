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
        context.Canvas.Text(
            new PixelPoint(p.X + OffsetX, p.Y + OffsetY),
            Text,
            new TextStyle(FontSize, Color, Anchor, Baseline, Weight)
        );
    }
}
