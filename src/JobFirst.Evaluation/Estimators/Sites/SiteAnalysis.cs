using System.Globalization;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Sites;

/// <summary>
/// Per-site (jobcentre) effects of one window outcome and their meta-analysis (seed 001:119-126): the effect per site
/// with CI, Cochran's Q and I², the fixed-effect and random-effects pooled effects, the empirical-Bayes shrunken site
/// effects, and meta-regressions of the site effects on site traits. Every meta-analytic quantity is
/// <see cref="MetaRegression"/> = R <c>metafor::rma</c>.
/// </summary>
public sealed partial record SiteAnalysis
{
    /// <summary>Outcome indicator.</summary>
    public required string Outcome { get; init; }

    /// <summary>The window outcome compared per site.</summary>
    public required WindowSpec Window { get; init; }

    /// <summary>The conventions used.</summary>
    public required SiteAnalysisOptions Options { get; init; }

    /// <summary>One entry per site in the roster (ordinal order).</summary>
    public required IReadOnlyList<SiteEffect> Sites { get; init; }

    /// <summary>Fixed-effect (inverse-variance) meta-analysis of the site effects; Q_E is Cochran's Q.</summary>
    public required MetaRegressionResult FixedEffect { get; init; }

    /// <summary>Random-effects meta-analysis (τ² by <see cref="SiteAnalysisOptions.Method"/>); its BLUPs are the shrunken site effects.</summary>
    public required MetaRegressionResult RandomEffects { get; init; }

    /// <summary>Meta-regressions on traits: for each trait, the fixed-effect fit and the mixed-effects fit.</summary>
    public required IReadOnlyList<SiteTraitRegression> Regressions { get; init; }

    /// <summary>Persons excluded before the comparison, by reason.</summary>
    public required IReadOnlyDictionary<string, long> Exclusions { get; init; }

    /// <summary>The site effects with the shrunken (empirical-Bayes) effects.</summary>
    public ResultTable SiteEffectsTable()
    {
        var rows = Sites.Select(s =>
        {
            var r = s.Result;
            var b = s.Blup;
            return (IReadOnlyList<object?>)
                [
                    Outcome,
                    s.Site,
                    s.NTreated,
                    s.NControl,
                    s.MeanTreated,
                    s.MeanControl,
                    r?.Estimate,
                    Finite(r?.StdError),
                    Finite(r?.Df),
                    Finite(r?.Statistic),
                    Finite(r?.PValue),
                    Finite(r?.ConfLow),
                    Finite(r?.ConfHigh),
                    s.Suppressed,
                    s.InMetaAnalysis,
                    b?.Shrinkage,
                    b?.Prediction,
                    b?.PredictionStdError,
                    b?.PredictionLow,
                    b?.PredictionHigh,
                    s.Note,
                ];
        });
        return new ResultTable(
            $"Site effects: {Outcome} {Window}",
            [
                "outcome",
                "site",
                "n_treated",
                "n_control",
                "mean_treated",
                "mean_control",
                "estimate",
                "std_error",
                "df",
                "statistic",
                "p_value",
                "conf_low",
                "conf_high",
                "suppressed",
                "in_meta_analysis",
                "shrinkage",
                "eb_estimate",
                "eb_std_error",
                "eb_conf_low",
                "eb_conf_high",
                "note",
            ],
            rows,
            Metadata()
        );
    }

    /// <summary>Pooled effects and heterogeneity: one row for the fixed-effect and one for the random-effects model.</summary>
    public ResultTable HeterogeneityTable()
    {
        IReadOnlyList<object?> Row(string model, MetaRegressionResult f) =>
            [
                model,
                MetaRegressionResult.MethodName(f.Method),
                f.K,
                f.Coefficients[0].Estimate,
                f.Coefficients[0].StdError,
                f.Coefficients[0].Statistic,
                f.Coefficients[0].PValue,
                f.Coefficients[0].ConfLow,
                f.Coefficients[0].ConfHigh,
                f.QE,
                f.QEDf,
                f.QEPValue,
                f.I2Percent,
                f.H2,
                f.Tau2,
                f.Tau,
                double.IsNaN(f.Tau2StdError) ? null : f.Tau2StdError,
                f.Method == MetaMethod.FixedEffect ? null : f.PredictionInterval.Low,
                f.Method == MetaMethod.FixedEffect ? null : f.PredictionInterval.High,
            ];
        return new ResultTable(
            $"Site heterogeneity: {Outcome} {Window}",
            [
                "model",
                "method",
                "k",
                "estimate",
                "std_error",
                "statistic",
                "p_value",
                "conf_low",
                "conf_high",
                "q",
                "q_df",
                "q_p_value",
                "i2_percent",
                "h2",
                "tau2",
                "tau",
                "tau2_std_error",
                "pi_low",
                "pi_high",
            ],
            [Row("fixed_effect", FixedEffect), Row("random_effects", RandomEffects)],
            Metadata()
        );
    }

