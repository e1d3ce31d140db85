using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>subgroups</c>: effects within subgroups of roster columns (target group, gender, ...; seed 001:83-87) at one week or
/// on a window outcome, each outcome a forest plot with the overall effect as a diamond (<see cref="ForestPlotFigure"/>,
/// as metafor::forest) and the test of equal effects across the subgroups (Cochran's Q, χ²(G − 1); <c>Study.Subgroups</c>).
/// </summary>
public sealed class SubgroupsSection : ReportSection<SubgroupsSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "subgroups";

    /// <inheritdoc/>
    public override string Summary =>
        "Subgroup effects: forest plots with the overall effect and the heterogeneity test (seed 001:83-87).";

    /// <inheritdoc/>
    protected override void ValidateOptions(SubgroupsSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.Outcomes is { } outcomes)
        {
            ReportSpecLoader.ValidateOutcomes(outcomes, scope.At("outcomes"));
        }
        if (options.Week is < 1)
        {
            throw scope.Error("week", "must be at least 1");
        }
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
        if ((options.By ?? spec.Subgroups).Count == 0)
        {
            throw scope.Error("by", "needs at least one subgroup column (here or in the spec's subgroups)");
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, SubgroupsSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        var outcomes = EffectsSection.OutcomesOf(context, options.Outcomes);
        var computed =
            outcomes.Contains(WeeklyIndicator.Hours) && !outcomes.Contains(WeeklyIndicator.Employed)
                ? [.. outcomes, WeeklyIndicator.Employed]
                : outcomes;
        int min = context.MinCell;
        var lang = context.Language;
        bool danish = lang == FigureLanguage.Danish;
        var population = EffectSupport.Population(context);
        var effectOptions = EffectSupport.Options(context);
        WindowSpec? window = options.Window is { } text ? WindowSpec.Parse(text) : null;
        int week = options.Week ?? context.FocusWeek;
        var weeks = new WeekRange(week, week);
        string whenShort = window is { } win
            ? EffectSupport.WindowText(context, win)
            : context.Localized($"week {week}", $"uge {week}");
        string when = window is null
            ? whenShort
            : whenShort + context.Localized(" (persons followed through the window)", " (personer fulgt hele vinduet)");
        // The overall effect, drawn as the pooled diamond of each forest plot.
        var overall = window is { } w0
            ? context.Study.WindowEffects(computed, w0, population, effectOptions).Select(x => x.Comparison).ToList()
            : context.Study.Effects(computed, weeks, population, effectOptions).Select(x => x.Effects[0]).ToList();
        var by = options.By ?? context.Spec.Subgroups;
        var figures = new List<ReportFigure>();
        var tables = new List<ReportTable>();
        string conventions = EffectSupport.Conventions(context);
        for (int b = 0; b < by.Count; b++)
        {
            IReadOnlyList<SubgroupEffects> groups;
            try
            {
                groups = context.Study.Subgroups(computed, by[b], weeks, window, population, effectOptions);
            }
            catch (InputException ex)
            {
                throw scope.Error(options.By is null ? "section" : $"by[{b}]", ex.Message);
            }
            var employed = computed.Count > outcomes.Count ? groups[^1] : null;
            var rows = new List<IReadOnlyList<object?>>();
            var hiddenRows = new List<bool>();
            ResultTable? first = null;
            var testLines = new List<string>();
            for (int o = 0; o < outcomes.Count; o++)
            {
                var outcome = outcomes[o];
                var g = groups[o];
                var levels = Levels(g);
                var employedLevels = employed is null ? null : Levels(employed);
                // Window means are means over weeks, not shares of persons: the share rule applies to weeks and "ever".
                bool shareRule = window is not { } ws || ws.Statistic == WindowStatistic.Ever;
                var hidden = levels
                    .Select(
                        (l, i) =>
                            shareRule
                            && EffectSupport.HiddenArms(outcome, l.Effect, employedLevels?[i].Effect, min) is var h
                            && (h.Treated || h.Control)
                    )
                    .ToList();
                var table = g.ToTable();
                first ??= table;
                rows.AddRange(table.Rows);
                hiddenRows.AddRange(hidden);
                var test = g.Tests.Count > 0 ? g.Tests[0] : null;
                string testText = test is null
                    ? context.Localized(
                        "no test (fewer than two subgroups with an estimate)",
                        "ingen test (færre end to undergrupper med et estimat)"
                    )
                    : $"Q = {ReportFormat.Number(test.Q, 2, lang)}, df {test.Df}, p {ReportFormat.PValue(test.PValue, lang)}";
                testLines.Add($"{outcome.ToName()}: {testText}");
                if (!options.Figures)
                {
                    continue;
                }
                var forest = levels
                    .Select(
                        (l, i) =>
                            l.Effect.Inference is { } r && !l.Effect.Suppressed && !hidden[i]
                                ? new ForestRow(l.Level, r.Estimate, r.ConfLow, r.ConfHigh, (int)l.Effect.NFollowed)
                                : new ForestRow(l.Level, double.NaN, double.NaN, double.NaN, Math.Min(1, min - 1))
                    )
                    .ToList();
                var all = overall[o];
                var hideAll = shareRule
                    ? EffectSupport.HiddenArms(outcome, all, computed.Count > outcomes.Count ? overall[^1] : null, min)
                    : (Treated: false, Control: false);
                ForestRow? pooled =
                    all.Inference is { } ra && !all.Suppressed && !hideAll.Treated && !hideAll.Control
                        ? new ForestRow(
                            context.Localized("All", "Alle"),
                            ra.Estimate,
                            ra.ConfLow,
                            ra.ConfHigh,
                            (int)all.NFollowed
                        )
                        : null;
                string title = context.Localized(
                    $"{OutcomeText.Title(outcome, danish)}: effect by {EffectSupport.ColumnText(context, by[b])}, {whenShort}",
                    $"{OutcomeText.Title(outcome, danish)}: effekt fordelt på {EffectSupport.ColumnText(context, by[b])}, {whenShort}"
                );
                var figure = ForestPlotFigure.Build(
                    forest,
                    pooled,
                    context.FigureOptions(title, outcome.IsShare() ? ValueScale.Proportion : ValueScale.Number) with
                    {
                        AxisLabel = outcome.IsShare()
                            ? null
                            : context.Localized(
                                "Effect (95% CI), hours per week",
                                "Effekt (95 pct. KI), timer pr. uge"
                            ),
                    }
                );
                figures.Add(
                    new ReportFigure(
                        $"{by[b]}-{outcome.ToName()}",
                        figure,
                        context.Localized(
                            $"Effect (treatment − control) on {OutcomeText.Title(outcome, danish).ToLowerInvariant()} within each {EffectSupport.ColumnText(context, by[b])} subgroup, {when}, with {ReportFormat.Level(context.Spec.Level)}% intervals ({conventions}); the diamond is the effect among everyone. Test of equal effects across subgroups (Cochran's Q on the independent subgroup estimates, χ²(G − 1); = metafor::rma(yi, sei, mods = ~ factor(g), method = \"FE\")$QM): {testText}. Population: {context.PopulationText}. {context.SuppressionText}",
                            $"Effekt (deltagere − kontrolgruppe) på {OutcomeText.Title(outcome, danish).ToLowerInvariant()} inden for hver undergruppe af {EffectSupport.ColumnText(context, by[b])}, {when}, med {ReportFormat.Level(context.Spec.Level)} pct.-intervaller ({conventions}); romben er effekten for alle. Test af ens effekter på tværs af undergrupper (Cochrans Q på de uafhængige undergruppeestimater, χ²(G − 1); = metafor::rma(yi, sei, mods = ~ factor(g), method = \"FE\")$QM): {testText}. Population: {context.PopulationText}. {context.SuppressionText}"
                        )
                    )
                );
            }
            if (!options.Tables || first is null)
            {
                continue;
            }
            var combined = new ResultTable($"Subgroup effects by {by[b]}", first.Columns, rows, first.Metadata);
            tables.Add(
                TableSuppression.Apply(
                    by[b],
                    combined,
                    context.Localized(
                        $"Effects within subgroups of {by[b]}, {when}: persons per arm, arm means and the difference with {conventions}. Tests of equal effects (Cochran's Q, χ²(G − 1)): {string.Join("; ", testLines)}. {context.SuppressionText}",
                        $"Effekter inden for undergrupper af {by[b]}, {when}: personer pr. gruppe, gennemsnit og forskellen med {conventions}. Test af ens effekter (Cochrans Q, χ²(G − 1)): {string.Join("; ", testLines)}. {context.SuppressionText}"
                    ),
                    (r, cells) => EffectSupport.Blank(combined, cells, hiddenRows[r], min)
                )
            );
            var tests = groups.Take(outcomes.Count).SelectMany(g => g.Tests).ToList();
            if (tests.Count > 0)
            {
                tables.Add(
                    TableSuppression.Apply(
                        by[b] + "-tests",
                        ResultTable.FromRecords(
                            $"Tests of equal effects across {by[b]}",
                            tests,
                            groups[0].TestsTable().Metadata
                        ),
                        context.Localized(
                            $"Tests of equal effects across the subgroups of {by[b]}: Cochran's Q = Σ w_g (d_g − d̄)², w_g = 1/SE_g², on χ²(G − 1) (metafor::rma(yi, sei, mods = ~ factor(g), method = \"FE\")$QM; with Neyman SEs the Wald test of t:g in estimatr::lm_robust(y ~ t * g, se_type = \"HC2\")).",
                            $"Test af ens effekter på tværs af undergrupperne af {by[b]}: Cochrans Q = Σ w_g (d_g − d̄)², w_g = 1/SE_g², med χ²(G − 1) (metafor::rma(yi, sei, mods = ~ factor(g), method = \"FE\")$QM; med Neyman-standardfejl Wald-testen af t:g i estimatr::lm_robust(y ~ t * g, se_type = \"HC2\"))."
                        ),
                        (_, _) => []
                    )
                );
            }
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Effects in subgroups", "Effekter i undergrupper"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["subgroups"] =
                    "Subgroup effects: difference in means within each level (as the weekly effects); test of equal effects = Cochran's Q on the independent subgroup estimates, chi-square(G - 1) (metafor::rma(yi, sei, mods = ~ factor(g), method = \"FE\")$QM).",
            },
        };
    }

    private static List<(string Level, WeeklyEffect Effect)> Levels(SubgroupEffects g) =>
        g.Weekly is { } weekly
            ? [.. weekly.Where(l => l.Effects.Count > 0).Select(l => (l.Level ?? "", l.Effects[0]))]
            : [.. (g.Window ?? []).Select(l => (l.Level ?? "", l.Comparison))];
}
