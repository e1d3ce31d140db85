using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// Something drawn in a panel's data area (ScottPlot 5's <c>IPlottable</c> contract): it reports its data
/// limits (for autoscaling), its legend entries, how many of its points are suppressed for disclosure
/// control, and renders itself to an abstract canvas. Non-finite values are skipped, never drawn.
/// </summary>
public interface IPlottable
{
    /// <summary>Data extent; empty ranges when there is nothing finite to show.</summary>
    AxisLimits GetLimits();

    /// <summary>Legend entries (empty when the plottable has no label).</summary>
    IReadOnlyList<LegendItem> LegendItems { get; }

    /// <summary>Number of points or bars flagged as suppressed (small cells), which are not drawn.</summary>
    int SuppressedCount { get; }

    /// <summary>Draws the plottable; must not throw for empty or degenerate data.</summary>
    void Render(PlotRenderContext context);
}
