namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One unit (municipality, jobcentre) of a <see cref="UnitBarsFigure"/>: its label, value and the persons behind it.</summary>
/// <param name="Label">Unit label.</param>
/// <param name="Value">The value (a share, or a ratio such as attainment); NaN when missing.</param>
/// <param name="N">Persons behind the value; 1..min−1 suppresses the bar (null = not a person count).</param>
public sealed record UnitBar(string Label, double Value, int? N = null);
