using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// One part of an evaluation report (linkage, weekly levels, effects, ...): reads what it needs from the shared
/// <see cref="ReportContext"/> (the loaded study, the spec's outcomes, weeks, population, language, min_cell) and
/// returns captioned figures and tables with their suppressions. Sections are looked up by <see cref="Name"/> in a
/// <see cref="ReportSectionRegistry"/>; derive from <see cref="ReportSection{TOptions}"/> rather than implementing this directly.
/// </summary>
public interface IReportSection
{
    /// <summary>The name the spec's <c>sections[].section</c> uses (snake_case).</summary>
    string Name { get; }

    /// <summary>One line saying what the section shows (docs, <c>--help</c>).</summary>
    string Summary { get; }

    /// <summary>The study designs (<c>trial</c>, <c>participants</c>) whose reports may contain the section; the loader rejects others.</summary>
    IReadOnlyList<string> Designs { get; }

    /// <summary>The options record a spec entry binds to (derived from <see cref="SectionSpec"/>).</summary>
    Type OptionsType { get; }

    /// <summary>The options of the section when the spec lists no sections (defaults throughout).</summary>
    SectionSpec DefaultOptions();

    /// <summary>Checks bound options against the spec; throws a located <see cref="Errors.InputException"/> via <paramref name="scope"/>.</summary>
    void Validate(SectionSpec options, ReportSpec spec, SpecScope scope);

    /// <summary>Computes the section's figures and tables.</summary>
    SectionResult Run(ReportContext context, SectionSpec options);
}
