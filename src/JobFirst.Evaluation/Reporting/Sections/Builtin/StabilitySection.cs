using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Survival.DiscreteTime;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>stability</c>: the seed's stability headline (001:113-114, treated persons with ordinary hours are "23 pct.
/// less likely to lose them"): the relative hazard of leaving a spell of the status, treatment vs control, from a
/// Cox model on the spells (<see cref="StabilityAnalysis"/>: Efron ties, SEs clustered by person), restated as
/// "x% less likely", with the discrete-time complementary log-log model on person-weeks as a check
/// (<see cref="DiscreteTimeHazard"/>). One table, one row per model.
/// </summary>
public sealed class StabilitySection : ReportSection<StabilitySectionSpec>
{
    private static readonly string[] ValueColumns =
    [
        "estimate",
        "std_error",
        "statistic",
        "p_value",
        "conf_low",
        "conf_high",
        "df",
        "hazard_ratio",
        "hr_conf_low",
        "hr_conf_high",
        "less_likely_pct",
        "less_likely_conf_low",
        "less_likely_conf_high",
    ];

    private static readonly string[] CountColumns =
    [
        "spells",
        "events",
        "persons",
        "persons_treated",
        "persons_control",
    ];

    /// <inheritdoc/>
    public override string Name => "stability";

    /// <inheritdoc/>
    public override string Summary =>
        "Relative hazard of losing ordinary hours, treatment vs control (Cox, cloglog check) and the implied x% less likely (seed 001:113-114).";

    /// <inheritdoc/>
    protected override void ValidateOptions(StabilitySectionSpec options, ReportSpec spec, SpecScope scope)
    {
        options.ValidateSpellOptions(scope);
        if (options.Ties is not ("efron" or "breslow"))
        {
            throw scope.Error("ties", $"must be \"efron\" or \"breslow\", not \"{options.Ties}\"");
        }
        if (options.Vcov is not ("cluster" or "robust" or "model"))
        {
            throw scope.Error("vcov", $"must be \"cluster\", \"robust\" or \"model\", not \"{options.Vcov}\"");
        }
        if (options.ClusterConvention is not ("r" or "stata"))
        {
            throw scope.Error("cluster_convention", $"must be \"r\" or \"stata\", not \"{options.ClusterConvention}\"");
        }
    }

