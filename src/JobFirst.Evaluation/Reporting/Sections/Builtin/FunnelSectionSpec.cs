using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>funnel</c> section.</summary>
public sealed record FunnelSectionSpec : SectionSpec
{
    /// <summary>Screening column the units are taken from (default: the first group column, <c>municipality</c>).</summary>
    public string? By { get; init; }
}
