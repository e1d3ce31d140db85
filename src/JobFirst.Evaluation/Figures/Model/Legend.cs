namespace JobFirst.Evaluation.Figures.Model;

/// <summary>A panel's legend: collects the legend items of its plottables that have a label.</summary>
public sealed class Legend
{
    /// <summary>Placement; <see cref="LegendPosition.Below"/> by default so the legend never hides data.</summary>
    public LegendPosition Position { get; set; } = LegendPosition.Below;

    /// <summary>Font size in px.</summary>
    public double FontSize { get; set; } = 12;
}
