using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>linkage</c> section (only the common keys).</summary>
public sealed record LinkageSectionSpec : SectionSpec;
