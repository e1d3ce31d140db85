using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>subgroups</c> section.</summary>
public sealed record SubgroupsSectionSpec : SectionSpec
{
    /// <summary>Roster columns defining the subgroups (default: the spec's <c>subgroups</c>).</summary>
    public IReadOnlyList<string>? By { get; init; }

    /// <summary>Outcomes (default: the spec's <c>outcomes</c>).</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>Event week of the comparison (default: the spec's <c>focus_week</c>); ignored with <see cref="Window"/>.</summary>
    public int? Week { get; init; }

    /// <summary>A window outcome instead of one week, <c>FROM:TO:mean|sum|ever</c> (e.g. <c>27:78:mean</c>), or null.</summary>
    public string? Window { get; init; }
}
