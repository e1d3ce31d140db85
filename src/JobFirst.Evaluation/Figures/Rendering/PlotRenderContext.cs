using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>What a plottable needs to render itself: the canvas, the panel's data→pixel mapping and the figure language.</summary>
/// <param name="Canvas">Drawing surface.</param>
/// <param name="Map">Data→pixel mapping of the panel.</param>
/// <param name="Language">Language for any numbers the plottable writes.</param>
public sealed record PlotRenderContext(ICanvas Canvas, CoordinateMapper Map, FigureLanguage Language)
{
    /// <summary>
    /// Boxes of the labels already placed in this panel by annotations that avoid overlap
    /// (<see cref="Plottables.TextAnnotation.AvoidOverlap"/>), in drawing order.
    /// </summary>
    public List<PixelRect> PlacedLabels { get; } = [];
}
