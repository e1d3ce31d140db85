namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>What a section contributes to the report: a heading, an optional introduction, captioned figures and tables, and the conventions it used.</summary>
public sealed record SectionResult
{
    /// <summary>Section heading in the report language.</summary>
    public required string Heading { get; init; }

    /// <summary>A short paragraph under the heading (may be empty).</summary>
    public string Introduction { get; init; } = "";

    /// <summary>Figures in reading order.</summary>
    public IReadOnlyList<ReportFigure> Figures { get; init; } = [];

    /// <summary>Tables in reading order.</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>Conventions used (short name → one sentence, with the matching R/Stata call where there is one); listed in the manifest.</summary>
    public IReadOnlyDictionary<string, string> Conventions { get; init; } = new Dictionary<string, string>();

    /// <summary>The seed the section's resampling used, or null when it draws nothing at random.</summary>
    public long? Seed { get; init; }
}
