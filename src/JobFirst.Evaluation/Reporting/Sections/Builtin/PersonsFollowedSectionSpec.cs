using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>persons_followed</c> section (only the common keys).</summary>
public sealed record PersonsFollowedSectionSpec : SectionSpec;
