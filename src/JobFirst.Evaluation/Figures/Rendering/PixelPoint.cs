namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>A point in canvas pixels (origin top-left, y down).</summary>
/// <param name="X">Horizontal pixel position.</param>
/// <param name="Y">Vertical pixel position.</param>
public readonly record struct PixelPoint(double X, double Y);
