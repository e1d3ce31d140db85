using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Monitoring.Survey;
using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>survey</c>: baseline vs follow-up unit-level survey measures (seed 003:55-99): per measure "X of N municipalities
/// meet the threshold" in each round, the change and its test — McNemar when the same units answered both rounds,
/// R <c>prop.test</c> otherwise (<see cref="SurveyAnalysis"/>) — with the varying N shown; a figure of the share
/// meeting each threshold in both rounds. Units are municipalities, not persons: no small-cell suppression. Needs
/// <c>inputs.survey</c>.
/// </summary>
public sealed class SurveySection : ReportSection<SurveySectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "survey";

    /// <inheritdoc/>
    public override string Summary =>
        "Baseline vs follow-up survey: X of N municipalities per round, change, McNemar or prop.test (seed 003:55-99).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override void ValidateOptions(SurveySectionSpec options, ReportSpec spec, SpecScope scope)
    {
        MonitoringSupport.OneOf(scope, "test", options.Test, "auto", "mcnemar", "prop");
        MonitoringSupport.OneOf(scope, "correct", options.Correct, "yates", "none");
        _ = Thresholds(options, scope);
    }

    private static Dictionary<string, SurveyThreshold> Thresholds(SurveySectionSpec options, SpecScope scope)
    {
        var rules = new Dictionary<string, SurveyThreshold>(StringComparer.Ordinal);
        for (int i = 0; i < options.Thresholds.Count; i++)
        {
            try
            {
                var (measure, threshold) = SurveyThreshold.Parse(options.Thresholds[i]);
                if (!rules.TryAdd(measure, threshold))
                {
                    throw new InputException($"a second threshold for measure '{measure}'");
                }
            }
            catch (InputException ex)
            {
                throw scope.Error($"thresholds[{i}]", ex.Message);
            }
        }
        return rules;
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, SurveySectionSpec options)
    {
        var scope = context.ScopeOf(options);
        var responses =
            context.Monitoring.SurveyResponses
            ?? throw context
                .SpecFile.At("$.inputs")
                .Error("survey", "the survey section needs a survey file (inputs.survey)");
        var result = MonitoringSupport.Run(
            context,
            options,
            "measures",
            () =>
                SurveyAnalysis.Compute(
                    responses,
                    Thresholds(options, scope),
                    options.BaselineRound,
                    options.FinalRound,
                    options.Test switch
                    {
                        "mcnemar" => SurveyComparison.McNemar,
                        "prop" => SurveyComparison.TwoProportion,
                        _ => SurveyComparison.Auto,
                    },
                    options.Correct == "none" ? ChiSquareCorrection.None : ChiSquareCorrection.Yates,
                    context.Spec.Level,
                    options.Measures
                )
        );
        var lang = context.Language;
        string lines = string.Join(
            "; ",
            result.Rows.Select(r =>
                context.Localized(
                    $"{r.Measure} {r.Threshold}: {r.FinalMet} of {r.FinalN} at {options.FinalRound} vs {r.BaselineMet} of {r.BaselineN} at {options.BaselineRound}{(r.PValue is { } p ? $" ({(r.Test == "mcnemar" ? "McNemar" : "prop.test")} p {ReportFormat.PValue(p, lang)})" : "")}",
                    $"{r.Measure} {r.Threshold}: {r.FinalMet} af {r.FinalN} ved {options.FinalRound} mod {r.BaselineMet} af {r.BaselineN} ved {options.BaselineRound}{(r.PValue is { } p2 ? $" ({(r.Test == "mcnemar" ? "McNemar" : "prop.test")} p {ReportFormat.PValue(p2, lang)})" : "")}"
                )
            )
        );
        string tests = context.Localized(
            $"Tests: McNemar (R mcnemar.test, {(options.Correct == "none" ? "no" : "Yates")} correction; exact p = binom.test(b, b + c)) when the same municipalities answered both rounds, otherwise the two-proportion test (R prop.test with its {ReportFormat.Level(context.Spec.Level)}% interval for the change). N varies: not every municipality answers every question. Municipalities are not persons: no suppression.",
            $"Test: McNemar (R mcnemar.test, {(options.Correct == "none" ? "uden" : "med Yates-")}korrektion; eksakt p = binom.test(b, b + c)), når de samme kommuner svarede i begge runder, ellers test af to andele (R prop.test med {ReportFormat.Level(context.Spec.Level)} pct.-interval for ændringen). N varierer: ikke alle kommuner svarer på alle spørgsmål. Kommuner er ikke personer: ingen diskretionering."
        );
        string caption = context.Localized(
            $"Survey of municipalities, {options.BaselineRound} vs {options.FinalRound} (seed 003:55-99): municipalities meeting each threshold (X of N). {lines}. {tests}",
            $"Spørgeskema til kommunerne, {options.BaselineRound} mod {options.FinalRound} (seed 003:55-99): kommuner, der opfylder hver tærskel (X af N). {lines}. {tests}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures && result.Rows.Count > 0)
        {
            // Horizontal bars, one pair per measure (baseline below follow-up), labelled "X of N": the measure names
            // need the room of the left axis, and N varies between rounds.
            int m = result.Rows.Count;
            var fig = new Figure
            {
                Title = context.Localized(
                    "Municipalities meeting each survey threshold",
                    "Kommuner, der opfylder hver tærskel"
                ),
                Language = lang,
                MinCellSize = context.MinCell,
                Width = 720,
                Height = 150 + 56 * m,
            };
            var plot = fig.AddPanel();
            string Of(int x, int n) => context.Localized($"{x} of {n}", $"{x} af {n}");
            var final = plot.Add.Bars(
                [.. result.Rows.Select((_, i) => m - i + 0.19)],
                [.. result.Rows.Select(r => r.FinalShare ?? double.NaN)]
            );
            final.Orientation = Orientation.Horizontal;
            final.BarWidth = 0.36;
            final.Color = Colors.Treatment;
            final.Label = options.FinalRound;
            final.ValueLabels = [.. result.Rows.Select(r => Of(r.FinalMet, r.FinalN))];
            var baseline = plot.Add.Bars(
                [.. result.Rows.Select((_, i) => m - i - 0.19)],
                [.. result.Rows.Select(r => r.BaselineShare ?? double.NaN)]
            );
            baseline.Orientation = Orientation.Horizontal;
            baseline.BarWidth = 0.36;
            baseline.Color = Colors.Control;
            baseline.Label = options.BaselineRound;
            baseline.ValueLabels = [.. result.Rows.Select(r => Of(r.BaselineMet, r.BaselineN))];
            plot.Axes.Y.SetTicks(
                [.. result.Rows.Select((_, i) => (double)(m - i))],
                [.. result.Rows.Select(r => r.Measure.Replace('_', ' ') + " " + r.Threshold)]
            );
            plot.Axes.Y.SetLimits(0.4, m + 0.6);
            plot.Axes.Y.ShowGrid = false;
            plot.Axes.X.SetLimits(0, 1.2);
            plot.Axes.X.SetTicks(
                [0, 0.2, 0.4, 0.6, 0.8, 1],
                [.. new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 }.Select(v => ReportFormat.Percent(v, 0, lang))]
            );
            plot.Axes.X.Label = context.Localized(
                "Share of the municipalities answering",
                "Andel af de kommuner, der svarede"
            );
            figures.Add(new ReportFigure("", fig, caption));
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(TableSuppression.Apply("", result.ToResultTable(), caption, (_, _) => []));
        }
        return new SectionResult
        {
            Heading =
                options.Title ?? context.Localized("Baseline and follow-up survey", "Baseline- og opfølgningsmåling"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["survey"] =
                    "Survey (seed 003:55-99): X of N units meeting the threshold per round; McNemar (R mcnemar.test, exact binom.test) on units answering both rounds, else R prop.test(c(final, baseline), c(n_final, n_baseline)); Yates correction unless 'correct' is none; units are not persons, no suppression.",
            },
        };
    }
}
