namespace JobFirst.Evaluation.Monitoring;

/// <summary>A unit of a monitoring table and the persons in it.</summary>
/// <param name="Unit">The unit's label (municipality, benefit group, ...).</param>
/// <param name="Persons">Persons in the unit.</param>
public sealed record UnitSize(string Unit, int Persons);
