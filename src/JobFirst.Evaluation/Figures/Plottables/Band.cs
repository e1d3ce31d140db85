using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// A shaded region between a lower and an upper curve (ScottPlot's <c>FillY</c>), e.g. a 95% confidence band.
/// Points where either edge is NaN or the point is suppressed split the band.
/// </summary>
public sealed class Band : IPlottable
{
    /// <summary>Creates a band from index-aligned x, lower and upper values.</summary>
    public Band(IReadOnlyList<double> xs, IReadOnlyList<double> lows, IReadOnlyList<double> highs)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(lows);
        ArgumentNullException.ThrowIfNull(highs);
        Xs = xs;
        Lows = lows;
        Highs = highs;
    }

    /// <summary>Horizontal values.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Lower edge.</summary>
    public IReadOnlyList<double> Lows { get; }

    /// <summary>Upper edge.</summary>
    public IReadOnlyList<double> Highs { get; }

    /// <summary>Per-point disclosure flags.</summary>
    public IReadOnlyList<bool>? Suppressed { get; set; }

    /// <summary>Legend text; null or empty for none.</summary>
    public string? Label { get; set; }

    /// <summary>Fill colour.</summary>
    public Color Color { get; set; } = Colors.Effect;

    /// <summary>Fill opacity 0..1.</summary>
    public double Opacity { get; set; } = 0.2;

    /// <summary>Edge interpolation.</summary>
    public BandShape Shape { get; set; } = BandShape.Linear;

    /// <inheritdoc/>
    public int SuppressedCount => Series.CountSuppressed(Suppressed);

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label)
            ? []
            : [new LegendItem(Label, Color, LegendSymbol.Area, LinePattern.Solid, Opacity)];

    /// <inheritdoc/>
    public AxisLimits GetLimits()
    {
        var x = DataRange.Empty;
        var y = DataRange.Empty;
        for (int i = 0; i < Xs.Count; i++)
        {
            if (Usable(i))
            {
                x = x.Include(Xs[i]);
                y = y.Include(Lows[i]).Include(Highs[i]);
            }
        }
        return new AxisLimits(x, y);
    }

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fill = new Fill(Color, Opacity);
        foreach (var run in Series.Runs(Xs.Count, Usable))
        {
            List<PixelPoint> upper = [.. run.Select(i => context.Map.Point(Xs[i], Highs[i]))];
            List<PixelPoint> lower = [.. run.Select(i => context.Map.Point(Xs[i], Lows[i]))];
            if (Shape == BandShape.Step)
            {
                upper = Series.StepPoints(upper);
                lower = Series.StepPoints(lower);
            }
            if (upper.Count == 1)
            {
                // A one-point band is drawn as a thin vertical bar so it stays visible.
                var p = upper[0];
                var q = lower[0];
                context.Canvas.Rectangle(new PixelRect(p.X - 1.5, p.Y, 3, q.Y - p.Y), fill, null);
                continue;
            }
            lower.Reverse();
            context.Canvas.Polygon([.. upper, .. lower], fill, null);
        }
    }

    private bool Usable(int i) =>
        double.IsFinite(Series.At(Xs, i))
        && double.IsFinite(Series.At(Lows, i))
        && double.IsFinite(Series.At(Highs, i))
        && !Series.IsSuppressed(Suppressed, i);
}
