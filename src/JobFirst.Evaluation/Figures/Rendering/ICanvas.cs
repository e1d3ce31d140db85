namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>
/// The abstract drawing surface plottables render to (ScottPlot's canvas role). Implementations record or
/// rasterise the primitives in call order; the SVG backend records them and <see cref="Svg.SvgWriter"/> serialises.
/// </summary>
public interface ICanvas
{
    /// <summary>A straight line segment.</summary>
    void Line(PixelPoint first, PixelPoint second, Stroke stroke);

    /// <summary>An open polyline through the points (fewer than two points draw nothing).</summary>
    void Polyline(IReadOnlyList<PixelPoint> points, Stroke stroke);

    /// <summary>A closed filled polygon, optionally outlined.</summary>
    void Polygon(IReadOnlyList<PixelPoint> points, Fill fill, Stroke? stroke);

    /// <summary>A rectangle, filled and/or outlined.</summary>
    void Rectangle(PixelRect rect, Fill? fill, Stroke? stroke);

    /// <summary>A circle, filled and optionally outlined.</summary>
    void Circle(PixelPoint center, double radius, Fill fill, Stroke? stroke);

    /// <summary>A single line of text.</summary>
    void Text(PixelPoint anchor, string text, TextStyle style);

    /// <summary>Starts a named group; drawing inside it is clipped to <paramref name="clip"/> when given.</summary>
    void BeginGroup(string name, PixelRect? clip);

    /// <summary>Ends the innermost group.</summary>
    void EndGroup();
}
