namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Stroke dash pattern (SVG <c>stroke-dasharray</c>; ScottPlot's <c>LinePattern</c>).</summary>
public enum LinePattern
{
    /// <summary>Continuous stroke.</summary>
    Solid = 0,

    /// <summary>Dashes of 6 px with 4 px gaps.</summary>
    Dashed = 1,

    /// <summary>Dots of 2 px with 3 px gaps.</summary>
    Dotted = 2,
}
