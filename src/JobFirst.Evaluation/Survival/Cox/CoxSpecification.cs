namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Which columns of a table make up a Cox model: <c>Surv(time, event)</c> or <c>Surv(start, time, event)</c>,
/// a one-sided covariate formula, and optional strata, frequency weights and cluster.
/// R: <c>coxph(Surv([start,] time, event) ~ rhs + strata(s), weights = w, cluster = g)</c>.
/// </summary>
/// <param name="Formula">
/// One-sided formula <c>~ a + b + C(f, ref=x) + a:b</c> (see <see cref="Regression.Formula.ModelFormula"/>); factors are
/// coded by treatment contrasts as if an intercept were present and the intercept is then dropped (R's <c>coxph</c>).
/// <c>~ 1</c> fits the null model.
/// </param>
/// <param name="Time">Event or censoring time (stop time of a counting-process interval); numeric.</param>
/// <param name="Event">Event indicator: 1 = event, 0 = censored.</param>
/// <param name="Start">Entry time of a (start, stop] interval for delayed entry or time-varying covariates, or null.</param>
/// <param name="Strata">Stratification columns (separate baseline hazards per combination), or empty.</param>
/// <param name="Weights">Frequency-weight column (&gt; 0), or null.</param>
/// <param name="Cluster">Cluster identifier for <see cref="CoxVariance.ClusterR"/>/<see cref="CoxVariance.ClusterStata"/>, or null.</param>
public sealed record CoxSpecification(
    string Formula,
    string Time,
    string Event,
    string? Start = null,
    IReadOnlyList<string>? Strata = null,
    string? Weights = null,
    string? Cluster = null
)
{
    /// <summary>
    /// The Cox model of a table described by the shared <see cref="SurvivalColumns"/> (entry → start, strata,
    /// cluster; the group column is not used, put it in <paramref name="formula"/>).
    /// </summary>
    public static CoxSpecification FromSurvivalColumns(SurvivalColumns columns, string formula, string? weights = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new CoxSpecification(
            formula,
            columns.Time,
            columns.Event,
            columns.Entry,
            columns.Strata is null ? [] : [columns.Strata],
            weights,
            columns.Cluster
        );
    }
}
