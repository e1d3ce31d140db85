using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// Point estimates with interval whiskers (ScottPlot's <c>ErrorBar</c> plus markers). Vertical: estimate on y
/// at position x. Horizontal: estimate on x at position y (forest plots). Non-finite limits draw the point alone.
/// </summary>
public sealed class ErrorPoints : IPlottable
{
    /// <summary>Creates index-aligned positions, estimates and lower/upper interval limits.</summary>
    public ErrorPoints(
        IReadOnlyList<double> positions,
        IReadOnlyList<double> values,
        IReadOnlyList<double> lows,
        IReadOnlyList<double> highs
    )
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(lows);
        ArgumentNullException.ThrowIfNull(highs);
        Positions = positions;
        Values = values;
        Lows = lows;
        Highs = highs;
    }

    /// <summary>Positions on the category axis.</summary>
    public IReadOnlyList<double> Positions { get; }

    /// <summary>Point estimates.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Lower interval limits.</summary>
    public IReadOnlyList<double> Lows { get; }

    /// <summary>Upper interval limits.</summary>
    public IReadOnlyList<double> Highs { get; }

    /// <summary>Per-point disclosure flags.</summary>
    public IReadOnlyList<bool>? Suppressed { get; set; }

    /// <summary>Vertical (estimate on y) or horizontal (estimate on x).</summary>
    public Orientation Orientation { get; set; } = Orientation.Vertical;

    /// <summary>Colour of points and whiskers.</summary>
    public Color Color { get; set; } = Colors.Effect;

    /// <summary>Marker shape.</summary>
    public MarkerShape MarkerShape { get; set; } = MarkerShape.Circle;

    /// <summary>Marker diameter in px.</summary>
    public double MarkerSize { get; set; } = 8;

    /// <summary>Whisker width in px.</summary>
    public double LineWidth { get; set; } = 1.5;

    /// <summary>Half-length of whisker caps in px (0 for none).</summary>
    public double CapSize { get; set; } = 4;

    /// <summary>Legend text; null or empty for none.</summary>
    public string? Label { get; set; }

    /// <inheritdoc/>
    public int SuppressedCount => Series.CountSuppressed(Suppressed);

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label) ? [] : [new LegendItem(Label, Color, LegendSymbol.Marker)];

    /// <inheritdoc/>
    public AxisLimits GetLimits()
    {
        var category = DataRange.Empty;
        var value = DataRange.Empty;
        for (int i = 0; i < Positions.Count; i++)
        {
            if (!Usable(i))
            {
                continue;
            }
            category = category.Include(Positions[i]);
            value = value.Include(Values[i]).Include(Series.At(Lows, i)).Include(Series.At(Highs, i));
        }
        return Orientation == Orientation.Vertical ? new AxisLimits(category, value) : new AxisLimits(value, category);
    }

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stroke = new Stroke(Color, LineWidth);
        for (int i = 0; i < Positions.Count; i++)
        {
            if (!Usable(i))
            {
                continue;
            }
            double lo = Series.At(Lows, i);
            double hi = Series.At(Highs, i);
            PixelPoint At(double value) =>
                Orientation == Orientation.Vertical
                    ? context.Map.Point(Positions[i], value)
                    : context.Map.Point(value, Positions[i]);
            if (double.IsFinite(lo) && double.IsFinite(hi))
            {
                var a = At(lo);
                var b = At(hi);
                context.Canvas.Line(a, b, stroke);
                if (CapSize > 0)
                {
                    foreach (var end in new[] { a, b })
                    {
                        if (Orientation == Orientation.Vertical)
                        {
                            context.Canvas.Line(new(end.X - CapSize, end.Y), new(end.X + CapSize, end.Y), stroke);
                        }
                        else
                        {
                            context.Canvas.Line(new(end.X, end.Y - CapSize), new(end.X, end.Y + CapSize), stroke);
                        }
                    }
                }
            }
            Markers.Draw(context.Canvas, MarkerShape, At(Values[i]), MarkerSize, Color);
        }
    }

    private bool Usable(int i) =>
        double.IsFinite(Positions[i]) && double.IsFinite(Series.At(Values, i)) && !Series.IsSuppressed(Suppressed, i);
}
