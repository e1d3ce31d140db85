using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators.Subgroups;

/// <summary>
/// Test of equal effects across subgroups: Cochran's Q = Σ w_g(d_g − d̄)² with w_g = 1/SE_g² and d̄ the inverse-variance
/// mean, χ²(G − 1) under equal effects, over the G subgroups with an estimate (independent subgroups: disjoint persons).
/// R: <c>metafor::rma(yi = d, sei = se, mods = ~ factor(g), method = "FE")$QM</c>; with Neyman (HC2) subgroup SEs it is
/// exactly the Wald χ² of the treatment × subgroup interactions in <c>estimatr::lm_robust(y ~ t * g, se_type = "HC2")</c>
/// (a saturated model: HC2 gives each cell its Neyman variance).
/// </summary>
/// <param name="Outcome">Outcome.</param>
/// <param name="By">Subgroup column.</param>
/// <param name="Week">Event week (null for a window outcome).</param>
/// <param name="Window">Window (null for a weekly outcome).</param>
/// <param name="Subgroups">Subgroups entering the test (G).</param>
/// <param name="Q">Cochran's Q.</param>
/// <param name="Df">G − 1.</param>
/// <param name="PValue">Upper-tail χ²(G − 1) probability.</param>
public sealed record SubgroupHeterogeneityTest(
    string Outcome,
    string By,
    int? Week,
    string? Window,
    int Subgroups,
    double Q,
    int Df,
    double PValue
)
{
    /// <summary>The test over the subgroup estimates with a finite positive SE; null when fewer than two remain.</summary>
    public static SubgroupHeterogeneityTest? Compute(
        string outcome,
        string by,
        int? week,
        string? window,
        IReadOnlyList<(string Level, DifferenceInMeansResult? Result)> estimates
    )
    {
        ArgumentNullException.ThrowIfNull(estimates);
        return Compute(outcome, by, week, window, [.. estimates.Select(e => (e.Level, e.Result?.ToTidyTerm()))]);
    }

    /// <summary>
    /// The test over any subgroup estimates (difference in means or covariate-adjusted) with a finite positive SE; null
    /// when fewer than two remain.
    /// </summary>
    public static SubgroupHeterogeneityTest? Compute(
        string outcome,
        string by,
        int? week,
        string? window,
        IReadOnlyList<(string Level, TidyTerm? Estimate)> estimates
    )
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var units = estimates
            .Where(e => e.Estimate is { } r && double.IsFinite(r.StdError) && r.StdError > 0)
            .Select(e => new MetaStudy(e.Level, e.Estimate!.Estimate, e.Estimate.StdError * e.Estimate.StdError))
            .ToList();
        if (units.Count < 2)
        {
            return null;
        }
        var fit = MetaRegression.Fit(units, null, MetaMethod.FixedEffect);
        return new SubgroupHeterogeneityTest(outcome, by, week, window, units.Count, fit.QE, fit.QEDf, fit.QEPValue);
    }
}
