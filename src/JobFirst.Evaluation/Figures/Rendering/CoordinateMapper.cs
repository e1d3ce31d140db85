namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Maps data coordinates to pixels inside a panel's data area (linear axes, y up).</summary>
/// <param name="Area">The data area in pixels.</param>
/// <param name="XMin">Data value at the left edge.</param>
/// <param name="XMax">Data value at the right edge.</param>
/// <param name="YMin">Data value at the bottom edge.</param>
/// <param name="YMax">Data value at the top edge.</param>
public sealed record CoordinateMapper(PixelRect Area, double XMin, double XMax, double YMin, double YMax)
{
    /// <summary>Pixel x of data value <paramref name="x"/>.</summary>
    public double X(double x) => Area.Left + (x - XMin) / Span(XMin, XMax) * Area.Width;

    /// <summary>Pixel y of data value <paramref name="y"/>.</summary>
    public double Y(double y) => Area.Bottom - (y - YMin) / Span(YMin, YMax) * Area.Height;

    /// <summary>Pixel point of data point (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public PixelPoint Point(double x, double y) => new(X(x), Y(y));

    /// <summary>Pixels per data unit horizontally.</summary>
    public double PixelsPerUnitX => Area.Width / Span(XMin, XMax);

    /// <summary>Pixels per data unit vertically.</summary>
    public double PixelsPerUnitY => Area.Height / Span(YMin, YMax);

    private static double Span(double a, double b) => b - a == 0 ? 1 : b - a;
}
