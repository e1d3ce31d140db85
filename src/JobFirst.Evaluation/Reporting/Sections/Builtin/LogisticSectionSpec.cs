using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>logit</c> section.</summary>
public sealed record LogisticSectionSpec : SectionSpec
{
    /// <summary>The 0/1 weekly outcome modelled (default <c>employed</c>); <c>hours</c> is not allowed.</summary>
    public string Outcome { get; init; } = "employed";

    /// <summary>Event week of the outcome; null = the spec's <c>focus_week</c>. Persons not observed that week are left out.</summary>
    public int? Week { get; init; }

    /// <summary>
    /// Right-hand side of the model formula (syntax of <c>jobfirst-eval logit</c>), over the person-level columns
    /// <c>treatment</c> (0/1), <c>arm</c>, <c>site</c>, <c>target_group</c>, the roster covariates and the history
    /// counts <c>hist_weeks_employed</c>, <c>hist_weeks_self_supporting</c>, <c>hist_weeks_sick</c>. Default <c>treatment</c>.
    /// </summary>
    public string Formula { get; init; } = "treatment";

    /// <summary>Variance: <c>model</c> (R glm default), <c>hc0</c>, <c>hc1</c> or <c>cluster:COLUMN</c>.</summary>
    public string Vcov { get; init; } = "model";

    /// <summary>Cluster small-sample convention: <c>r</c> (sandwich::vcovCL HC1) or <c>stata</c> (logit, vce(cluster)).</summary>
    public string ClusterConvention { get; init; } = "r";

    /// <summary>Firth's penalised likelihood (brglm2 / logistf) instead of maximum likelihood.</summary>
    public bool Firth { get; init; }

    /// <summary>Variables whose predictive margins, AMEs and contrasts (percentage points) are reported; default <c>treatment</c> when in the formula.</summary>
    public IReadOnlyList<string>? Margins { get; init; }
}
