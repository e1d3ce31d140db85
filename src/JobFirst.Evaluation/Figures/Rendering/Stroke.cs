using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>How a line is stroked.</summary>
/// <param name="Color">Line colour.</param>
/// <param name="Width">Width in px.</param>
/// <param name="Pattern">Dash pattern.</param>
public sealed record Stroke(Color Color, double Width, LinePattern Pattern = LinePattern.Solid);
