using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>A straight arrow between two data points with a filled head at the end (ScottPlot's <c>Arrow</c>).</summary>
public sealed class Arrow : IPlottable
{
    /// <summary>Creates an arrow from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>).</summary>
    public Arrow(double x1, double y1, double x2, double y2)
    {
        X1 = x1;
        Y1 = y1;
        X2 = x2;
        Y2 = y2;
    }

    /// <summary>Start x.</summary>
    public double X1 { get; }

    /// <summary>Start y.</summary>
    public double Y1 { get; }

    /// <summary>End x (arrow head).</summary>
    public double X2 { get; }

    /// <summary>End y (arrow head).</summary>
    public double Y2 { get; }

    /// <summary>Colour.</summary>
    public Color Color { get; set; } = Colors.DarkGray;

    /// <summary>Shaft width in px.</summary>
    public double LineWidth { get; set; } = 1.5;

    /// <summary>Head length in px.</summary>
    public double HeadSize { get; set; } = 8;

    /// <inheritdoc/>
    public int SuppressedCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems => [];

    /// <inheritdoc/>
    public AxisLimits GetLimits() =>
        new(DataRange.Empty.Include(X1).Include(X2), DataRange.Empty.Include(Y1).Include(Y2));

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var a = context.Map.Point(X1, Y1);
        var b = context.Map.Point(X2, Y2);
        double dx = b.X - a.X;
        double dy = b.Y - a.Y;
        double length = Math.Sqrt(dx * dx + dy * dy);
        if (!(length > 0))
        {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        var neck = new PixelPoint(b.X - ux * HeadSize, b.Y - uy * HeadSize);
        context.Canvas.Line(a, neck, new Stroke(Color, LineWidth));
        double w = HeadSize * 0.45;
        context.Canvas.Polygon(
            [b, new(neck.X - uy * w, neck.Y + ux * w), new(neck.X + uy * w, neck.Y - ux * w)],
            new Fill(Color),
            null
        );
    }
}
