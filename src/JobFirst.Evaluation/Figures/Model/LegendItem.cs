namespace JobFirst.Evaluation.Figures.Model;

/// <summary>One legend entry.</summary>
/// <param name="Label">Text shown.</param>
/// <param name="Color">Swatch colour.</param>
/// <param name="Symbol">Swatch kind.</param>
/// <param name="Pattern">Dash pattern of line swatches.</param>
/// <param name="Opacity">Fill opacity of area swatches (0..1).</param>
public sealed record LegendItem(
    string Label,
    Color Color,
    LegendSymbol Symbol,
    LinePattern Pattern = LinePattern.Solid,
    double Opacity = 1
);
