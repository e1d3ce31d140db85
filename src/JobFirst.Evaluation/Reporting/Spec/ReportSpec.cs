using System.Text.Json.Serialization;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// An evaluation report specification: the JSON file <c>jobfirst-eval report --spec F</c> reads (schema in
/// <c>data-schema/report-spec.schema.json</c>, reference in <c>docs/report.md</c>). Keys are snake_case; unknown
/// keys are errors; paths are resolved relative to the spec file.
/// </summary>
public sealed record ReportSpec
{
    /// <summary>Report title (heading of <c>index.html</c> and <c>report.md</c>).</summary>
    public string Title { get; init; } = "Evaluation report";

    /// <summary>Label language: <c>en</c> or <c>da</c> (Danish labels and decimal comma in figures and reading tables).</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// Study design: <c>trial</c> (default: a randomised roster with <c>arm</c>, treatment–control sections) or
    /// <c>participants</c> (participants without a control group, seeds 002–004: the monitoring sections).
    /// </summary>
    public string Design { get; init; } = "trial";

    /// <summary>Input files.</summary>
    public required ReportInputs Inputs { get; init; }

    /// <summary>Weekly outcomes analysed by the sections that take outcomes (indicator names, see <c>docs/indicators.md</c>).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } =
    ["internship", "wage_subsidy", "hours", "employed", "active13"];

    /// <summary>First event week shown (week 1 = the ISO week of randomisation).</summary>
    public int WeekFrom { get; init; } = 1;

    /// <summary>Last event week shown.</summary>
    public int WeekTo { get; init; } = 52;

    /// <summary>The week at which subgroup, site and distribution results are reported (within week_from..week_to).</summary>
    public int FocusWeek { get; init; } = 35;

    /// <summary>
    /// Population rule: <c>available</c> (everyone observed in the week; seed 000's choice) or <c>balanced:K</c>
    /// (only persons observed through event week K; weekly results then stop at week K).
    /// </summary>
    public string Population { get; init; } = "available";

    /// <summary>Standard-error convention of weekly differences: <c>welch</c> (estimatr default) or <c>classical</c>.</summary>
    public string StandardError { get; init; } = "welch";

    /// <summary>Confidence level of intervals and bands.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Roster columns defining subgroups (<c>site</c>, <c>target_group</c> or a covariate column).</summary>
    public IReadOnlyList<string> Subgroups { get; init; } = [];

    /// <summary>Columns of the sites file used as site traits (meta-regression).</summary>
    public IReadOnlyList<string> SiteTraits { get; init; } = [];

    /// <summary>Minimum persons behind a published figure point or table cell; smaller ones are suppressed (default 5).</summary>
    public int MinCell { get; init; } = 5;

    /// <summary>Master seed of every resampling step; a section without its own <c>seed</c> derives one from it and its id.</summary>
    public long Seed { get; init; } = 20170501;

    /// <summary>
    /// The sections wanted, in order (each names a registered section and its options). Empty = the registry's
    /// default sections with default options. Bound by <see cref="ReportSpecLoader"/>, not by the serializer.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<SectionSpec> Sections { get; init; } = [];
}
