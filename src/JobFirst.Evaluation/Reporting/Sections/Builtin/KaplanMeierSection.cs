using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Survival.KaplanMeier;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>kaplan_meier</c>: Kaplan–Meier curves by arm of spells of a weekly status (default: ordinary hours, each
/// person's first spell after visitation), or of the time from visitation to the first week in status, with
/// pointwise bands and the number at risk (<see cref="KaplanMeierFigure"/>); a summary table (persons, spells,
/// exits, median, RMST to the horizon), survival at chosen weeks, and the log-rank test with the RMST and survival
/// differences (R <c>survfit</c>, <c>survdiff</c>, survRM2 <c>rmst2</c>; <c>docs/survival.md</c>). Curve points,
/// medians and read-outs with fewer than min_cell persons at risk are suppressed.
/// </summary>
public sealed class KaplanMeierSection : ReportSection<KaplanMeierSectionSpec>
{
    private static readonly string[] SummaryColumns =
    [
        "arm",
        "persons",
        "records",
        "events",
        "median",
        "median_conf_low",
        "median_conf_high",
        "rmst_tau",
        "rmst",
        "rmst_std_error",
        "rmst_conf_low",
        "rmst_conf_high",
        "suppressed",
    ];

    private static readonly string[] SurvivalValueColumns =
    [
        "n_risk",
        "survival",
        "std_error",
        "conf_low",
        "conf_high",
    ];

    /// <inheritdoc/>
    public override string Name => "kaplan_meier";

    /// <inheritdoc/>
    public override string Summary =>
        "Kaplan-Meier curves by arm of spells (or time to first status) with at-risk table, log-rank, RMST and survival differences.";

    /// <inheritdoc/>
    protected override void ValidateOptions(KaplanMeierSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        options.ValidateSpellOptions(scope);
        if (options.Analysis is not ("spells" or "time_to_first"))
        {
            throw scope.Error("analysis", $"must be \"spells\" or \"time_to_first\", not \"{options.Analysis}\"");
        }
        if (options.ConfType is not ("log" or "log-log" or "plain"))
        {
            throw scope.Error("conf_type", $"must be \"log\", \"log-log\" or \"plain\", not \"{options.ConfType}\"");
        }
        if (!(options.Horizon > 0) || !double.IsFinite(options.Horizon))
        {
            throw scope.Error("horizon", "must be a positive number of weeks");
        }
        CheckWeeks(options.At, "at", 1, scope);
        if (options.AtRisk is { } atRisk)
        {
            if (atRisk.Count == 0)
            {
                throw scope.Error("at_risk", "must list at least one week (or be left out)");
            }
            CheckWeeks(atRisk, "at_risk", 0, scope);
        }
    }

    private static void CheckWeeks(IReadOnlyList<int> weeks, string key, int min, SpecScope scope)
    {
        for (int i = 0; i < weeks.Count; i++)
        {
            if (weeks[i] < min || (i > 0 && weeks[i] <= weeks[i - 1]))
            {
                throw scope.Error(
                    $"{key}[{i}]",
                    $"weeks must be at least {min.ToString(CultureInfo.InvariantCulture)} and strictly increasing"
                );
            }
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, KaplanMeierSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        bool timeToFirst = options.Analysis == "time_to_first";
        bool firstOnly = !timeToFirst && (options.Spells ?? "first") == "first";
        SpellSample sample;
        try
        {
            sample = SpellSample.For(context, options, timeToFirst, firstOnly);
        }
        catch (InputException ex)
        {
            throw scope.Error("status", ex.Message);
        }
        var frame = sample.Frame;
        if (options.Strata is { } strata && !frame.Contains(strata))
        {
            throw scope.Error(
                "strata",
                $"'{strata}' is not a column of the spell table (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))})"
            );
        }
        var lang = context.Language;
        int min = context.MinCell;
        string status = SurvivalText.Status(sample.Status, lang);
        string heading =
            options.Title
            ?? (
                timeToFirst
                    ? context.Localized($"Time to first {status}", $"Tid til første {status}")
                    : context.Localized($"Duration of spells with {status}", $"Varighed af forløb med {status}")
            );
        var conventions = new Dictionary<string, string>
        {
            [options.Key] =
                $"Kaplan-Meier by arm (R survfit(Surv(time, event) ~ arm), conf.type = \"{options.ConfType}\", Greenwood variance) of {(timeToFirst ? $"time from visitation to the first week in status {sample.Status}" : $"{(firstOnly ? "first spells" : "all spells")} of status {sample.Status} (gap {options.Gap}; spells running in event week 1 {(options.Ongoing == "include" ? "included" : "excluded")}; censored spells survive length - 1 weeks)")}; log-rank as survdiff (rho = 0){(options.Strata is null ? "" : $", stratified by {options.Strata}")}; RMST difference as survRM2::rmst2 (z interval); survival difference at a week from the two Greenwood SEs (z). Points with fewer than min_cell persons at risk suppressed.",
        };
        if (sample.Persons(0) + sample.Persons(1) == 0)
        {
            return new SectionResult
            {
                Heading = heading,
                Introduction = context.Localized(
                    "No spells in the population: nothing to estimate.",
                    "Ingen forløb i populationen: intet at estimere."
                ),
                Conventions = conventions,
            };
        }
        var data = SurvivalData.FromFrame(
            frame,
            new SurvivalColumns("time", "event", Group: "arm", Strata: options.Strata)
        );
        var confidence = options.ConfType switch
        {
            "log-log" => KaplanMeierConfidence.LogLog,
            "plain" => KaplanMeierConfidence.Plain,
            _ => KaplanMeierConfidence.Log,
        };
        var fit = KaplanMeierEstimator.Fit(data, new KaplanMeierOptions(confidence, context.Spec.Level));
        // survRM2 requires the horizon to lie within both arms' follow-up; here, stricter, within the weeks where both
        // arms still have min_cell persons at risk (the curves are drawn that far), so the RMST rests on no hidden tail.
        double tau = options.Horizon;
        foreach (var c in fit.Curves)
        {
            int index = c.Group == "treatment" ? 1 : 0;
            var shown = c.Steps.Where(x => !(sample.PersonsAtRisk(index, x.Time) < min)).ToList();
            tau = Math.Min(tau, shown.Count == 0 ? 0 : shown[^1].Time);
        }
        if (!(tau > 0))
        {
            tau = options.Horizon;
        }
        KaplanMeierCurveEstimate? Curve(string arm) => fit.Curves.FirstOrDefault(c => c.Group == arm);
        bool Small(int arm) => TableSuppression.IsSmall(sample.Persons(arm), min);
        bool bothShown = Curve("treatment") is not null && Curve("control") is not null && !Small(0) && !Small(1);

        // Tests and differences (control is the reference: the first group in ordinal order).
        var tests = new List<(TidyTerm Term, bool Hidden)>();
        LogRankResult? logRank = null;
        TidyTerm? rmstDiff = null;
        if (fit.Curves.Count == 2)
        {
            logRank = LogRankTest.Compute(data);
            rmstDiff = fit.RestrictedMeanDifferences(tau)[0];
            tests.Add((logRank.ToTidy(), !bothShown));
            tests.Add((rmstDiff, !bothShown));
            foreach (var week in options.At)
            {
                bool hidden =
                    !bothShown
                    || TableSuppression.IsSmall(sample.PersonsAtRisk(0, week), min)
                    || TableSuppression.IsSmall(sample.PersonsAtRisk(1, week), min);
                tests.Add((fit.SurvivalDifferences(week)[0], hidden));
            }
        }

        string level = ReportFormat.Level(context.Spec.Level);
        string selection = Selection(context, options, sample, status, timeToFirst, firstOnly);
        string results = "";
        if (bothShown && logRank is not null && rmstDiff is not null)
        {
            string tauText =
                ReportFormat.Number(tau, 0, lang)
                + (
                    tau < options.Horizon
                        ? context.Localized(
                            $" (the horizon {ReportFormat.Number(options.Horizon, 0, lang)} cut to the last week with at least {min} persons at risk in both arms)",
                            $" (horisonten {ReportFormat.Number(options.Horizon, 0, lang)} afkortet til sidste uge med mindst {min} personer i risiko i begge grupper)"
                        )
                        : ""
                );
            string N(double v) => ReportFormat.Number(v, 1, lang);
            var t = Curve("treatment")!.RestrictedMean(tau);
            var c = Curve("control")!.RestrictedMean(tau);
            results = context.Localized(
                $" Log-rank χ² = {ReportFormat.Number(logRank.ChiSquare, 1, lang)} (df {logRank.Df}, p {ReportFormat.PValue(logRank.PValue, lang)}). Restricted mean to week {tauText}: {N(t.Estimate)} weeks (treatment) vs {N(c.Estimate)} (control), difference {N(rmstDiff.Estimate)} ({level}% CI {N(rmstDiff.ConfLow)} to {N(rmstDiff.ConfHigh)}; as survRM2::rmst2).",
                $" Log-rank χ² = {ReportFormat.Number(logRank.ChiSquare, 1, lang)} (df {logRank.Df}, p {ReportFormat.PValue(logRank.PValue, lang)}). Restrikteret middelværdi til uge {tauText}: {N(t.Estimate)} uger (deltagere) mod {N(c.Estimate)} (kontrolgruppe), forskel {N(rmstDiff.Estimate)} ({level} pct. KI {N(rmstDiff.ConfLow)} til {N(rmstDiff.ConfHigh)}; som survRM2::rmst2)."
            );
        }

        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            figures.Add(Figure(context, options, sample, fit, status, timeToFirst, selection, results));
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(SummaryTable(context, options, sample, fit, tau, selection));
            tables.Add(SurvivalAtTable(context, options, sample, fit));
            if (tests.Count > 0)
            {
                tables.Add(TestsTable(context, tests));
            }
        }
        return new SectionResult
        {
            Heading = heading,
            Figures = figures,
            Tables = tables,
            Conventions = conventions,
        };
    }

    private static string Selection(
        ReportContext context,
        KaplanMeierSectionSpec options,
        SpellSample sample,
        string status,
        bool timeToFirst,
        bool firstOnly
    )
    {
        string persons = context.Localized(
            $"{context.CountOrSuppressed(sample.Persons(1))} treatment and {context.CountOrSuppressed(sample.Persons(0))} control persons",
            $"{context.CountOrSuppressed(sample.Persons(1))} deltagere og {context.CountOrSuppressed(sample.Persons(0))} i kontrolgruppen"
        );
        if (timeToFirst)
        {
            return context.Localized(
                $"Time from visitation to the first week with {status} (week 1 = already in the visitation week), {persons} followed at least one week ({context.CountOrSuppressed(sample.Events[1])} and {context.CountOrSuppressed(sample.Events[0])} reached it); persons who never reach it are censored at their last observed week. Population: {context.PopulationText}.",
                $"Tid fra visitation til første uge med {status} (uge 1 = allerede i visitationsugen), {persons} fulgt mindst én uge ({context.CountOrSuppressed(sample.Events[1])} og {context.CountOrSuppressed(sample.Events[0])} nåede det); personer, der aldrig når det, censureres i deres sidste observerede uge. Population: {context.PopulationText}."
            );
        }
        string gap =
            options.Gap == 0
                ? context.Localized($"a week without {status} ends it", $"en uge uden {status} afslutter det")
                : context.Localized(
                    $"gaps of up to {options.Gap} weeks are bridged",
                    $"huller på op til {options.Gap} uger bygges bro over"
                );
        string which = firstOnly
            ? context.Localized("each person's first spell", "hver persons første forløb")
            : context.Localized(
                "all spells (a person can contribute several; the curves and the log-rank test treat them as independent)",
                "alle forløb (en person kan bidrage med flere; kurver og log-rank-test behandler dem som uafhængige)"
            );
        string ongoing =
            options.Ongoing == "include"
                ? context.Localized(
                    "spells running in the visitation week included, counted from week 1",
                    "forløb i gang i visitationsugen medtaget, talt fra uge 1"
                )
                : context.Localized(
                    $"{context.CountOrSuppressed(sample.ExcludedOngoing)} spells already running in the visitation week left out (their start is unknown)",
                    $"{context.CountOrSuppressed(sample.ExcludedOngoing)} forløb, der allerede var i gang i visitationsugen, er udeladt (starten er ukendt)"
                );
        return context.Localized(
            $"Spells of {status} after visitation: {which}; {gap}; {ongoing}. {persons} with spells; {context.CountOrSuppressed(sample.Events[1])} and {context.CountOrSuppressed(sample.Events[0])} spells ended within follow-up, the others are right-censored where follow-up ends (a censored spell counts as lasting at least its length − 1 weeks). Population: {context.PopulationText}.",
            $"Forløb med {status} efter visitation: {which}; {gap}; {ongoing}. {persons} med forløb; {context.CountOrSuppressed(sample.Events[1])} og {context.CountOrSuppressed(sample.Events[0])} forløb sluttede inden for opfølgningen, de øvrige er højrecensureret, hvor opfølgningen slutter (et censureret forløb tæller som mindst dets længde − 1 uger). Population: {context.PopulationText}."
        );
    }

    private static ReportFigure Figure(
        ReportContext context,
        KaplanMeierSectionSpec options,
        SpellSample sample,
        KaplanMeierResult fit,
        string status,
        bool timeToFirst,
        string selection,
        string results
    )
    {
        int min = context.MinCell;
        // The figure runs to the last time with enough persons at risk in either arm; the default at-risk times are
        // nice steps over that range (they become the x ticks).
        double xEnd = 0;
        foreach (var c in fit.Curves)
        {
            int index = c.Group == "treatment" ? 1 : 0;
            foreach (var step in c.Steps.Where(x => !(sample.PersonsAtRisk(index, x.Time) < min)))
            {
                xEnd = Math.Max(xEnd, step.Time);
            }
        }
        List<double> atRisk;
        if (options.AtRisk is { } given)
        {
            atRisk = [.. given.Select(w => (double)w)];
        }
        else
        {
            double step = Math.Max(1, Math.Round(NiceTicks.Step(Math.Max(xEnd, 1), 5)));
            int count = (int)Math.Ceiling(Math.Max(xEnd, 1) / step);
            atRisk = [.. Enumerable.Range(0, count + 1).Select(i => i * step)];
        }
        var labels = FigureLabels.For(context.Language);
        var curves = new List<KaplanMeierCurve>();
        foreach (
            var (arm, index, label) in new[] { ("treatment", 1, labels.Treatment), ("control", 0, labels.Control) }
        )
        {
            var curve = fit.Curves.FirstOrDefault(c => c.Group == arm);
            if (curve is null)
            {
                continue;
            }
            // Steps are shown while enough persons remain at risk (a prefix: persons at risk only fall), at event
            // times, plus the last shown time so the curve runs on to where it is cut.
            var shown = curve.Steps.Where(s => !(sample.PersonsAtRisk(index, s.Time) < min)).ToList();
            var points = shown.Where((s, i) => s.NEvent > 0 || i == shown.Count - 1).ToList();
            if (TableSuppression.IsSmall(sample.Persons(index), min))
            {
                points = [];
            }
            curves.Add(
                new KaplanMeierCurve(
                    label,
                    [.. points.Select(s => s.Time)],
                    [.. points.Select(s => s.Survival)],
                    [.. points.Select(s => double.IsNaN(s.ConfLow) ? s.Survival : s.ConfLow)],
                    [.. points.Select(s => double.IsNaN(s.ConfHigh) ? s.Survival : s.ConfHigh)],
                    [
                        .. atRisk.Select(t =>
                            TableSuppression.IsSmall(sample.PersonsAtRisk(index, t), min)
                                ? Math.Min(1, min - 1)
                                : curve.At(t).NRisk
                        ),
                    ]
                )
            );
        }
        string title = timeToFirst
            ? context.Localized($"Time to first {status}", $"Tid til første {status}")
            : context.Localized(
                $"Spells with {status}: share still running",
                $"Forløb med {status}: andel stadig i gang"
            );
        var figureOptions = context.FigureOptions(title) with
        {
            AxisLabel = timeToFirst
                ? null
                : context.Localized("Weeks since the spell began", "Uger siden forløbets start"),
            ValueLabel = timeToFirst
                ? context.Localized($"Share not yet with {status}", $"Andel endnu uden {status}")
                : context.Localized($"Share still with {status}", $"Andel stadig med {status}"),
        };
        if (timeToFirst)
        {
            figureOptions = figureOptions with { AxisLabel = labels.WeekSinceRandomisation };
        }
        var figure = KaplanMeierFigure.Build(curves, atRisk, figureOptions);
        string level = ReportFormat.Level(context.Spec.Level);
        string caption = context.Localized(
            $"Kaplan–Meier estimate by arm with pointwise {level}% confidence bands (Greenwood variance, {options.ConfType} scale; R survfit(Surv(time, event) ~ arm)) and the number at risk below. {selection}{results} Curves stop where fewer than {min} persons remain at risk. {context.SuppressionText}",
            $"Kaplan–Meier-estimat fordelt på gruppe med punktvise {level} pct. konfidensbånd (Greenwood-varians, {options.ConfType}-skala; R survfit(Surv(time, event) ~ arm)) og antal i risiko nedenfor. {selection}{results} Kurverne stopper, hvor færre end {min} personer er tilbage i risiko. {context.SuppressionText}"
        );
        return new ReportFigure("", figure, caption);
    }

    private static ReportTable SummaryTable(
        ReportContext context,
        KaplanMeierSectionSpec options,
        SpellSample sample,
        KaplanMeierResult fit,
        double tau,
        string selection
    )
    {
        int min = context.MinCell;
        var rows = new List<IReadOnlyList<object?>>();
        var hide = new List<string[]>();
        foreach (var (arm, index) in new[] { ("treatment", 1), ("control", 0) })
        {
            var c = fit.Curves.FirstOrDefault(x => x.Group == arm);
            var r = c?.RestrictedMean(tau);
            double? Time(double t) => double.IsNaN(t) ? null : t;
            rows.Add([
                arm,
                sample.Persons(index),
                sample.Records[index],
                sample.Events[index],
                c is null ? null : Time(c.Median.Estimate),
                c is null ? null : Time(c.Median.ConfLow),
                c is null ? null : Time(c.Median.ConfHigh),
                tau,
                r?.Estimate,
                r?.StdError,
                r?.ConfLow,
                r?.ConfHigh,
                false,
            ]);
            if (TableSuppression.IsSmall(sample.Persons(index), min))
            {
                hide.Add([.. SummaryColumns.Where(n => n is not ("arm" or "rmst_tau" or "suppressed"))]);
                continue;
            }
            var cells = new List<string>();
            if (TableSuppression.IsSmall(sample.Records[index], min))
            {
                cells.Add("records");
            }
            if (TableSuppression.IsSmall(sample.Events[index], min))
            {
                cells.Add("events");
            }
            // A median (or limit) read off the curve where fewer than min_cell persons remain at risk is hidden.
            foreach (var (column, value) in new[] { ("median", 4), ("median_conf_low", 5), ("median_conf_high", 6) })
            {
                if (rows[^1][value] is double t && TableSuppression.IsSmall(sample.PersonsAtRisk(index, t), min))
                {
                    cells.Add(column);
                }
            }
            hide.Add([.. cells]);
        }
        var table = new ResultTable(
            "Kaplan-Meier summary",
            SummaryColumns,
            rows,
            new Dictionary<string, string>
            {
                ["estimator"] = "Kaplan-Meier, Greenwood variance (R survfit)",
                ["conf_type"] = options.ConfType,
                ["records"] = sample.TimeToFirst ? "persons followed" : "spells",
                ["median"] = "first time S(t) <= 0.5 (R print(survfit)); NA when not reached",
                ["rmst"] = "area under S(t) on [0, rmst_tau] (R print(fit, rmean = tau); survRM2 rmst1)",
                ["min_cell"] = min.ToString(CultureInfo.InvariantCulture),
            }
        );
        string tauText = ReportFormat.Number(tau, 0, context.Language);
        return TableSuppression.Apply(
            "summary",
            table,
            context.Localized(
                $"Kaplan–Meier summary by arm: persons, {(sample.TimeToFirst ? "persons followed" : "spells")} (records), events, median weeks with its {ReportFormat.Level(context.Spec.Level)}% interval (NA = not reached) and the restricted mean to week {tauText} with its standard error and interval. {selection} {context.SuppressionText}",
                $"Kaplan–Meier-oversigt fordelt på gruppe: personer, {(sample.TimeToFirst ? "personer fulgt" : "forløb")} (records), hændelser, median i uger med {ReportFormat.Level(context.Spec.Level)} pct.-interval (NA = ikke nået) og den restrikterede middelværdi til uge {tauText} med standardfejl og interval. {selection} {context.SuppressionText}"
            ),
            (r, cells) => [.. hide[r].Where(c => cells[table.IndexOf(c)] is not null)]
        );
    }

    private static ReportTable SurvivalAtTable(
        ReportContext context,
        KaplanMeierSectionSpec options,
        SpellSample sample,
        KaplanMeierResult fit
    )
    {
        int min = context.MinCell;
        var rows = new List<IReadOnlyList<object?>>();
        var hidden = new List<bool>();
        foreach (var week in options.At)
        {
            foreach (var (arm, index) in new[] { ("treatment", 1), ("control", 0) })
            {
                var c = fit.Curves.FirstOrDefault(x => x.Group == arm);
                var s = c?.At(week);
                double? V(double? v) => v is { } x && !double.IsNaN(x) ? x : null;
                rows.Add([
                    week,
                    arm,
                    s?.NRisk ?? 0,
                    V(s?.Survival),
                    V(s?.StdError),
                    V(s?.ConfLow),
                    V(s?.ConfHigh),
                    false,
                ]);
                hidden.Add(
                    TableSuppression.IsSmall(sample.Persons(index), min)
                        || TableSuppression.IsSmall(sample.PersonsAtRisk(index, week), min)
                );
            }
        }
        var table = new ResultTable(
            "Kaplan-Meier survival at weeks",
            ["week", "arm", "n_risk", "survival", "std_error", "conf_low", "conf_high", "suppressed"],
            rows,
            new Dictionary<string, string>
            {
                ["survival"] =
                    "S(week): the estimate after the last step at or before the week (R summary(fit, times))",
                ["n_risk"] = sample.TimeToFirst ? "persons at risk" : "spells at risk (time >= week)",
                ["conf_type"] = options.ConfType,
            }
        );
        string what = sample.TimeToFirst
            ? context.Localized("share not yet in status", "andel endnu ikke i status")
            : context.Localized("share of spells still running", "andel af forløb stadig i gang");
        return TableSuppression.Apply(
            "survival",
            table,
            context.Localized(
                $"Kaplan–Meier {what} at weeks {string.Join(", ", options.At)}, by arm, with Greenwood standard errors and {ReportFormat.Level(context.Spec.Level)}% intervals ({options.ConfType} scale); n_risk = number still at risk. {context.SuppressionText}",
                $"Kaplan–Meier {what} i uge {string.Join(", ", options.At)}, fordelt på gruppe, med Greenwood-standardfejl og {ReportFormat.Level(context.Spec.Level)} pct.-intervaller ({options.ConfType}-skala); n_risk = antal stadig i risiko. {context.SuppressionText}"
            ),
            (r, cells) => hidden[r] ? [.. SurvivalValueColumns.Where(c => cells[table.IndexOf(c)] is not null)] : []
        );
    }

    private static ReportTable TestsTable(ReportContext context, List<(TidyTerm Term, bool Hidden)> tests)
    {
        static double? V(double v) => double.IsNaN(v) ? null : v;
        var rows = tests
            .Select(t =>
                (IReadOnlyList<object?>)
                    [
                        t.Term.Term,
                        V(t.Term.Estimate),
                        V(t.Term.StdError),
                        V(t.Term.Statistic),
                        V(t.Term.PValue),
                        V(t.Term.ConfLow),
                        V(t.Term.ConfHigh),
                        V(t.Term.Df),
                        false,
                    ]
            )
            .ToList();
        var table = new ResultTable(
            "Kaplan-Meier tests and differences",
            [.. TidyTerm.ColumnNames, "suppressed"],
            rows,
            new Dictionary<string, string>
            {
                ["log_rank"] = "R survdiff(Surv(time, event) ~ arm), rho = 0; statistic = chi-square",
                ["rmst"] = "survRM2 rmst2 unadjusted difference treatment - control; se = sqrt(se1^2 + se0^2); z",
                ["survival"] = "S_treatment(t) - S_control(t), Greenwood standard errors combined; z",
                ["inference"] = "z (df = Inf) for differences; chi-square for the log-rank test",
            }
        );
        string[] values = ["estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high", "df"];
        return TableSuppression.Apply(
            "tests",
            table,
            context.Localized(
                $"Log-rank test and between-arm differences (treatment − control): restricted mean survival (weeks; as survRM2::rmst2) and survival at the tabulated weeks, with z-based {ReportFormat.Level(context.Spec.Level)}% intervals (df = ∞). {context.SuppressionText}",
                $"Log-rank-test og forskelle mellem grupperne (deltagere − kontrolgruppe): restrikteret middeloverlevelse (uger; som survRM2::rmst2) og overlevelse i de viste uger, med z-baserede {ReportFormat.Level(context.Spec.Level)} pct.-intervaller (df = ∞). {context.SuppressionText}"
            ),
            (r, cells) => tests[r].Hidden ? [.. values.Where(v => cells[table.IndexOf(v)] is not null)] : []
        );
    }
}
