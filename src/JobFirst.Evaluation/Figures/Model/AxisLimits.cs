namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Data extent of a plottable on both axes.</summary>
/// <param name="X">Horizontal range.</param>
/// <param name="Y">Vertical range.</param>
public readonly record struct AxisLimits(DataRange X, DataRange Y)
{
    /// <summary>No data on either axis.</summary>
    public static AxisLimits Empty { get; } = new(DataRange.Empty, DataRange.Empty);

    /// <summary>The smallest limits covering both.</summary>
    public AxisLimits Union(AxisLimits other) => new(X.Union(other.X), Y.Union(other.Y));
}
