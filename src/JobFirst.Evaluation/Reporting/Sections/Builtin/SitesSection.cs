using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>sites</c>: effects per site (jobcentre) on a window outcome with the meta-analysis across sites (seed 001:119-126):
/// a forest plot with the pooled random-effects estimate, Cochran's Q, I², τ², empirical-Bayes (shrunken) site effects,
/// and one figure per site trait with the meta-regression line (<c>Study.Sites</c>: metafor::rma, blup, rma(mods = ~ trait);
/// <see cref="ForestPlotFigure"/>, <see cref="SiteMetaRegressionFigure"/>).
/// </summary>
public sealed class SitesSection : ReportSection<SitesSectionSpec>
{
    private static readonly string[] Blup = ["shrinkage", "eb_estimate", "eb_std_error", "eb_conf_low", "eb_conf_high"];

    /// <inheritdoc/>
    public override string Name => "sites";

    /// <inheritdoc/>
    public override string Summary =>
        "Site effects: forest plot, Q/I²/τ², empirical Bayes, meta-regression on site traits (seed 001:119-126).";

    /// <inheritdoc/>
    protected override void ValidateOptions(SitesSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (!WeeklyIndicatorNames.TryParse(options.Outcome, out _))
        {
            throw scope.Error("outcome", $"unknown outcome '{options.Outcome}'");
        }
        MonitoringSupport.OneOf(scope, "method", options.Method, "reml", "dl", "fe");
        MonitoringSupport.OneOf(scope, "test", options.Test, "z", "knha");
        if (options.Window is { } w)
        {
            try
            {
                _ = WindowSpec.Parse(w);
            }
            catch (InputException ex)
            {
                throw scope.Error("window", ex.Message.Replace("--window", "window", StringComparison.Ordinal));
            }
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, SitesSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        if (!WeeklyIndicatorNames.TryParse(options.Outcome, out var outcome))
        {
            throw scope.Error("outcome", $"unknown outcome '{options.Outcome}'");
        }
        int min = context.MinCell;
        var lang = context.Language;
        bool danish = lang == FigureLanguage.Danish;
        var window = options.Window is { } text
            ? WindowSpec.Parse(text)
            : WindowSpec.Parse(
                string.Create(CultureInfo.InvariantCulture, $"{context.FocusWeek}:{context.FocusWeek}:mean")
            );
        var method = options.Method switch
        {
            "dl" => MetaMethod.DerSimonianLaird,
            "fe" => MetaMethod.FixedEffect,
            _ => MetaMethod.Reml,
        };
        var traits = options.Traits ?? context.Spec.SiteTraits;
        SiteAnalysis analysis;
        try
        {
            analysis = context.Study.Sites(
                outcome,
                window,
                context.SiteTable,
                new SiteAnalysisOptions
                {
                    Effects = EffectSupport.Options(context),
                    Method = method,
                    Test = options.Test == "knha" ? MetaTest.KnappHartung : MetaTest.Z,
                    Traits = traits,
                },
                EffectSupport.Population(context)
            );
        }
        catch (InputException ex)
        {
            // Fewer than two sites with an estimate leave nothing to pool: say so instead of failing the report.
            if (EstimableSites(context, outcome, window) < 2)
            {
                return new SectionResult
                {
                    Heading =
                        options.Title ?? context.Localized("Effects by jobcentre", "Effekter fordelt på jobcenter"),
                    Introduction = context.Localized(
                        $"No site analysis: fewer than two jobcentres have at least {min} persons in each arm for {outcome.ToName()} {window}.",
                        $"Ingen jobcenteranalyse: færre end to jobcentre har mindst {min} personer i hver gruppe for {outcome.ToName()} {window}."
                    ),
                };
            }
            throw scope.Error(options.Traits is null ? "section" : "traits", ex.Message);
        }
        // One week (or "ever") makes a site's arm mean a share of persons: the share rule applies.
        bool shareRule =
            outcome.IsShare() && (window.Weeks.First == window.Weeks.Last || window.Statistic == WindowStatistic.Ever);
        bool Hidden(SiteEffect s)
        {
            if (!shareRule)
            {
                return false;
            }
            var e = new Estimators.Weekly.WeeklyEffect(
                0,
                s.NTreated,
                s.NControl,
                s.MeanTreated,
                s.MeanControl,
                s.Result,
                s.Suppressed,
                null
            );
            var h = EffectSupport.HiddenArms(outcome, e, null, min);
            return h.Treated || h.Control;
        }
        var hidden = analysis.Sites.Select(Hidden).ToList();
        var re = analysis.RandomEffects;
        var fe = analysis.FixedEffect;
        string title = OutcomeText.Title(outcome, danish);
        string windowText = EffectSupport.WindowText(context, window);
        bool share = outcome.IsShare();
        string Effect(double v) =>
            share
                ? ReportFormat.Number(v * 100, 1, lang) + context.Localized(" pp", " procentpoint")
                : ReportFormat.Number(v, 2, lang);
        string methodName = MetaRegressionResult.MethodName(method);
        var pooled = re.Coefficients[0];
        string heterogeneity = context.Localized(
            $"Across the {fe.K} sites in the meta-analysis: Q = {ReportFormat.Number(fe.QE, 1, lang)} on {fe.QEDf} df (p {ReportFormat.PValue(fe.QEPValue, lang)}), I² = {ReportFormat.Number(re.I2Percent, 0, lang)}%, τ² = {ReportFormat.Number(re.Tau2, 4, lang)} ({methodName}); pooled random-effects effect {Effect(pooled.Estimate)} ({ReportFormat.Level(context.Spec.Level)}% CI {Effect(pooled.ConfLow)} to {Effect(pooled.ConfHigh)}), as metafor::rma(yi, vi, method = \"{methodName}\"{(options.Test == "knha" ? ", test = \"knha\"" : "")}).",
            $"På tværs af de {fe.K} jobcentre i metaanalysen: Q = {ReportFormat.Number(fe.QE, 1, lang)} med {fe.QEDf} frihedsgrader (p {ReportFormat.PValue(fe.QEPValue, lang)}), I² = {ReportFormat.Number(re.I2Percent, 0, lang)} %, τ² = {ReportFormat.Number(re.Tau2, 4, lang)} ({methodName}); samlet random-effects-effekt {Effect(pooled.Estimate)} ({ReportFormat.Level(context.Spec.Level)} pct. KI {Effect(pooled.ConfLow)} til {Effect(pooled.ConfHigh)}), som metafor::rma(yi, vi, method = \"{methodName}\"{(options.Test == "knha" ? ", test = \"knha\"" : "")})."
        );
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var rows = analysis
                .Sites.Select(
                    (s, i) =>
                        s.Result is { } r && !s.Suppressed && !hidden[i]
                            ? options.Shrunken && s.Blup is { } b
                                ? new ForestRow(
                                    s.Site,
                                    b.Prediction,
                                    b.PredictionLow,
                                    b.PredictionHigh,
                                    (int)(s.NTreated + s.NControl)
                                )
                                : new ForestRow(
                                    s.Site,
                                    r.Estimate,
                                    r.ConfLow,
                                    r.ConfHigh,
                                    (int)(s.NTreated + s.NControl)
                                )
                            : new ForestRow(s.Site, double.NaN, double.NaN, double.NaN, Math.Min(1, min - 1))
                )
                .ToList();
            var diamond = ForestRow.FromTidy(
                context.Localized("Pooled (random effects)", "Samlet (random effects)"),
                pooled
            );
            figures.Add(
                new ReportFigure(
                    "forest",
                    ForestPlotFigure.Build(
                        rows,
                        diamond,
                        context.FigureOptions(
                            context.Localized(
                                $"{title}: effect by jobcentre, {windowText}",
                                $"{title}: effekt fordelt på jobcenter, {windowText}"
                            ),
                            share ? ValueScale.Proportion : ValueScale.Number
                        )
                    ),
                    context.Localized(
                        $"Effect (treatment − control) on {title.ToLowerInvariant()} within each jobcentre, {windowText}, with {ReportFormat.Level(context.Spec.Level)}% intervals ({EffectSupport.Conventions(context)}){(options.Shrunken ? "; empirical-Bayes (shrunken) estimates, metafor::blup" : "")}; n = persons of the site in the comparison. {heterogeneity} {context.SuppressionText}",
                        $"Effekt (deltagere − kontrolgruppe) på {title.ToLowerInvariant()} i hvert jobcenter, {windowText}, med {ReportFormat.Level(context.Spec.Level)} pct.-intervaller ({EffectSupport.Conventions(context)}){(options.Shrunken ? "; empiriske Bayes-estimater (krympede), metafor::blup" : "")}; n = jobcentrets personer i sammenligningen. {heterogeneity} {context.SuppressionText}"
                    )
                )
            );
            foreach (var trait in traits)
            {
                var points = analysis.ToSitePoints(trait);
                var byName = analysis
                    .Sites.Select((s, i) => (s.Site, hidden[i]))
                    .ToDictionary(x => x.Site, x => x.Item2);
                points =
                [
                    .. points.Select(p => byName.GetValueOrDefault(p.Label) ? p with { N = Math.Min(1, min - 1) } : p),
                ];
                var reg = analysis.Regressions.First(r =>
                    string.Equals(r.Trait, trait, StringComparison.OrdinalIgnoreCase) && r.Fit.Method == method
                );
                var slope = reg.Fit.Coefficients[1];
                string traitName = trait.Replace('_', ' ');
                figures.Add(
                    new ReportFigure(
                        "trait-" + Stem(trait),
                        SiteMetaRegressionFigure.Build(
                            points,
                            analysis.ToMetaRegressionLine(trait, method),
                            context.FigureOptions(
                                context.Localized(
                                    $"Jobcentre effect against {traitName}",
                                    $"Jobcentrets effekt mod {traitName}"
                                ),
                                share ? ValueScale.Proportion : ValueScale.Number
                            ) with
                            {
                                AxisLabel = traitName,
                            }
                        ),
                        context.Localized(
                            $"Jobcentre effects on {title.ToLowerInvariant()} ({windowText}) against the site trait {traitName}, with {ReportFormat.Level(context.Spec.Level)}% intervals and the meta-regression line effect = β₀ + β₁ × {traitName} ({methodName}; metafor::rma(yi, vi, mods = ~ {trait}, method = \"{methodName}\")): slope {ReportFormat.Number(slope.Estimate, 4, lang)} (SE {ReportFormat.Number(slope.StdError, 4, lang)}, p {ReportFormat.PValue(slope.PValue, lang)}), Q_M = {ReportFormat.Number(reg.Fit.QM, 2, lang)}, residual τ² = {ReportFormat.Number(reg.Fit.Tau2, 4, lang)}, on {reg.Fit.K} sites{(reg.SitesWithoutTrait > 0 ? $" ({reg.SitesWithoutTrait} without the trait left out)" : "")}. {context.SuppressionText}",
                            $"Jobcentrenes effekter på {title.ToLowerInvariant()} ({windowText}) mod jobcenterets {traitName}, med {ReportFormat.Level(context.Spec.Level)} pct.-intervaller og meta-regressionslinjen effekt = β₀ + β₁ × {traitName} ({methodName}; metafor::rma(yi, vi, mods = ~ {trait}, method = \"{methodName}\")): hældning {ReportFormat.Number(slope.Estimate, 4, lang)} (SE {ReportFormat.Number(slope.StdError, 4, lang)}, p {ReportFormat.PValue(slope.PValue, lang)}), Q_M = {ReportFormat.Number(reg.Fit.QM, 2, lang)}, residual τ² = {ReportFormat.Number(reg.Fit.Tau2, 4, lang)}, på {reg.Fit.K} jobcentre{(reg.SitesWithoutTrait > 0 ? $" ({reg.SitesWithoutTrait} uden egenskaben udeladt)" : "")}. {context.SuppressionText}"
                        )
                    )
                );
            }
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var sites = analysis.SiteEffectsTable();
            tables.Add(
                TableSuppression.Apply(
                    "",
                    sites,
                    context.Localized(
                        $"Effects per jobcentre on {title.ToLowerInvariant()}, {windowText}: persons and means per arm, the difference ({EffectSupport.Conventions(context)}), whether it entered the meta-analysis, and the empirical-Bayes shrinkage and estimate (metafor::blup). {heterogeneity} {context.SuppressionText}",
                        $"Effekter pr. jobcenter på {title.ToLowerInvariant()}, {windowText}: personer og gennemsnit pr. gruppe, forskellen ({EffectSupport.Conventions(context)}), om den indgik i metaanalysen, samt empirisk Bayes-krympning og -estimat (metafor::blup). {heterogeneity} {context.SuppressionText}"
                    ),
                    (r, cells) =>
                    {
                        var blank = new List<string>(EffectSupport.Blank(sites, cells, hidden[r], min));
                        if (hidden[r])
                        {
                            blank.AddRange(Blup.Where(c => cells[sites.IndexOf(c)] is not null));
                        }
                        return blank;
                    }
                )
            );
            tables.Add(
                TableSuppression.Apply(
                    "heterogeneity",
                    analysis.HeterogeneityTable(),
                    context.Localized(
                        $"Meta-analysis of the site effects: fixed-effect and random-effects ({methodName}) pooled estimates, Cochran's Q, I², H², τ² and the prediction interval (metafor::rma). {heterogeneity}",
                        $"Metaanalyse af jobcentereffekterne: fixed-effect- og random-effects-estimater ({methodName}), Cochrans Q, I², H², τ² og prædiktionsintervallet (metafor::rma). {heterogeneity}"
                    ),
                    (_, _) => []
                )
            );
            if (analysis.Regressions.Count > 0)
            {
                tables.Add(
                    TableSuppression.Apply(
                        "meta_regression",
                        analysis.MetaRegressionTable(),
                        context.Localized(
                            $"Meta-regressions of the site effects on each site trait ({string.Join(", ", traits)}), fixed-effect and {methodName}: intercept and slope with their tests, residual τ², Q_E, Q_M and R² (metafor::rma(yi, vi, mods = ~ trait)).",
                            $"Meta-regressioner af jobcentereffekterne på hver jobcenteregenskab ({string.Join(", ", traits)}), fixed-effect og {methodName}: skæring og hældning med test, residual τ², Q_E, Q_M og R² (metafor::rma(yi, vi, mods = ~ trait))."
                        ),
                        (_, _) => []
                    )
                );
            }
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Effects by jobcentre", "Effekter fordelt på jobcenter"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                [options.Key] =
                    $"Site effects on {outcome.ToName()} {window}: difference in means within each site; meta-analysis metafor::rma (FE and {methodName}, test {options.Test}), empirical Bayes metafor::blup, meta-regression rma(mods = ~ trait) for {string.Join(", ", traits)}.",
            },
        };
    }

    private static int EstimableSites(ReportContext context, WeeklyIndicator outcome, WindowSpec window) =>
        context
            .Study.Subgroups(
                [outcome],
                "site",
                window: window,
                population: EffectSupport.Population(context),
                options: EffectSupport.Options(context)
            )[0]
            .Window!.Count(w => w.Comparison.Inference is not null);

    private static string Stem(string trait) =>
        new([.. trait.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
}
