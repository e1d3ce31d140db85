using JobFirst.Evaluation.Monitoring.Funnel;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Monitoring;

/// <summary>How a <see cref="MonitoringStudy"/> reads its files.</summary>
public sealed record MonitoringLoadOptions
{
    /// <summary>Register scan options (unknown-code and duplicate policies).</summary>
    public RegisterScanOptions Scan { get; init; } = RegisterScanOptions.Default;

    /// <summary>
    /// Event-panel layout, or null: then follow-up covers every week from the earliest visitation to the
    /// extract's end, so calendar months are never cut short (a long register, whose extract is known only
    /// after the scan, is read a second time when 156 weeks do not reach its end).
    /// </summary>
    public EventPanelOptions? Panel { get; init; }

    /// <summary>Screening stage columns in funnel order.</summary>
    public IReadOnlyList<string> ScreeningStages { get; init; } = ScreeningReader.DefaultStages;

    /// <summary>Screening columns to group by (the first is the unit matching the participants' <c>site</c>).</summary>
    public IReadOnlyList<string> ScreeningGroups { get; init; } = ["municipality"];

    /// <summary>How a screening row reaching a stage without an earlier one is handled.</summary>
    public FunnelOrdering ScreeningOrdering { get; init; } = FunnelOrdering.Strict;

    /// <summary>The measure of a targets file without a <c>measure</c> column.</summary>
    public string DefaultTargetMeasure { get; init; } = "visited";
}
