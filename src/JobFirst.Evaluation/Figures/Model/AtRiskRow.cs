namespace JobFirst.Evaluation.Figures.Model;

/// <summary>One row of an at-risk table: a coloured label and one pre-formatted cell per time point.</summary>
/// <param name="Label">Row label (arm).</param>
/// <param name="Color">Label colour (matches the curve).</param>
/// <param name="Cells">Cell texts, aligned with <see cref="AtRiskTable.Times"/> (e.g. a count, or "&lt;5" when suppressed).</param>
public sealed record AtRiskRow(string Label, Color Color, IReadOnlyList<string> Cells);
