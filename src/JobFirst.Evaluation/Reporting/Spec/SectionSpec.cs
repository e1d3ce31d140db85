using System.Text.Json.Serialization;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// One entry of the spec's <c>sections</c> list: which registered section to run and its options. Each section
/// derives its own options record from this one (the keys every section accepts); the loader binds an entry to
/// the options type of the section named by <see cref="Section"/>, so unknown keys are errors per section.
/// </summary>
public abstract record SectionSpec
{
    /// <summary>Registered section name (e.g. <c>weekly_levels</c>).</summary>
    public string Section { get; init; } = "";

    /// <summary>Output id (file-name stem of its figures and tables); default: the section name. Must be unique.</summary>
    public string? Id { get; init; }

    /// <summary>Heading override (default: the section's heading in the report language).</summary>
    public string? Title { get; init; }

    /// <summary>Write the section's figures (default true).</summary>
    public bool Figures { get; init; } = true;

    /// <summary>Write the section's tables (default true).</summary>
    public bool Tables { get; init; } = true;

    /// <summary>Seed of this section's resampling steps; default: derived from the spec's <c>seed</c> and the id.</summary>
    public long? Seed { get; init; }

    /// <summary>The id outputs are named by: <see cref="Id"/> or, when absent, <see cref="Section"/>.</summary>
    [JsonIgnore]
    public string Key => Id ?? Section;
}
