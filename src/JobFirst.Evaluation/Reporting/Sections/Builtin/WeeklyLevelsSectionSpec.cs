using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>weekly_levels</c> section.</summary>
public sealed record WeeklyLevelsSectionSpec : SectionSpec
{
    /// <summary>Outcomes to draw (one figure each); null = the spec's <c>outcomes</c>.</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }
}
