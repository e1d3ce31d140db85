using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Disclosure;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>logit</c>: a logistic regression of a 0/1 outcome in one event week on person-level covariates
/// (<see cref="LogisticRegression"/>: R <c>glm(family = binomial)</c> + <c>sandwich</c>; Stata <c>logit</c>), with
/// predictive margins, average marginal effects and contrasts in percentage points (Stata <c>margins</c>). One
/// long table in the <c>jobfirst-eval logit</c> layout and, when margins are asked for, a forest plot of the
/// contrasts. Disclosure control: see <see cref="LogisticSmallCells"/>.
/// </summary>
public sealed class LogisticSection : ReportSection<LogisticSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "logit";

    /// <inheritdoc/>
    public override string Summary =>
        "Logistic regression of a weekly 0/1 outcome with margins and percentage-point contrasts.";

    /// <inheritdoc/>
    protected override void ValidateOptions(LogisticSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (!WeeklyIndicatorNames.TryParse(options.Outcome, out var outcome) || !outcome.IsShare())
        {
            throw scope.Error(
                "outcome",
                $"must be a 0/1 outcome ({string.Join(", ", WeeklyIndicatorNames.All.Where(i => i.IsShare()).Select(i => i.ToName()))}), not '{options.Outcome}'"
            );
        }
        if (options.Week is < 1)
        {
            throw scope.Error("week", "must be at least 1");
        }
        try
        {
            ModelFormula.Parse(options.Outcome + " ~ " + options.Formula);
        }
        catch (InputException ex)
        {
            throw scope.Error("formula", ex.Message);
        }
        try
        {
            _ = Variance(options);
        }
        catch (InputException ex)
        {
            throw scope.Error(
                ex.Message.StartsWith("cluster", StringComparison.Ordinal) ? "cluster_convention" : "vcov",
                ex.Message
            );
        }
    }

    private static (GlmVariance Variance, string? Cluster) Variance(LogisticSectionSpec options)
    {
        string convention = options.ClusterConvention;
        if (convention is not ("r" or "stata"))
        {
            throw new InputException($"cluster convention must be \"r\" or \"stata\", not \"{convention}\"");
        }
        string v = options.Vcov;
        if (v.StartsWith("cluster:", StringComparison.Ordinal) && v.Length > "cluster:".Length)
        {
            return (convention == "stata" ? GlmVariance.ClusterStata : GlmVariance.ClusterR, v["cluster:".Length..]);
        }
        return v switch
        {
            "model" => (GlmVariance.Model, null),
            "hc0" => (GlmVariance.HC0, null),
            "hc1" => (GlmVariance.HC1, null),
            _ => throw new InputException($"must be \"model\", \"hc0\", \"hc1\" or \"cluster:COLUMN\", not \"{v}\""),
        };
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, LogisticSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        if (!WeeklyIndicatorNames.TryParse(options.Outcome, out var outcome))
        {
            throw scope.Error("outcome", $"unknown outcome '{options.Outcome}'");
        }
        int week = options.Week ?? context.FocusWeek;
        var frame = PersonFrame(context, outcome, week);
        var formula = ModelFormula.Parse(options.Outcome + " ~ " + options.Formula);
        var (variance, cluster) = Variance(options);
        DesignMatrix design;
        LogisticRegressionResult fit;
        try
        {
            design = DesignMatrixBuilder.Build(frame, formula, new DesignOptions(null, cluster));
            fit = LogisticRegression.Fit(
                design,
                new LogisticRegressionOptions(
                    options.Firth ? GlmFitMethod.Firth : GlmFitMethod.MaximumLikelihood,
                    variance,
                    context.Spec.Level
                )
            );
        }
        catch (InputException ex)
        {
            throw scope.Error("formula", ex.Message);
        }
        List<MarginsResult> margins;
        try
        {
            var wanted = options.Margins ?? (formula.Variables.Contains("treatment") ? ["treatment"] : []);
            margins = [.. wanted.Select(v => LogisticMargins.Compute(fit, v))];
        }
        catch (InputException ex)
        {
            throw scope.Error("margins", ex.Message);
        }

        var suppressed = LogisticSmallCells.Withheld(frame, design, fit, margins, context.MinCell);
        var rows = new List<IReadOnlyList<object?>>();
        for (int j = 0; j < fit.Coefficients.Count; j++)
        {
            var or = fit.OddsRatios[j];
            rows.Add(Row("coefficient", fit.Coefficients[j], or.Estimate, or.ConfLow, or.ConfHigh));
        }
        foreach (var m in margins)
        {
            rows.AddRange(m.PredictiveMargins.Select(t => Row("predictive_margin", t, null, null, null)));
            rows.AddRange(m.AverageMarginalEffects.Select(t => Row("ame", t, null, null, null)));
            rows.AddRange(m.ContrastsPercentagePoints.Select(t => Row("contrast_pp", t, null, null, null)));
        }
        var metadata = new Dictionary<string, string>
        {
            ["formula"] = fit.Formula,
            ["outcome_week"] = week.ToString(CultureInfo.InvariantCulture),
            ["method"] = fit.Method.ToString(),
            ["variance"] = fit.Variance.ToString(),
            ["n_observations"] = fit.Observations.ToString("R", CultureInfo.InvariantCulture),
            ["rows_dropped"] = fit.DroppedRows.Describe(),
            ["aliased"] = fit.AliasedColumns.Count == 0 ? "none" : string.Join("; ", fit.AliasedColumns),
            ["converged"] = fit.Converged ? "true" : "false",
            ["confidence_level"] = fit.ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture),
        };
        var table = new ResultTable(
            "Logistic regression",
            ["table", .. TidyTerm.ColumnNames, "odds_ratio", "or_conf_low", "or_conf_high", "suppressed"],
            rows,
            metadata
        );
        int termColumn = table.IndexOf("term");
        int kindColumn = table.IndexOf("table");
        string[] values = [.. table.Columns.Where(c => c is not ("table" or "term" or "suppressed"))];
        string title = OutcomeText.Title(outcome, context.Language == Figures.Model.FigureLanguage.Danish);
        string n = context.CountOrSuppressed((long)fit.Observations);
        string aliased =
            fit.AliasedColumns.Count == 0
                ? ""
                : context.Localized(
                    $" Perfectly collinear columns dropped: {string.Join(", ", fit.AliasedColumns)}.",
                    $" Perfekt kollineære kolonner udeladt: {string.Join(", ", fit.AliasedColumns)}."
                );
        string varianceText = VarianceText(fit.Variance);
        string caption = context.Localized(
            $"Logistic regression of {options.Outcome} in week {week} ({title.ToLowerInvariant()}) on {options.Formula}: n = {n} persons observed in week {week}; {fit.DroppedRows.Describe()}. {(options.Firth ? "Firth penalised likelihood" : "Maximum likelihood")}, {varianceText} standard errors, z-based {Pct(fit.ConfidenceLevel)} intervals; margins averaged over the estimation sample (Stata margins), contrasts in percentage points.{aliased} {context.SuppressionText}",
            $"Logistisk regression af {options.Outcome} i uge {week} ({title.ToLowerInvariant()}) på {options.Formula}: n = {n} personer observeret i uge {week}; {fit.DroppedRows.Describe()}. {(options.Firth ? "Firth-penaliseret likelihood" : "Maksimum likelihood")}, {varianceText} standardfejl, z-baserede {Pct(fit.ConfidenceLevel)}-intervaller; marginaler er gennemsnit over estimationsstikprøven (Stata margins), kontraster i procentpoint.{aliased} {context.SuppressionText}"
        );
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    caption,
                    (_, row) => suppressed.Contains(((string)row[kindColumn]!, (string)row[termColumn]!)) ? values : []
                )
            );
        }
        var figures = new List<ReportFigure>();
        var contrasts = margins.SelectMany(m => m.AverageMarginalEffects.Select(t => (m.Variable, Term: t))).ToList();
        if (options.Figures && contrasts.Count > 0)
        {
            // The caption gives n; a row carries a count only to be suppressed (shown as "n < 5").
            var forest = contrasts
                .Select(c => new ForestRow(
                    c.Term.Term,
                    c.Term.Estimate,
                    c.Term.ConfLow,
                    c.Term.ConfHigh,
                    suppressed.Contains(("ame", c.Term.Term)) ? 1 : null
                ))
                .ToList();
            var figure = ForestPlotFigure.Build(
                forest,
                null,
                context.FigureOptions(
                    context.Localized(
                        $"Average marginal effects on {options.Outcome} in week {week}",
                        $"Gennemsnitlige marginaleffekter på {options.Outcome} i uge {week}"
                    )
                )
            );
            figures.Add(
                new ReportFigure(
                    "ame",
                    figure,
                    context.Localized(
                        $"Average marginal effects (discrete changes in predicted probability, level minus reference) from the logistic regression of {options.Outcome} in week {week}, with {Pct(fit.ConfidenceLevel)} delta-method intervals ({varianceText}); n = {n}. {context.SuppressionText}",
                        $"Gennemsnitlige marginaleffekter (ændring i forudsagt sandsynlighed, niveau minus reference) fra den logistiske regression af {options.Outcome} i uge {week}, med {Pct(fit.ConfidenceLevel)} delta-metode-intervaller ({varianceText}); n = {n}. {context.SuppressionText}"
                    )
                )
            );
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Logistic regression", "Logistisk regression"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                [options.Key] =
                    $"{fit.Formula}: {(options.Firth ? "Firth (brglm2 AS_mean)" : "ML (R glm binomial, IRLS)")}; variance {fit.Variance} ({varianceText}); z intervals; margins over the estimation rows (Stata margins, marginaleffects avg_predictions/avg_slopes).",
            },
        };
    }

    private static string Pct(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string VarianceText(GlmVariance variance) =>
        variance switch
        {
            GlmVariance.Model => "model-based (R vcov(glm), Stata logit)",
            GlmVariance.HC0 => "HC0 sandwich (sandwich::vcovHC HC0)",
            GlmVariance.HC1 => "HC1 sandwich (sandwich::vcovHC HC1)",
            GlmVariance.ClusterR => "cluster-robust (sandwich::vcovCL HC1)",
            _ => "cluster-robust (Stata logit, vce(cluster))",
        };

    private static object?[] Row(string kind, TidyTerm t, double? or, double? orLow, double? orHigh) =>
        [
            kind,
            t.Term,
            t.Estimate,
            t.StdError,
            t.Statistic,
            t.PValue,
            t.ConfLow,
            t.ConfHigh,
            t.Df,
            or,
            orLow,
            orHigh,
            false,
        ];

    /// <summary>
    /// The person-level frame of week <paramref name="week"/>: one row per population member observed that week.
    /// </summary>
    internal static DataFrame PersonFrame(ReportContext context, WeeklyIndicator outcome, int week)
    {
        var study = context.Study;
        var panel = study.Panel;
        var roster = study.Roster;
        var rows = new List<int>();
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (context.Members[p] && panel.IsObserved(p, week))
            {
                rows.Add(p);
            }
        }
        var columns = new List<DataColumn>
        {
            DataColumn.FromNumbers(outcome.ToName(), [.. rows.Select(p => panel.Value(p, outcome, week))]),
            DataColumn.FromNumbers("treatment", [.. rows.Select(p => study.Treated[p] ? 1.0 : 0.0)]),
            DataColumn.FromTexts("arm", [.. rows.Select(p => study.Treated[p] ? "treatment" : "control")]),
            DataColumn.FromTexts("site", [.. rows.Select(p => roster.Persons[p].Site)]),
            DataColumn.FromTexts("target_group", [.. rows.Select(p => roster.Persons[p].TargetGroup)]),
            DataColumn.FromNumbers(
                "hist_weeks_employed",
                [.. rows.Select(p => (double)panel.History(p).WeeksEmployed)]
            ),
            DataColumn.FromNumbers(
                "hist_weeks_self_supporting",
                [.. rows.Select(p => (double)panel.History(p).WeeksSelfSupporting)]
            ),
            DataColumn.FromNumbers("hist_weeks_sick", [.. rows.Select(p => (double)panel.History(p).WeeksSick)]),
        };
        var taken = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (int c = 0; c < roster.CovariateNames.Count; c++)
        {
            string name = roster.CovariateNames[c];
            if (!taken.Add(name))
            {
                continue;
            }
            var texts = rows.Select(p => roster.Persons[p].Covariates[c]).ToList();
            bool numeric =
                texts.All(t => t is null || double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                && texts.Any(t => t is not null);
            columns.Add(
                numeric
                    ? DataColumn.FromNumbers(
                        name,
                        [.. texts.Select(t => t is null ? double.NaN : double.Parse(t, CultureInfo.InvariantCulture))]
                    )
                    : DataColumn.FromTexts(name, texts)
            );
        }
        return new DataFrame(columns);
    }
}
