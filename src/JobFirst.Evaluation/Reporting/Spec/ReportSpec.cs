namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// An evaluation report specification (the JSON file <c>jobfirst-eval report --spec F</c> reads; schema in
/// <c>data-schema/report-spec.schema.json</c>). Paths are resolved relative to the spec file.
/// </summary>
public sealed record ReportSpec
{
    /// <summary>Report title.</summary>
    public string Title { get; init; } = "Evaluation report";

    /// <summary>Label language: <c>en</c> or <c>da</c> (Danish labels and decimal comma in figures).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Input files.</summary>
    public required ReportInputs Inputs { get; init; }

    /// <summary>Weekly outcomes to analyse (indicator names: internship, wage_subsidy, hours, employed, active13, ...).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } =
    ["internship", "wage_subsidy", "hours", "employed", "active13"];

    /// <summary>First event week analysed.</summary>
    public int WeekFrom { get; init; } = 1;

    /// <summary>Last event week analysed.</summary>
    public int WeekTo { get; init; } = 52;

    /// <summary>Population rule: <c>available</c> or <c>balanced:K</c>.</summary>
    public string Population { get; init; } = "available";

    /// <summary>Standard-error convention for weekly differences: <c>welch</c> or <c>classical</c>.</summary>
    public string StandardError { get; init; } = "welch";

    /// <summary>Confidence level.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Roster columns defining subgroups.</summary>
    public IReadOnlyList<string> Subgroups { get; init; } = [];

    /// <summary>Week at which subgroup, site and distribution results are reported.</summary>
    public int FocusWeek { get; init; } = 35;

    /// <summary>Site traits (columns of the sites file) for meta-regression.</summary>
    public IReadOnlyList<string> SiteTraits { get; init; } = [];

    /// <summary>Minimum persons per published cell (smaller cells are suppressed).</summary>
    public int MinCell { get; init; } = 5;

    /// <summary>Random seed for resampling steps (simultaneous band).</summary>
    public int Seed { get; init; } = 20170501;

    /// <summary>Figures wanted (names from the schema); empty = all available.</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    /// <summary>Tables wanted (names from the schema); empty = all available.</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];
}
