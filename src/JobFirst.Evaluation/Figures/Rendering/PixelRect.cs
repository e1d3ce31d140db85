namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>An axis-aligned rectangle in canvas pixels.</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width (≥ 0).</param>
/// <param name="Height">Height (≥ 0).</param>
public readonly record struct PixelRect(double Left, double Top, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => Left + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Top + Height;

    /// <summary>Horizontal centre.</summary>
    public double CenterX => Left + Width / 2;

    /// <summary>Vertical centre.</summary>
    public double CenterY => Top + Height / 2;
}
