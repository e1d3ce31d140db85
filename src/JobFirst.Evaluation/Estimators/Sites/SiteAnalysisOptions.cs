using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Weekly;

namespace JobFirst.Evaluation.Estimators.Sites;

/// <summary>Conventions of the per-site analysis.</summary>
public sealed record SiteAnalysisOptions
{
    /// <summary>Per-site difference-in-means conventions (default Neyman/Welch, t interval, 95%, min_cell 5).</summary>
    public WeeklyEffectOptions Effects { get; init; } = new();

    /// <summary>τ² estimator of the random-effects model and meta-regressions (default REML, metafor's default).</summary>
    public MetaMethod Method { get; init; } = MetaMethod.Reml;

    /// <summary>Test of the meta-analytic coefficients (default z, metafor's default).</summary>
    public MetaTest Test { get; init; } = MetaTest.Z;

    /// <summary>
    /// Site traits to regress the site effects on, one meta-regression each: a column of the site table, or the derived
    /// <c>control_mean</c> (the site's control-group mean of the outcome) or <c>effect:INDICATOR</c> (the site's effect on
    /// another indicator, over the same window or its own: <c>effect:internship@20:30</c> — the "4 of 10" slope, seed
    /// 001:122-123).
    /// </summary>
    public IReadOnlyList<string> Traits { get; init; } = [];
}
