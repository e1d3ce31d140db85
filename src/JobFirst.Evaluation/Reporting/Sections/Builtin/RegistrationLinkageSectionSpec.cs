using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>registration_linkage</c> section (seed 004:1488-1511).</summary>
public sealed record RegistrationLinkageSectionSpec : SectionSpec
{
    /// <summary>Name of <c>inputs.registration_a</c> in the table (e.g. <c>DFDG</c>).</summary>
    public string NameA { get; init; } = "A";

    /// <summary>Name of <c>inputs.registration_b</c> (e.g. <c>Tools</c>).</summary>
    public string NameB { get; init; } = "B";

    /// <summary>The id column both files share.</summary>
    public string IdColumn { get; init; } = "person_id";

    /// <summary>Exclusion rules of A (<c>column=value[:reason]</c>, e.g. <c>test_person=1:test person</c>).</summary>
    public IReadOnlyList<string> ExcludeA { get; init; } = [];

    /// <summary>Exclusion rules of B.</summary>
    public IReadOnlyList<string> ExcludeB { get; init; } = [];
}
