using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>effects</c> section.</summary>
public sealed record EffectsSectionSpec : SectionSpec
{
    /// <summary>Outcomes (default: the spec's <c>outcomes</c>).</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>Draw the simultaneous sup-t band over the weeks (default true).</summary>
    public bool Band { get; init; } = true;

    /// <summary>Bootstrap draws of the band (default 10,000).</summary>
    public int BandDraws { get; init; } = 10_000;

    /// <summary>Band multiplier: <c>gaussian</c> (default) or <c>rademacher</c>.</summary>
    public string BandMultiplier { get; init; } = "gaussian";

    /// <summary>Interval: <c>t</c> (default, Welch–Satterthwaite df) or <c>normal</c>.</summary>
    public string Ci { get; init; } = "t";

    /// <summary>Adjust the weekly p-values across weeks: <c>holm</c>, <c>bh</c> or <c>bonferroni</c> (R <c>p.adjust</c>); null = none.</summary>
    public string? Adjust { get; init; }

    /// <summary>Roster column of randomisation blocks (blocked difference in means, e.g. <c>site</c>), or null.</summary>
    public string? Blocks { get; init; }

    /// <summary>Window outcomes tabulated besides the weekly effects, <c>FROM:TO:mean|sum|ever</c> (e.g. <c>27:78:mean</c>).</summary>
    public IReadOnlyList<string> Windows { get; init; } = [];
}
