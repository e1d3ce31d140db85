namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>A unit's target for one measure (seed 004:1589-1643, "måltal").</summary>
/// <param name="Unit">The unit (municipality).</param>
/// <param name="Measure">What is counted: <c>screened</c>, <c>visited</c>, <c>employed</c>, ...</param>
/// <param name="OriginalTarget">The target committed to at application.</param>
/// <param name="AdjustedTarget">The target after adjustment (004:1595: lowered when Covid-19 suspended activation in spring 2020), or null when not adjusted.</param>
/// <param name="Line">The targets-file line (0 when built in memory).</param>
public sealed record TargetRecord(
    string Unit,
    string Measure,
    double OriginalTarget,
    double? AdjustedTarget,
    long Line = 0
);
