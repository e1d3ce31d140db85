using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// Points joined by straight lines and/or drawn as markers (ScottPlot's <c>Scatter</c>). A NaN or suppressed
/// point is not drawn and breaks the line, so no value is interpolated across a gap.
/// </summary>
public sealed class Scatter : IPlottable
{
    /// <summary>Creates a series from index-aligned x and y values.</summary>
    public Scatter(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        Xs = xs;
        Ys = ys;
    }

    /// <summary>Horizontal values.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Vertical values.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Per-point disclosure flags: true = small cell, not drawn.</summary>
    public IReadOnlyList<bool>? Suppressed { get; set; }

    /// <summary>Legend text; null or empty for no legend entry.</summary>
    public string? Label { get; set; }

    /// <summary>Line and marker colour.</summary>
    public Color Color { get; set; } = Colors.Treatment;

    /// <summary>Line width in px; 0 draws markers only.</summary>
    public double LineWidth { get; set; } = 2;

    /// <summary>Line dash pattern.</summary>
    public LinePattern LinePattern { get; set; } = LinePattern.Solid;

    /// <summary>Marker shape.</summary>
    public MarkerShape MarkerShape { get; set; } = MarkerShape.None;

    /// <summary>Marker diameter in px.</summary>
    public double MarkerSize { get; set; } = 6;

    /// <inheritdoc/>
    public int SuppressedCount => Series.CountSuppressed(Suppressed);

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label)
            ? []
            : [new LegendItem(Label, Color, LineWidth > 0 ? LegendSymbol.Line : LegendSymbol.Marker, LinePattern)];

    /// <inheritdoc/>
    public AxisLimits GetLimits()
    {
        var x = DataRange.Empty;
        var y = DataRange.Empty;
        for (int i = 0; i < Math.Min(Xs.Count, Ys.Count); i++)
        {
            if (Usable(i))
            {
                x = x.Include(Xs[i]);
                y = y.Include(Ys[i]);
            }
        }
        return new AxisLimits(x, y);
    }

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int n = Math.Min(Xs.Count, Ys.Count);
        if (LineWidth > 0)
        {
            var stroke = new Stroke(Color, LineWidth, LinePattern);
            foreach (var run in Series.Runs(n, Usable))
            {
                context.Canvas.Polyline([.. run.Select(i => context.Map.Point(Xs[i], Ys[i]))], stroke);
            }
        }
        if (MarkerShape != MarkerShape.None)
        {
            for (int i = 0; i < n; i++)
            {
                if (Usable(i))
                {
                    Markers.Draw(context.Canvas, MarkerShape, context.Map.Point(Xs[i], Ys[i]), MarkerSize, Color);
                }
            }
        }
    }

    private bool Usable(int i) =>
        double.IsFinite(Series.At(Xs, i)) && double.IsFinite(Series.At(Ys, i)) && !Series.IsSuppressed(Suppressed, i);
}
