using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>sites</c> section.</summary>
public sealed record SitesSectionSpec : SectionSpec
{
    /// <summary>The outcome compared within each site (default <c>employed</c>).</summary>
    public string Outcome { get; init; } = "employed";

    /// <summary>Window outcome <c>FROM:TO:mean|sum|ever</c> (seed 001: <c>66:78:mean</c>); default the focus week (<c>k:k:mean</c>).</summary>
    public string? Window { get; init; }

    /// <summary>Site traits of the meta-regressions (default: the spec's <c>site_traits</c>; also <c>control_mean</c>, <c>effect:INDICATOR[@a:b]</c>).</summary>
    public IReadOnlyList<string>? Traits { get; init; }

    /// <summary>τ² estimator: <c>reml</c> (default, metafor's), <c>dl</c> (DerSimonian–Laird) or <c>fe</c> (fixed effect).</summary>
    public string Method { get; init; } = "reml";

    /// <summary>Inference: <c>z</c> (default) or <c>knha</c> (Knapp–Hartung t).</summary>
    public string Test { get; init; } = "z";

    /// <summary>Draw the empirical-Bayes (shrunken) site effects in the forest plot instead of the raw ones.</summary>
    public bool Shrunken { get; init; }
}
