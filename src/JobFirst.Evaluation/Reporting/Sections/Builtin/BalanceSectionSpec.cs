using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>balance</c> section.</summary>
public sealed record BalanceSectionSpec : SectionSpec
{
    /// <summary>Covariates (roster columns and <c>history_weeks_employed</c>, <c>history_weeks_self_supporting</c>, <c>history_weeks_sick</c>); null = all.</summary>
    public IReadOnlyList<string>? Covariates { get; init; }
}
