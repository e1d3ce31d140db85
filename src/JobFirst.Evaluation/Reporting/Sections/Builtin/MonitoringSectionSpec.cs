using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>monitoring</c> section (seed 003:23-27).</summary>
public sealed record MonitoringSectionSpec : SectionSpec
{
    /// <summary>Periods of the share table and figure: <c>quarter</c> (default) or <c>month</c>.</summary>
    public string Period { get; init; } = "quarter";

    /// <summary>X of the result requirement: the share of the group that must be in the statuses (default 0.40).</summary>
    public double Threshold { get; init; } = 0.40;

    /// <summary>N of the result requirement: consecutive months (default 3).</summary>
    public int Months { get; init; } = 3;

    /// <summary>Window share: <c>at_least_once</c> (default: in the statuses in some week of the window) or <c>every_month</c> (the smallest monthly share).</summary>
    public string Rule { get; init; } = "at_least_once";

    /// <summary>Who is in a window's denominator: <c>any_month</c> (default: observed in some month) or <c>all_months</c>.</summary>
    public string Membership { get; init; } = "any_month";

    /// <summary>First month (<c>YYYY-MM</c>); default the month of the earliest visitation.</summary>
    public string? From { get; init; }

    /// <summary>Last month (<c>YYYY-MM</c>); default the last month wholly inside the extract.</summary>
    public string? To { get; init; }
}
