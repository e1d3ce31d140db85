using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>first_outcome</c> section.</summary>
public sealed record FirstOutcomeSectionSpec : SectionSpec
{
    /// <summary>Roster column of the units (default <c>site</c>: municipality).</summary>
    public string By { get; init; } = "site";

    /// <summary>First event week searched (1 = the visitation week).</summary>
    public int FromWeek { get; init; } = 1;

    /// <summary>Last event week searched, or null for the whole follow-up.</summary>
    public int? ToWeek { get; init; }
}
