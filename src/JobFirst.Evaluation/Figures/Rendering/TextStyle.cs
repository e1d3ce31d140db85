using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>How text is drawn; the family is always the generic <c>sans-serif</c>.</summary>
/// <param name="Size">Font size in px.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Anchor">Horizontal alignment.</param>
/// <param name="Baseline">Vertical alignment.</param>
/// <param name="Weight">Font weight.</param>
/// <param name="Rotation">Rotation in degrees about the anchor (−90 for a vertical axis title).</param>
public sealed record TextStyle(
    double Size,
    Color Color,
    TextAnchor Anchor = TextAnchor.Start,
    TextBaseline Baseline = TextBaseline.Alphabetic,
    FontWeight Weight = FontWeight.Normal,
    double Rotation = 0
);