    private static CoxVariance Variance(StabilitySectionSpec o) =>
        (o.Vcov, o.ClusterConvention) switch
        {
            ("model", _) => CoxVariance.Model,
            ("robust", "stata") => CoxVariance.RobustStata,
            ("robust", _) => CoxVariance.RobustR,
            (_, "stata") => CoxVariance.ClusterStata,
            _ => CoxVariance.ClusterR,
        };

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, StabilitySectionSpec options)
    {
        var scope = context.ScopeOf(options);
        bool firstOnly = (options.Spells ?? "all") == "first";
        SpellSample sample;
        try
        {
            sample = SpellSample.For(context, options, timeToFirst: false, firstOnly);
        }
        catch (InputException ex)
        {
            throw scope.Error("status", ex.Message);
        }
        for (int i = 0; i < options.Strata.Count; i++)
        {
            if (!sample.Frame.Contains(options.Strata[i]))
            {
                throw scope.Error($"strata[{i}]", $"'{options.Strata[i]}' is not a column of the spell table");
            }
        }
        int min = context.MinCell;
        var variance = Variance(options);
        var cox = new CoxOptions(
            options.Ties == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            variance,
            context.Spec.Level
        );
        // Too few persons or exits in an arm: the ratio would rest on them; nothing is estimated.
        bool small =
            sample.Persons(0) < min
            || sample.Persons(1) < min
            || TableSuppression.IsSmall(sample.Events[0], min)
            || TableSuppression.IsSmall(sample.Events[1], min)
            || sample.Events[0] + sample.Events[1] == 0;
        StabilityEffect effect;
        try
        {
            effect = StabilityAnalysis.Estimate(
                sample.Frame,
                sample.Status,
                new StabilityOptions
                {
                    Adjustment = options.Adjust,
                    Strata = options.Strata,
                    Cox = cox,
                    MinCell = small ? int.MaxValue : min,
                },
                sample.ExcludedOngoing
            );
        }
        catch (InputException ex)
        {
            throw scope.Error("adjust", ex.Message);
        }

        var rows = new List<IReadOnlyList<object?>>();
        var hidden = new List<bool>();
        var coxRow = effect.ToTable().Rows.Single();
        rows.Add(["cox", .. coxRow, effect.Suppressed]);
        hidden.Add(effect.Suppressed);
        DiscreteTimeHazardResult? discrete = null;
        string? discreteFailure = null;
        if (options.DiscreteTime && !effect.Suppressed)
        {
            string terms =
                "treatment + duration_band" + (string.IsNullOrWhiteSpace(options.Adjust) ? "" : " + " + options.Adjust);
            try
            {
                discrete = DiscreteTimeHazard.Fit(
                    PersonPeriodExpansion.Expand(sample.Frame),
                    terms,
                    new DiscreteTimeOptions(
                        Variance: variance switch
                        {
                            CoxVariance.Model => GlmVariance.Model,
                            CoxVariance.ClusterStata or CoxVariance.RobustStata => GlmVariance.ClusterStata,
                            _ => GlmVariance.ClusterR,
                        },
                        ConfidenceLevel: context.Spec.Level
                    )
                );
            }
            catch (InputException ex)
            {
                // The check is a second opinion: when its maximum likelihood does not exist (a sparse duration band
                // separates), the headline stands and the caption says why the check is missing.
                discreteFailure = ex.Message;
            }
        }
        if (discrete is not null)
        {
            var t = discrete.Coefficients.First(c => c.Term == "treatment");
            var hr = discrete.Ratio("treatment");
            rows.Add([
                "discrete_time_cloglog",
                "treatment",
                t.Estimate,
                t.StdError,
                t.Statistic,
                t.PValue,
                t.ConfLow,
                t.ConfHigh,
                t.Df,
                hr.Ratio,
                hr.ConfLow,
                hr.ConfHigh,
                (1 - hr.Ratio) * 100,
                (1 - hr.ConfHigh) * 100,
                (1 - hr.ConfLow) * 100,
                effect.Spells,
                discrete.Events,
                effect.Persons,
                effect.PersonsTreated,
                effect.PersonsControl,
                false,
            ]);
            hidden.Add(false);
        }
        var metadata = new Dictionary<string, string>(effect.ToTable().Metadata)
        {
            ["question"] = "relative hazard of leaving the status, treatment vs control (seed 001:113-114)",
            ["less_likely_pct"] = "(1 - hazard ratio) * 100, interval from the hazard ratio's interval",
        };
        if (discrete is not null)
        {
            metadata["discrete_time"] =
                $"binomial GLM, complementary log-log link, on {discrete.PersonPeriods.ToString(CultureInfo.InvariantCulture)} person-weeks at risk: event ~ {discrete.Fit.Formula.Split('~')[^1].Trim()}; SEs clustered by person (sandwich::vcovCL); exp(beta) = grouped-time hazard ratio";
        }
        else if (discreteFailure is not null)
        {
            metadata["discrete_time"] = "not estimated: " + discreteFailure;
        }
        var table = new ResultTable(
            "Stability: relative hazard of leaving the status",
            ["model", .. StabilityEffect.TableColumns, "suppressed"],
            rows,
            metadata
        );
        var lang = context.Language;
        string status = SurvivalText.Status(sample.Status, lang);
        string level = ReportFormat.Level(context.Spec.Level);
        string ties = options.Ties == "breslow" ? "Breslow" : "Efron";
        string se = variance switch
        {
            CoxVariance.Model => context.Localized("model-based SEs", "modelbaserede standardfejl"),
            CoxVariance.RobustR or CoxVariance.RobustStata => context.Localized(
                "robust (Lin–Wei) SEs",
                "robuste (Lin–Wei) standardfejl"
            ),
            _ => context.Localized("SEs clustered by person", "standardfejl klyngekorrigeret på person"),
        };
        string rCall =
            $"R coxph(Surv(time, event) ~ treatment{(string.IsNullOrWhiteSpace(options.Adjust) ? "" : " + " + options.Adjust)}{string.Concat(options.Strata.Select(s => $" + strata({s})"))}, ties = \"{options.Ties}\"{(variance is CoxVariance.ClusterR or CoxVariance.ClusterStata ? ", cluster = key" : variance is CoxVariance.RobustR or CoxVariance.RobustStata ? ", robust = TRUE" : "")})";
        string which = firstOnly
            ? context.Localized("each person's first spell", "hver persons første forløb")
            : context.Localized("all spells of a person", "alle en persons forløb");
        string counts = context.Localized(
            $"{context.CountOrSuppressed(effect.Spells)} spells ({which}; {context.CountOrSuppressed(sample.ExcludedOngoing)} already running in the visitation week left out) of {context.CountOrSuppressed(sample.Persons(1))} treatment and {context.CountOrSuppressed(sample.Persons(0))} control persons, {context.CountOrSuppressed(sample.Events[1])} and {context.CountOrSuppressed(sample.Events[0])} ending within follow-up",
            $"{context.CountOrSuppressed(effect.Spells)} forløb ({which}; {context.CountOrSuppressed(sample.ExcludedOngoing)} allerede i gang i visitationsugen udeladt) for {context.CountOrSuppressed(sample.Persons(1))} deltagere og {context.CountOrSuppressed(sample.Persons(0))} i kontrolgruppen, {context.CountOrSuppressed(sample.Events[1])} og {context.CountOrSuppressed(sample.Events[0])} afsluttet inden for opfølgningen"
        );
        string headline;
        if (effect.Suppressed || effect.HazardRatio is not { } hrCox || effect.LessLikely is not { } less)
        {
            headline = context.Localized(
                $"Not estimated: an arm has fewer than {min} persons with spells, or 1–{min - 1} exits.",
                $"Ikke estimeret: en gruppe har færre end {min} personer med forløb eller 1–{min - 1} afgange."
            );
        }
        else
        {
            string N(double v, int d = 2) => ReportFormat.Number(v, d, lang);
            bool lessLikely = less.Estimate >= 0;
            double pct = Math.Abs(less.Estimate);
            double lo = lessLikely ? less.ConfLow : -less.ConfHigh;
            double hi = lessLikely ? less.ConfHigh : -less.ConfLow;
            headline = context.Localized(
                $"Hazard ratio {N(hrCox.Estimate, 3)} ({level}% CI {N(hrCox.ConfLow, 3)}–{N(hrCox.ConfHigh, 3)}): treated persons in spells of {status} are {N(pct, 1)}% ({N(lo, 1)} to {N(hi, 1)}%) {(lessLikely ? "less" : "more")} likely than controls to leave them in a given week (the seed's \"23 pct. less likely\", 001:113-114).",
                $"Hazard ratio {N(hrCox.Estimate, 3)} ({level} pct. KI {N(hrCox.ConfLow, 3)}–{N(hrCox.ConfHigh, 3)}): deltagere i forløb med {status} har {N(pct, 1)} pct. ({N(lo, 1)} til {N(hi, 1)} pct.) {(lessLikely ? "mindre" : "større")} sandsynlighed end kontrolgruppen for at miste dem i en given uge (jf. \"23 pct. mindre tilbøjelige\", 001:113-114)."
            );
            if (discrete is not null)
            {
                var r = discrete.Ratio("treatment");
                headline += context.Localized(
                    $" Discrete-time check (complementary log-log on {context.Count(discrete.PersonPeriods)} person-weeks, weekly baseline by duration band, {se}; R glm(binomial(link = \"cloglog\")) + sandwich::vcovCL): hazard ratio {N(r.Ratio, 3)} ({N(r.ConfLow, 3)}–{N(r.ConfHigh, 3)}).",
                    $" Kontrol med diskret tid (komplementær log-log på {context.Count(discrete.PersonPeriods)} personuger, ugentlig basisrisiko efter varighedsinterval, {se}; R glm(binomial(link = \"cloglog\")) + sandwich::vcovCL): hazard ratio {N(r.Ratio, 3)} ({N(r.ConfLow, 3)}–{N(r.ConfHigh, 3)})."
                );
            }
            else if (discreteFailure is not null)
            {
                headline += context.Localized(
                    $" The discrete-time check could not be estimated: {discreteFailure}.",
                    $" Kontrollen med diskret tid kunne ikke estimeres: {discreteFailure}."
                );
            }
        }
        string caption = context.Localized(
            $"Relative hazard of leaving spells of {status}, treatment vs control. {headline} Cox proportional hazards, {ties} ties, {se}, z-based {level}% intervals ({rCall}); {counts}. \"x% less likely\" = (1 − hazard ratio) × 100. Population: {context.PopulationText}. {context.SuppressionText}",
            $"Relativ risiko for at forlade forløb med {status}, deltagere mod kontrolgruppe. {headline} Cox proportional hazards, {ties}-ties, {se}, z-baserede {level} pct.-intervaller ({rCall}); {counts}. \"x pct. mindre sandsynlighed\" = (1 − hazard ratio) × 100. Population: {context.PopulationText}. {context.SuppressionText}"
        );
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    caption,
                    (r, cells) =>
                    {
                        var blank = new List<string>();
                        if (hidden[r])
                        {
                            blank.AddRange(ValueColumns.Where(c => cells[table.IndexOf(c)] is not null));
                        }
                        foreach (var c in CountColumns)
                        {
                            if (cells[table.IndexOf(c)] is int n && TableSuppression.IsSmall(n, min))
                            {
                                blank.Add(c);
                            }
                        }
                        return blank;
                    }
                )
            );
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized($"Stability of {status}", $"Stabilitet i {status}"),
            Introduction = options.Tables ? "" : caption,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                [options.Key] =
                    $"{rCall} on spells of {sample.Status} ({(firstOnly ? "first spells" : "all spells, clustered by person")}, gap {options.Gap}, spells running in event week 1 {(options.Ongoing == "include" ? "included" : "excluded")}, censored time = length - 1); x% less likely = (1 - HR) * 100. Check: discrete-time cloglog on person-weeks with duration bands (glm + sandwich::vcovCL by key).",
            },
        };
    }
}
