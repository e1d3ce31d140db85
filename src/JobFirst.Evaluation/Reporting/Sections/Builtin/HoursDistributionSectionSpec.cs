using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>hours_distribution</c> section.</summary>
public sealed record HoursDistributionSectionSpec : SectionSpec
{
    /// <summary>Event week shown; null = the spec's <c>focus_week</c>.</summary>
    public int? Week { get; init; }

    /// <summary>Upper band limits in hours per week, increasing (default 5, 10, 15, 20, 30, 37: seed 000 Fig 7's bands 0-5 … 37+).</summary>
    public IReadOnlyList<double>? Breaks { get; init; }
}
