using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>profile</c> section.</summary>
public sealed record ProfileSectionSpec : SectionSpec
{
    /// <summary>Roster columns defining the units, one table each (default <c>site</c> = municipality profiles, <c>target_group</c> = benefit-group profiles; seed 004 Tabel 1–2).</summary>
    public IReadOnlyList<string> By { get; init; } = ["site", "target_group"];

    /// <summary>Traits profiled (roster columns; kinds inferred), or null for every covariate plus <c>target_group</c>.</summary>
    public IReadOnlyList<string>? Traits { get; init; }

    /// <summary><c>wide</c> (default: one row per unit, the report layout with ranges in the total row) or <c>long</c> (tidy).</summary>
    public string Layout { get; init; } = "wide";
}
