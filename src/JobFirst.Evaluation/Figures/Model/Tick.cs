namespace JobFirst.Evaluation.Figures.Model;

/// <summary>An axis tick: data position and its label.</summary>
/// <param name="Position">Position in data units.</param>
/// <param name="Label">Text shown at the tick.</param>
public sealed record Tick(double Position, string Label);
