namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Persons of the population followed in one event week and arm.</summary>
/// <param name="Week">Event week.</param>
/// <param name="Arm"><c>treatment</c> or <c>control</c>.</param>
/// <param name="NFollowed">Persons observed in the week (null when suppressed).</param>
public sealed record PersonsFollowedRow(int Week, string Arm, int? NFollowed);
