using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>What a plottable needs to render itself: the canvas, the panel's data→pixel mapping and the figure language.</summary>
/// <param name="Canvas">Drawing surface.</param>
/// <param name="Map">Data→pixel mapping of the panel.</param>
/// <param name="Language">Language for any numbers the plottable writes.</param>
public sealed record PlotRenderContext(ICanvas Canvas, CoordinateMapper Map, FigureLanguage Language);
