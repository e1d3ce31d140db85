namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>What a unit actually achieved on one measure (persons screened, visited, employed, ...).</summary>
/// <param name="Unit">The unit (municipality).</param>
/// <param name="Measure">The measure, matching <see cref="TargetRecord.Measure"/>.</param>
/// <param name="Count">Persons.</param>
public sealed record RealisedCount(string Unit, string Measure, int Count);
