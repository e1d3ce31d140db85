namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>One unit's answer to one survey measure in one round (seed 003:55-99: municipalities surveyed at baseline and at the end).</summary>
/// <param name="Unit">The responding unit (municipality).</param>
/// <param name="Round">The round, e.g. <c>baseline</c> (<c>nulpunktsmåling</c>) or <c>final</c>.</param>
/// <param name="Measure">The measure, e.g. <c>has_cv_60</c> or <c>caseload</c>.</param>
/// <param name="Value">The answer; null when the unit skipped the question (not counted in that round's N).</param>
/// <param name="Line">The file line (0 when built in memory).</param>
public sealed record SurveyResponse(string Unit, string Round, string Measure, double? Value, long Line = 0);
