using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>How an area is filled.</summary>
/// <param name="Color">Fill colour.</param>
/// <param name="Opacity">Fill opacity 0..1.</param>
public sealed record Fill(Color Color, double Opacity = 1);
