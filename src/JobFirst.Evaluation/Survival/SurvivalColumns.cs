namespace JobFirst.Evaluation.Survival;

/// <summary>
/// Which columns of a person- or spell-level table hold the survival outcome and its structure, as in R's
/// <c>Surv(entry, time, event) ~ group + strata(s) + cluster(c)</c>.
/// </summary>
/// <param name="Time">Follow-up time (stop time), numeric, ≥ 0 (spell tables: <c>time</c>, in weeks).</param>
/// <param name="Event">Event indicator: 1/0 or true/false (spell tables: <c>event</c>).</param>
/// <param name="Entry">Optional entry (start) time for left truncation, Surv(entry, time, event); entry &lt; time.</param>
/// <param name="Group">Optional grouping column (curves and log-rank groups, e.g. <c>arm</c>).</param>
/// <param name="Strata">Optional stratification column (stratified log-rank; Cox strata).</param>
/// <param name="Cluster">Optional cluster column (e.g. the person <c>key</c> of recurrent spells) for robust variances.</param>
public sealed record SurvivalColumns(
    string Time,
    string Event,
    string? Entry = null,
    string? Group = null,
    string? Strata = null,
    string? Cluster = null
)
{
    /// <summary>The columns of a spell or time-to-event table written by <c>jobfirst-eval spells</c>: <c>time</c>, <c>event</c>, grouped by <c>arm</c>, clustered by <c>key</c>.</summary>
    public static SurvivalColumns SpellTable { get; } = new("time", "event", Group: "arm", Cluster: "key");
}
