using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// A reference line across the whole data area at a fixed value (ScottPlot's <c>HorizontalLine</c>/<c>VerticalLine</c>),
/// e.g. zero effect or an SMD threshold. Its value is included in the axis limits so it is always visible.
/// </summary>
public sealed class AxisLine : IPlottable
{
    /// <summary>Creates a horizontal (<see cref="Orientation.Horizontal"/>: constant y) or vertical (constant x) line.</summary>
    public AxisLine(double position, Orientation orientation)
    {
        Position = position;
        Orientation = orientation;
    }

    /// <summary>Data value where the line sits.</summary>
    public double Position { get; }

    /// <summary>Horizontal: constant y across the panel; Vertical: constant x.</summary>
    public Orientation Orientation { get; }

    /// <summary>Line colour.</summary>
    public Color Color { get; set; } = Colors.DarkGray;

    /// <summary>Line width in px.</summary>
    public double LineWidth { get; set; } = 1;

    /// <summary>Dash pattern.</summary>
    public LinePattern LinePattern { get; set; } = LinePattern.Solid;

    /// <summary>Legend text; null or empty for none.</summary>
    public string? Label { get; set; }

    /// <inheritdoc/>
    public int SuppressedCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label) ? [] : [new LegendItem(Label, Color, LegendSymbol.Line, LinePattern)];

    /// <inheritdoc/>
    public AxisLimits GetLimits() =>
        Orientation == Orientation.Horizontal
            ? new AxisLimits(DataRange.Empty, DataRange.Empty.Include(Position))
            : new AxisLimits(DataRange.Empty.Include(Position), DataRange.Empty);

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!double.IsFinite(Position))
        {
            return;
        }
        var area = context.Map.Area;
        var stroke = new Stroke(Color, LineWidth, LinePattern);
        if (Orientation == Orientation.Horizontal)
        {
            double y = context.Map.Y(Position);
            context.Canvas.Line(new(area.Left, y), new(area.Right, y), stroke);
        }
        else
        {
            double x = context.Map.X(Position);
            context.Canvas.Line(new(x, area.Top), new(x, area.Bottom), stroke);
        }
    }
}
