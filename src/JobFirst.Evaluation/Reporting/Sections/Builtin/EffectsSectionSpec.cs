using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>effects</c> section.</summary>
public sealed record EffectsSectionSpec : SectionSpec
{
    /// <summary>Outcomes (default: the spec's <c>outcomes</c>).</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>Draw the simultaneous sup-t band over the weeks; null = yes for the difference in means, no with covariate adjustment (the band exists for the difference in means only).</summary>
    public bool? Band { get; init; }

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

    /// <summary>Covariates of a covariate-adjusted estimate (roster columns, <c>history_weeks_employed</c>, ...); empty = unadjusted.</summary>
    public IReadOnlyList<string> AdjustFor { get; init; } = [];

    /// <summary><c>dim</c> (difference in means), <c>lin</c> (Lin 2013, <c>estimatr::lm_lin</c>) or <c>ols</c> (<c>lm_robust</c>, additive); null = <c>lin</c> with <see cref="AdjustFor"/>, else <c>dim</c>.</summary>
    public string? Estimator { get; init; }

    /// <summary>Regression variance of an adjusted estimate: <c>hc2</c> (default), <c>hc0</c>, <c>hc1</c>, <c>hc3</c> or <c>classical</c>.</summary>
    public string? Vcov { get; init; }

    /// <summary>Window outcomes tabulated besides the weekly effects, <c>FROM:TO:mean|sum|ever</c> (e.g. <c>27:78:mean</c>).</summary>
    public IReadOnlyList<string> Windows { get; init; } = [];
}
