using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// The log-rank test (G-rho family with ρ = 0) of equal hazards across groups, optionally stratified
/// (R <c>survdiff(Surv(time, event) ~ group + strata(s))</c>): χ² = (O − E)ᵀ V⁻ (O − E) on (groups with
/// E &gt; 0) − 1 df, V the hypergeometric variance summed over event times and strata. Immutable.
/// </summary>
/// <param name="Groups">Per group O, E and the per-group statistics.</param>
/// <param name="ChiSquare">Test statistic.</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="PValue">Upper-tail χ² probability.</param>
/// <param name="Strata">Number of strata (1 when not stratified).</param>
/// <param name="Variance">Variance matrix of O − E, row-major groups × groups (R <c>survdiff()$var</c>).</param>
public sealed record LogRankResult(
    IReadOnlyList<LogRankGroup> Groups,
    double ChiSquare,
    int Df,
    double PValue,
    int Strata,
    IReadOnlyList<double> Variance
)
{
    /// <summary>
    /// The test as a tidy row: term <c>log_rank</c> (or <c>log_rank_stratified</c>), statistic = χ², p-value,
    /// df; no estimate, standard error or interval.
    /// </summary>
    public TidyTerm ToTidy() =>
        new(
            Strata > 1 ? "log_rank_stratified" : "log_rank",
            double.NaN,
            double.NaN,
            ChiSquare,
            PValue,
            double.NaN,
            double.NaN,
            Df
        );
}
