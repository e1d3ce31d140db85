using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Choices behind the stability estimate (the relative hazard of leaving a weekly status, treatment vs control).
/// Defaults answer the seed's question (001:113-114): spells of ordinary hours &gt; 0 without bridged gaps, spells
/// already running in event week 1 excluded (their start is unknown), all spells of a person kept and SEs
/// clustered by person, Efron ties, no covariate adjustment (randomised arms).
/// </summary>
public sealed record StabilityOptions
{
    /// <summary>How spells are built (status, bridged gap, censored-time convention).</summary>
    public SpellOptions Spells { get; init; } = new();

    /// <summary>Exclude spells ongoing in event week 1 (left-truncated; counted in the result). Default true.</summary>
    public bool ExcludeOngoingAtEntry { get; init; } = true;

    /// <summary>Use only each person's first spell (then one row per person). Default false: all spells.</summary>
    public bool FirstSpellOnly { get; init; }

    /// <summary>Extra right-hand-side terms, e.g. <c>target_group + C(site)</c>, or null for the unadjusted contrast.</summary>
    public string? Adjustment { get; init; }

    /// <summary>Stratification columns of the spell table (e.g. <c>target_group</c>), or empty.</summary>
    public IReadOnlyList<string> Strata { get; init; } = [];

    /// <summary>Cox fitting choices; the default variance clusters on the person <c>key</c> (R: <c>cluster = key</c>).</summary>
    public CoxOptions Cox { get; init; } = new(Variance: CoxVariance.ClusterR);

    /// <summary>Estimates are suppressed when an arm has fewer persons with spells than this (privacy rule; default 5).</summary>
    public int MinCell { get; init; } = 5;
}
