using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>effects</c>: weekly treatment − control effects for each outcome (seed 000 Figs 5, 6, 8): the two-panel figure
/// (levels by arm on the left; the difference with its pointwise confidence band and, optionally, the simultaneous
/// sup-t band on a zero-centred axis on the right; <see cref="EffectFigure"/>), one tidy weekly table, and the effects
/// on window outcomes when asked (<c>Study.Effects</c>, <c>Study.WindowEffects</c>; <c>docs/effects.md</c>).
/// </summary>
public sealed class EffectsSection : ReportSection<EffectsSectionSpec>
{
    private static readonly string[] IncompleteColumns = ["n_incomplete_treated", "n_incomplete_control"];

    /// <inheritdoc/>
    public override string Name => "effects";

    /// <inheritdoc/>
    public override string Summary =>
        "Weekly effects with 95% CIs and sup-t bands, two-panel figures (seed 000 Figs 5, 6, 8), window outcomes.";

    /// <inheritdoc/>
    protected override void ValidateOptions(EffectsSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.Outcomes is { } outcomes)
        {
            ReportSpecLoader.ValidateOutcomes(outcomes, scope.At("outcomes"));
        }
        MonitoringSupport.OneOf(scope, "ci", options.Ci, "t", "normal");
        MonitoringSupport.OneOf(scope, "band_multiplier", options.BandMultiplier, "gaussian", "rademacher");
        if (options.BandDraws < 100)
        {
            throw scope.Error("band_draws", "must be at least 100");
        }
        if (options.Adjust is { } a)
        {
            MonitoringSupport.OneOf(scope, "adjust", a, "holm", "bh", "bonferroni");
        }
        if (options.Estimator is { } e)
        {
            MonitoringSupport.OneOf(scope, "estimator", e, "dim", "lin", "ols");
        }
        bool adjusted = Estimator(options) != EffectEstimator.DifferenceInMeans;
        if (adjusted && options.AdjustFor.Count == 0)
        {
            throw scope.Error("adjust_for", $"estimator \"{options.Estimator}\" needs at least one covariate");
        }
        if (!adjusted && options.AdjustFor.Count > 0)
        {
            throw scope.Error(
                "estimator",
                "adjust_for needs estimator \"lin\" or \"ols\" (the difference in means is unadjusted)"
            );
        }
        if (options.Vcov is { } v)
        {
            if (!adjusted)
            {
                throw scope.Error(
                    "vcov",
                    "needs a covariate-adjusted estimator (adjust_for); the difference in means uses the spec's standard_error"
                );
            }
            MonitoringSupport.OneOf(scope, "vcov", v, "hc2", "hc0", "hc1", "hc3", "classical");
        }
        if (adjusted && options.Band == true)
        {
            throw scope.Error(
                "band",
                "the sup-t band is computed for the difference in means only; leave it out with adjust_for"
            );
        }
        for (int i = 0; i < options.Windows.Count; i++)
        {
            try
            {
                _ = WindowSpec.Parse(options.Windows[i]);
            }
            catch (InputException ex)
            {
                throw scope.Error(
                    $"windows[{i}]",
                    ex.Message.Replace("--window", "a window", StringComparison.Ordinal)
                );
            }
        }
    }

    private static EffectEstimator Estimator(EffectsSectionSpec options) =>
        options.Estimator switch
        {
            "lin" => EffectEstimator.Lin,
            "ols" => EffectEstimator.Ols,
            "dim" => EffectEstimator.DifferenceInMeans,
            _ => options.AdjustFor.Count > 0 ? EffectEstimator.Lin : EffectEstimator.DifferenceInMeans,
        };

    /// <summary>The outcomes of a section (its own list or the spec's).</summary>
    internal static List<WeeklyIndicator> OutcomesOf(ReportContext context, IReadOnlyList<string>? names) =>
        names is null
            ? [.. context.Outcomes]
            :
            [
                .. names.Select(n =>
                    WeeklyIndicatorNames.TryParse(n, out var i) ? i : throw new InvalidOperationException(n)
                ),
            ];

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, EffectsSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        var outcomes = OutcomesOf(context, options.Outcomes);
        int min = context.MinCell;
        var lang = context.Language;
        bool danish = lang == FigureLanguage.Danish;
        // Mean hours are checked against the persons with hours: the employed share rides along in the same pass.
        var computed =
            outcomes.Contains(WeeklyIndicator.Hours) && !outcomes.Contains(WeeklyIndicator.Employed)
                ? [.. outcomes, WeeklyIndicator.Employed]
                : outcomes;
        long seed = context.SeedFor(options);
        var estimator = Estimator(options);
        bool adjusted = estimator != EffectEstimator.DifferenceInMeans;
        var band =
            options.Band ?? !adjusted
                ? new SimultaneousBandOptions(
                    options.BandMultiplier == "rademacher" ? BandMultiplier.Rademacher : BandMultiplier.Gaussian,
                    options.BandDraws,
                    (ulong)seed,
                    context.Spec.Level
                )
                : null;
        var adjustment = options.Adjust switch
        {
            "holm" => PValueAdjustment.Holm,
            "bh" => PValueAdjustment.BenjaminiHochberg,
            "bonferroni" => PValueAdjustment.Bonferroni,
            _ => (PValueAdjustment?)null,
        };
        var effectOptions = EffectSupport.Options(context, options.Ci, band, adjustment);
        if (adjusted)
        {
            effectOptions = effectOptions with
            {
                Estimator = estimator,
                Covariates = options.AdjustFor,
                StandardError = null,
                Variance = options.Vcov switch
                {
                    "hc0" => OlsVariance.HC0,
                    "hc1" => OlsVariance.HC1,
                    "hc3" => OlsVariance.HC3,
                    "classical" => OlsVariance.Classical,
                    _ => OlsVariance.HC2,
                },
            };
        }
        var population = EffectSupport.Population(context);
        var weeks = new WeekRange(context.WeekFrom, context.WeekTo);
        IReadOnlyList<WeeklyEffects> all;
        try
        {
            all = context.Study.Effects(computed, weeks, population, effectOptions, options.Blocks);
        }
        catch (InputException ex)
        {
            throw scope.Error(
                adjusted ? "adjust_for"
                    : options.Blocks is null ? "outcomes"
                    : "blocks",
                ex.Message
            );
        }
        var employed = all.FirstOrDefault(e => e.Outcome == WeeklyIndicator.Employed.ToName());
        var effects = all.Take(outcomes.Count).ToList();
        string conventions = adjusted
            ? AdjustedConventions(context, options, estimator)
            : EffectSupport.Conventions(context, options.Ci);
        var hiddenRows = new List<bool>();
        var figures = new List<ReportFigure>();
        for (int o = 0; o < outcomes.Count; o++)
        {
            var outcome = outcomes[o];
            var e = effects[o];
            var hidden = e
                .Effects.Select((w, k) => EffectSupport.HiddenArms(outcome, w, employed?.Effects[k], min))
                .ToList();
            hiddenRows.AddRange(hidden.Select(h => h.Treated || h.Control));
            if (!options.Figures || e.Effects.Count == 0)
            {
                continue;
            }
            // The figure builder hides points whose count is small: hidden arm means are handed over as a count of 1.
            var arms = e.ToArmSeries();
            int Mask(int n, bool hide) => hide ? Math.Min(1, min - 1) : n;
            arms = arms with
            {
                TreatmentN = [.. arms.TreatmentN!.Select((n, k) => Mask(n, hidden[k].Treated))],
                ControlN = [.. arms.ControlN!.Select((n, k) => Mask(n, hidden[k].Control))],
            };
            string title =
                OutcomeText.Title(outcome, danish)
                + (
                    adjusted
                        ? context.Localized(
                            $" (covariate-adjusted, {(estimator == EffectEstimator.Lin ? "Lin 2013" : "OLS")})",
                            $" (kovariatjusteret, {(estimator == EffectEstimator.Lin ? "Lin 2013" : "OLS")})"
                        )
                        : ""
                );
            var figure = EffectFigure.Build(
                arms,
                e.ToEffectSeries(),
                context.FigureOptions(title, outcome.IsShare() ? ValueScale.Proportion : ValueScale.Number)
            );
            figures.Add(
                new ReportFigure(outcome.ToName(), figure, Caption(context, outcome, e, hidden, conventions, adjusted))
            );
        }

        var tables = new List<ReportTable>();
        if (options.Tables && effects.Count > 0)
        {
            var table = WeeklyEffects.ToTable(effects, "Weekly effects");
            string bandText = band is null
                ? ""
                : context.Localized(
                    $" band_low/band_high: the simultaneous {ReportFormat.Level(context.Spec.Level)}% sup-t band over the weeks (multiplier bootstrap, {options.BandDraws} draws, seed in the manifest).",
                    $" band_low/band_high: det simultane {ReportFormat.Level(context.Spec.Level)} pct. sup-t-bånd over ugerne (multiplikator-bootstrap, {options.BandDraws} træk, seed i manifestet)."
                );
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    context.Localized(
                        $"Weekly effects (treatment − control) of {string.Join(", ", outcomes.Select(x => x.ToName()))}, {context.WeekRangeText(weeks.First, weeks.Last)}: persons followed per arm, arm means, the difference with {conventions}; relative_effect = estimate ÷ control mean.{bandText} Population: {context.PopulationText}. {context.SuppressionText}",
                        $"Ugentlige effekter (deltagere − kontrolgruppe) af {string.Join(", ", outcomes.Select(x => x.ToName()))}, {context.WeekRangeText(weeks.First, weeks.Last)}: personer fulgt pr. gruppe, gennemsnit pr. gruppe, forskellen med {conventions}; relative_effect = estimat ÷ kontrolgruppens gennemsnit.{bandText} Population: {context.PopulationText}. {context.SuppressionText}"
                    ),
                    (r, cells) => EffectSupport.Blank(table, cells, hiddenRows[r], min)
                )
            );
        }
        if (options.Tables && options.Windows.Count > 0)
        {
            tables.Add(WindowTable(context, options, outcomes, population, effectOptions, conventions));
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Effects by week", "Effekter pr. uge"),
            Figures = figures,
            Tables = tables,
            Seed = band is null ? null : seed,
            Conventions = new Dictionary<string, string>
            {
                [options.Key] = adjusted
                    ? $"Weekly covariate-adjusted effect ({estimator}; covariates {string.Join(", ", options.AdjustFor)}; {(options.Vcov ?? "hc2").ToUpperInvariant()} SE, df n - k; estimatr::{(estimator == EffectEstimator.Lin ? "lm_lin" : "lm_robust")}) per event week over the complete cases followed that week. A week is suppressed when an arm has fewer than min_cell persons, or its share rests on 1..min_cell-1 persons with or without the status (hours: with hours)."
                    : $"Weekly difference in means treatment - control per event week over the population followed that week: {(context.Spec.StandardError == "classical" ? "classical pooled SE, df n - 2 (t.test var.equal = TRUE)" : "Neyman/Welch SE, Welch-Satterthwaite df (estimatr::difference_in_means, t.test)")}, {(options.Ci == "normal" ? "normal" : "t")} intervals{(options.Blocks is null ? "" : $", blocked by {options.Blocks} (difference_in_means(blocks = ))")}{(band is null ? "" : $"; simultaneous sup-t band (Montiel Olea & Plagborg-Moller 2019), {options.BandMultiplier} multiplier bootstrap, {options.BandDraws} draws")}{(adjustment is null ? "" : $"; p-values adjusted across weeks ({options.Adjust}, R p.adjust)")}. A week is suppressed when an arm has fewer than min_cell persons, or its share rests on 1..min_cell-1 persons with or without the status (hours: with hours).",
            },
        };
    }

    private static string AdjustedConventions(
        ReportContext context,
        EffectsSectionSpec options,
        EffectEstimator estimator
    )
    {
        string covariates = string.Join(", ", options.AdjustFor);
        string variance = (options.Vcov ?? "hc2").ToUpperInvariant();
        string terms = string.Join(" + ", options.AdjustFor);
        string reference =
            estimator == EffectEstimator.Lin
                ? $"estimatr::lm_lin(y ~ treatment, covariates = ~ {terms}, se_type = \"{variance}\")"
                : $"estimatr::lm_robust(y ~ treatment + {terms}, se_type = \"{variance}\")";
        return estimator == EffectEstimator.Lin
            ? context.Localized(
                $"covariate-adjusted as Lin (2013): treatment interacted with the centred covariates {covariates}, complete cases, {variance} standard errors, n − k df and t intervals, as {reference}",
                $"kovariatjusteret som Lin (2013): behandling interageret med de centrerede kovariater {covariates}, komplette observationer, {variance}-standardfejl, n − k frihedsgrader og t-intervaller, som {reference}"
            )
            : context.Localized(
                $"covariate-adjusted by OLS with additive covariates {covariates}, complete cases, {variance} standard errors, n − k df and t intervals, as {reference}",
                $"kovariatjusteret ved OLS med additive kovariater {covariates}, komplette observationer, {variance}-standardfejl, n − k frihedsgrader og t-intervaller, som {reference}"
            );
    }

    private static string Caption(
        ReportContext context,
        WeeklyIndicator outcome,
        WeeklyEffects e,
        List<(bool Treated, bool Control)> hidden,
        string conventions,
        bool adjusted
    )
    {
        var lang = context.Language;
        bool share = outcome.IsShare();
        string title = OutcomeText.Title(outcome, lang == FigureLanguage.Danish);
        var first = e.Effects[0];
        var last = e.Effects[^1];
        string Effect(double v) =>
            share
                ? ReportFormat.Number(v * 100, 1, lang) + context.Localized(" pp", " procentpoint")
                : ReportFormat.Number(v, 2, lang) + context.Localized(" hours", " timer");
        string at = "";
        int k = e.Effects.ToList().FindIndex(w => w.Week == context.FocusWeek);
        if (
            k >= 0
            && e.Effects[k].Inference is { } r
            && !e.Effects[k].Suppressed
            && !hidden[k].Treated
            && !hidden[k].Control
        )
        {
            at = context.Localized(
                $" In week {context.FocusWeek}: {Effect(r.Estimate)} ({ReportFormat.Level(context.Spec.Level)}% CI {Effect(r.ConfLow)} to {Effect(r.ConfHigh)}, p {ReportFormat.PValue(r.PValue, lang)}).",
                $" I uge {context.FocusWeek}: {Effect(r.Estimate)} ({ReportFormat.Level(context.Spec.Level)} pct. KI {Effect(r.ConfLow)} til {Effect(r.ConfHigh)}, p {ReportFormat.PValue(r.PValue, lang)})."
            );
        }
        string band = e.Band is { } b
            ? context.Localized(
                $" The lighter band is the simultaneous {ReportFormat.Level(b.Level)}% sup-t band over the {b.WeeksInBand} weeks with an estimate (critical value {ReportFormat.Number(b.CriticalValue, 2, lang)} instead of {ReportFormat.Number(1.96, 2, lang)}; Montiel Olea & Plagborg-Møller 2019): it covers the whole path with {ReportFormat.Level(b.Level)}% probability.",
                $" Det lyse bånd er det simultane {ReportFormat.Level(b.Level)} pct. sup-t-bånd over de {b.WeeksInBand} uger med et estimat (kritisk værdi {ReportFormat.Number(b.CriticalValue, 2, lang)} i stedet for {ReportFormat.Number(1.96, 2, lang)}; Montiel Olea & Plagborg-Møller 2019): det dækker hele forløbet med {ReportFormat.Level(b.Level)} pct. sandsynlighed."
            )
            : "";
        string what = share
            ? context.Localized(
                "share of persons; effect in percentage points",
                "andel af personer; effekt i procentpoint"
            )
            : context.Localized(
                "mean ordinary hours per week (zero without hours); effect in hours",
                "gennemsnitlige ordinære timer pr. uge (nul uden timer); effekt i timer"
            );
        string n = context.Localized(
            $"Persons followed: {context.CountOrSuppressed(first.NTreated)} treatment and {context.CountOrSuppressed(first.NControl)} control in week {first.Week}; {context.CountOrSuppressed(last.NTreated)} and {context.CountOrSuppressed(last.NControl)} in week {last.Week}.",
            $"Personer fulgt: {context.CountOrSuppressed(first.NTreated)} deltagere og {context.CountOrSuppressed(first.NControl)} i kontrolgruppen i uge {first.Week}; {context.CountOrSuppressed(last.NTreated)} og {context.CountOrSuppressed(last.NControl)} i uge {last.Week}."
        );
        return context.Localized(
            $"{title}: level by arm (left) and the treatment − control difference with its pointwise {ReportFormat.Level(context.Spec.Level)}% confidence band (right), by week since randomisation, {context.WeekRangeText(first.Week, last.Week)} ({what}). {(adjusted ? "Covariate-adjusted effect" : "Difference in means")} per week among {context.PopulationText}, {conventions}.{band}{at}{(adjusted ? " The levels on the left are unadjusted arm means." : "")} {n} {context.SuppressionText}",
            $"{title}: niveau fordelt på gruppe (venstre) og forskellen mellem deltagere og kontrolgruppe med punktvist {ReportFormat.Level(context.Spec.Level)} pct. konfidensbånd (højre) pr. uge efter visitation, {context.WeekRangeText(first.Week, last.Week)} ({what}). {(adjusted ? "Kovariatjusteret effekt" : "Gennemsnitsforskel")} pr. uge blandt {context.PopulationText}, {conventions}.{band}{at}{(adjusted ? " Niveauerne til venstre er ujusterede gennemsnit." : "")} {n} {context.SuppressionText}"
        );
    }

    private static ReportTable WindowTable(
        ReportContext context,
        EffectsSectionSpec options,
        List<WeeklyIndicator> outcomes,
        Population population,
        WeeklyEffectOptions effectOptions,
        string conventions
    )
    {
        var scope = context.ScopeOf(options);
        int min = context.MinCell;
        var rows = new List<WindowEffect>();
        var hidden = new List<bool>();
        for (int i = 0; i < options.Windows.Count; i++)
        {
            var window = WindowSpec.Parse(options.Windows[i]);
            try
            {
                var effects = context.Study.WindowEffects(
                    outcomes,
                    window,
                    population,
                    effectOptions with
                    {
                        Band = null,
                        Adjustment = null,
                    },
                    options.Blocks
                );
                rows.AddRange(effects);
                // An "ever" share follows the share rule; window means are means over weeks, not counts of persons.
                hidden.AddRange(
                    effects.Select(
                        (w, o) =>
                            window.Statistic == WindowStatistic.Ever
                            && EffectSupport.HiddenArms(outcomes[o], w.Comparison, null, min) is var h
                            && (h.Treated || h.Control)
                    )
                );
            }
            catch (InputException ex)
            {
                throw scope.Error($"windows[{i}]", ex.Message);
            }
        }
        var table = WindowEffect.ToTable(rows, "Window outcome effects");
        return TableSuppression.Apply(
            "windows",
            table,
            context.Localized(
                $"Effects on window outcomes: per person the mean, sum or ever of the indicator over the window's weeks (only persons followed through every week of the window; the others are counted as incomplete), then the difference in means, {conventions}. Windows: {string.Join(", ", options.Windows)}. Population: {context.PopulationText}. {context.SuppressionText}",
                $"Effekter på vinduesudfald: pr. person gennemsnit, sum eller 'nogensinde' af indikatoren over vinduets uger (kun personer fulgt i alle vinduets uger; de øvrige tælles som ufuldstændige), derefter gennemsnitsforskellen, {conventions}. Vinduer: {string.Join(", ", options.Windows)}. Population: {context.PopulationText}. {context.SuppressionText}"
            ),
            (r, cells) =>
            {
                var blank = new List<string>(EffectSupport.Blank(table, cells, hidden[r], min));
                foreach (var c in IncompleteColumns)
                {
                    if (cells[table.IndexOf(c)] is long n && TableSuppression.IsSmall(n, min))
                    {
                        blank.Add(c);
                    }
                }
                return blank;
            }
        );
    }
}
