using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>A labelled box of a flow diagram: centre and size in data units, one or more centred text lines (the leading ones bold).</summary>
public sealed class FlowBox : IPlottable
{
    /// <summary>Creates a box centred at (<paramref name="centerX"/>, <paramref name="centerY"/>).</summary>
    public FlowBox(double centerX, double centerY, double width, double height, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        CenterX = centerX;
        CenterY = centerY;
        Width = width;
        Height = height;
        Lines = lines;
    }

    /// <summary>Data x of the centre.</summary>
    public double CenterX { get; }

    /// <summary>Data y of the centre.</summary>
    public double CenterY { get; }

    /// <summary>Width in data units.</summary>
    public double Width { get; }

    /// <summary>Height in data units.</summary>
    public double Height { get; }

    /// <summary>Text lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Fill colour.</summary>
    public Color FillColor { get; set; } = new(0xee, 0xf4, 0xfa);

    /// <summary>Border colour.</summary>
    public Color BorderColor { get; set; } = Colors.Treatment;

    /// <summary>Number of leading lines drawn in bold (the heading).</summary>
    public int BoldLineCount { get; set; } = 1;

    /// <summary>Font size in px.</summary>
    public double FontSize { get; set; } = 12;

    /// <inheritdoc/>
    public int SuppressedCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems => [];

    /// <inheritdoc/>
    public AxisLimits GetLimits() =>
        new(
            DataRange.Empty.Include(CenterX - Width / 2).Include(CenterX + Width / 2),
            DataRange.Empty.Include(CenterY - Height / 2).Include(CenterY + Height / 2)
        );

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Map;
        double left = map.X(CenterX - Width / 2);
        double right = map.X(CenterX + Width / 2);
        double top = map.Y(CenterY + Height / 2);
        double bottom = map.Y(CenterY - Height / 2);
        context.Canvas.Rectangle(
            new PixelRect(left, top, right - left, bottom - top),
            new Fill(FillColor),
            new Stroke(BorderColor, 1.5)
        );
        double lineHeight = FontSize * 1.35;
        double y0 = (top + bottom) / 2 - (Lines.Count - 1) * lineHeight / 2;
        for (int i = 0; i < Lines.Count; i++)
        {
            context.Canvas.Text(
                new PixelPoint((left + right) / 2, y0 + i * lineHeight),
                Lines[i],
                new TextStyle(
                    FontSize,
                    Colors.Black,
                    TextAnchor.Middle,
                    TextBaseline.Middle,
                    i < BoldLineCount ? FontWeight.Bold : FontWeight.Normal
                )
            );
        }
    }
}