    /// <summary>Meta-regression coefficients: per trait and model, the intercept and slope rows.</summary>
    public ResultTable MetaRegressionTable()
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var reg in Regressions)
        {
            var f = reg.Fit;
            foreach (var c in f.Coefficients)
            {
                rows.Add([
                    Outcome,
                    reg.Trait,
                    reg.Source,
                    f.Method == MetaMethod.FixedEffect ? "fixed_effect" : "mixed_effects",
                    MetaRegressionResult.MethodName(f.Method),
                    f.Test == MetaTest.Z ? "z" : "knha",
                    c.Term,
                    c.Estimate,
                    c.StdError,
                    c.Statistic,
                    c.PValue,
                    c.ConfLow,
                    c.ConfHigh,
                    double.IsPositiveInfinity(c.Df) ? null : c.Df,
                    f.K,
                    reg.SitesWithoutTrait,
                    f.Tau2,
                    f.QE,
                    f.QEPValue,
                    f.QM,
                    f.QMPValue,
                    double.IsNaN(f.R2Percent) ? null : f.R2Percent,
                ]);
            }
        }
        return new ResultTable(
            $"Site meta-regressions: {Outcome} {Window}",
            [
                "outcome",
                "trait",
                "trait_source",
                "model",
                "method",
                "test",
                "term",
                "estimate",
                "std_error",
                "statistic",
                "p_value",
                "conf_low",
                "conf_high",
                "df",
                "k",
                "k_missing_trait",
                "tau2",
                "qe",
                "qe_p_value",
                "qm",
                "qm_p_value",
                "r2_percent",
            ],
            rows,
            Metadata()
        );
    }

    private Dictionary<string, string> Metadata()
    {
        var inv = CultureInfo.InvariantCulture;
        var m = new Dictionary<string, string>
        {
            ["window"] = Window.ToString(),
            ["site_effect"] = "difference_in_means of the per-person window outcome within the site",
            ["meta_method"] = MetaRegressionResult.MethodName(Options.Method),
            ["meta_test"] = Options.Test == MetaTest.Z ? "z" : "knha",
            ["reference"] = "metafor::rma(yi, vi, method = ...) / blup() / rma(yi, vi, mods = ~ trait)",
            ["sites"] = Sites.Count.ToString(inv),
            ["sites_in_meta_analysis"] = Sites.Count(s => s.InMetaAnalysis).ToString(inv),
            ["min_cell"] = Options.Effects.MinCell.ToString(inv),
        };
        foreach (var (reason, count) in Exclusions)
        {
            m["excluded_" + reason] = count.ToString(inv);
        }
        return m;
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;

    /// <summary>Forest-plot rows: the site estimates (or the shrunken estimates), sites in the meta-analysis only.</summary>
    public IReadOnlyList<ForestRow> ToForestRows(bool shrunken = false) =>
        [
            .. Sites
                .Where(s => s.InMetaAnalysis)
                .Select(s =>
                    shrunken
                        ? new ForestRow(
                            s.Site,
                            s.Blup!.Prediction,
                            s.Blup.PredictionLow,
                            s.Blup.PredictionHigh,
                            (int)(s.NTreated + s.NControl)
                        )
                        : new ForestRow(
                            s.Site,
                            s.Result!.Estimate,
                            s.Result.ConfLow,
                            s.Result.ConfHigh,
                            (int)(s.NTreated + s.NControl)
                        )
                ),
        ];

    /// <summary>The pooled random-effects estimate as a forest-plot row.</summary>
    public ForestRow ToPooledRow() => ForestRow.FromTidy("Pooled (random effects)", RandomEffects.Coefficients[0]);

    /// <summary>The points of a site-effect-versus-trait figure for <paramref name="trait"/>.</summary>
    public IReadOnlyList<SitePoint> ToSitePoints(string trait)
    {
        var reg = Find(trait, null);
        var byLabel = Sites.ToDictionary(s => s.Site, StringComparer.Ordinal);
        return
        [
            .. reg.Fit.Studies.Select(
                (u, i) =>
                {
                    var s = byLabel[u.Label];
                    return new SitePoint(
                        u.Label,
                        reg.TraitValues[i],
                        u.Estimate,
                        s.Result?.ConfLow,
                        s.Result?.ConfHigh,
                        (int)(s.NTreated + s.NControl)
                    );
                }
            ),
        ];
    }

    /// <summary>The fitted line of the meta-regression on <paramref name="trait"/> (mixed-effects model unless <paramref name="method"/> says otherwise).</summary>
    public MetaRegressionLine ToMetaRegressionLine(string trait, MetaMethod? method = null)
    {
        var f = Find(trait, method ?? Options.Method).Fit;
        return new MetaRegressionLine(f.Coefficients[0].Estimate, f.Coefficients[1].Estimate);
    }

    private SiteTraitRegression Find(string trait, MetaMethod? method) =>
        Regressions.FirstOrDefault(r =>
            string.Equals(r.Trait, trait, StringComparison.OrdinalIgnoreCase)
            && (method is null || r.Fit.Method == method)
        ) ?? throw new ArgumentException($"No meta-regression on trait '{trait}'.", nameof(trait));
}
