using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>One series of a grouped bar chart: one value per category.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Values">One value per category (NaN = no bar).</param>
/// <param name="Color">Fill colour.</param>
/// <param name="Suppressed">Optional per-category disclosure flags.</param>
public sealed record BarSeries(
    string Label,
    IReadOnlyList<double> Values,
    Color Color,
    IReadOnlyList<bool>? Suppressed = null
);
