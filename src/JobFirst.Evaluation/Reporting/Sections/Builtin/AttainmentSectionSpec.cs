using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>attainment</c> section.</summary>
public sealed record AttainmentSectionSpec : SectionSpec
{
    /// <summary>Measure drawn in the figure (default <c>visited</c> when the targets have it, else the first).</summary>
    public string? FigureMeasure { get; init; }
}
