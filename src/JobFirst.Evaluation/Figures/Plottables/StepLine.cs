using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// A right-continuous step function (ScottPlot's <c>Scatter</c> with <c>ConnectStyle.StepHorizontal</c>):
/// the value at x_i holds until x_{i+1}, as a Kaplan–Meier curve (R <c>plot(survfit)</c>).
/// </summary>
public sealed class StepLine : IPlottable
{
    /// <summary>Creates a step line; xs must be increasing.</summary>
    public StepLine(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        Xs = xs;
        Ys = ys;
    }

    /// <summary>Step positions.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Values from each step onwards.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Legend text; null or empty for none.</summary>
    public string? Label { get; set; }

    /// <summary>Line colour.</summary>
    public Color Color { get; set; } = Colors.Treatment;

    /// <summary>Line width in px.</summary>
    public double LineWidth { get; set; } = 2;

    /// <summary>Dash pattern.</summary>
    public LinePattern LinePattern { get; set; } = LinePattern.Solid;

    /// <inheritdoc/>
    public int SuppressedCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label) ? [] : [new LegendItem(Label, Color, LegendSymbol.Line, LinePattern)];

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
        var stroke = new Stroke(Color, LineWidth, LinePattern);
        foreach (var run in Series.Runs(Math.Min(Xs.Count, Ys.Count), Usable))
        {
            context.Canvas.Polyline(Series.StepPoints([.. run.Select(i => context.Map.Point(Xs[i], Ys[i]))]), stroke);
        }
    }

    private bool Usable(int i) => double.IsFinite(Xs[i]) && double.IsFinite(Ys[i]);
}
