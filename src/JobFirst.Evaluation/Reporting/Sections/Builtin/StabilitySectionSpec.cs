namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>stability</c> section (plus the spell options of <see cref="SpellSectionSpec"/>; <c>spells</c> defaults to <c>all</c>).</summary>
public sealed record StabilitySectionSpec : SpellSectionSpec
{
    /// <summary>Extra right-hand-side terms of the Cox model (e.g. <c>target_group</c>), or null for the unadjusted contrast.</summary>
    public string? Adjust { get; init; }

    /// <summary>Spell-table columns stratifying the baseline hazard (R <c>strata()</c>).</summary>
    public IReadOnlyList<string> Strata { get; init; } = [];

    /// <summary>Ties: <c>efron</c> (default, R) or <c>breslow</c> (Stata's default).</summary>
    public string Ties { get; init; } = "efron";

    /// <summary>Variance: <c>cluster</c> (default: by person key, R <c>cluster = key</c>), <c>robust</c> or <c>model</c>.</summary>
    public string Vcov { get; init; } = "cluster";

    /// <summary>Small-sample convention of robust and cluster variances: <c>r</c> (default, none) or <c>stata</c> (G/(G−1)).</summary>
    public string ClusterConvention { get; init; } = "r";

    /// <summary>Add the discrete-time complementary log-log check (person-weeks, weekly baseline by duration band, SEs clustered by person). Default true.</summary>
    public bool DiscreteTime { get; init; } = true;
}
