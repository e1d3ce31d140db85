namespace JobFirst.Evaluation.Figures.Model;

/// <summary>The axes of one panel (<c>plot.Axes</c> in ScottPlot).</summary>
public sealed class AxisSet
{
    /// <summary>Horizontal (bottom) axis.</summary>
    public Axis X { get; } = new();

    /// <summary>Vertical (left) axis.</summary>
    public Axis Y { get; } = new();

    /// <summary>When false, no frame, ticks or grid are drawn (diagrams such as the flow chart).</summary>
    public bool Visible { get; set; } = true;
}
