using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Monitoring.Survey;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval survey</c>: unit-level survey measures at baseline and follow-up (seed 003:55-99): "X of N
/// municipalities meet the threshold" per round, the change, and McNemar (same units both rounds) or the
/// two-proportion test (otherwise), as R <c>mcnemar.test</c> / <c>prop.test</c>.
/// </summary>
internal sealed class SurveyCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var survey = new Option<FileInfo>("--survey")
        {
            Description = "Survey CSV: municipality, round, measure, value (empty or NA = no answer).",
            Required = true,
        };
        var thresholds = new Option<string[]>("--threshold")
        {
            Description =
                "When a unit meets a measure, e.g. caseload<40 or has_cv>=0.6 (repeatable); 0/1 measures default to =1.",
        };
        var measures = new Option<string?>("--measures") { Description = "Comma-separated measures (default all)." };
        var baseline = new Option<string>("--baseline-round")
        {
            Description = "The baseline round's name.",
            DefaultValueFactory = _ => "baseline",
        };
        var final = new Option<string>("--final-round")
        {
            Description = "The follow-up round's name.",
            DefaultValueFactory = _ => "final",
        };
        var test = new Option<string>("--test")
        {
            Description = "auto (McNemar when the same units answered both rounds, else prop.test), mcnemar or prop.",
            DefaultValueFactory = _ => "auto",
        };
        test.AcceptOnlyFromAmong("auto", "mcnemar", "prop");
        var correct = new Option<string>("--correct")
        {
            Description = "Continuity correction of the chi-square tests: yates (R's default) or none.",
            DefaultValueFactory = _ => "yates",
        };
        correct.AcceptOnlyFromAmong("yates", "none");
        var level = ConfidenceLevelOption.Create("Confidence level of the two-proportion interval.");
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "survey",
            "Baseline vs follow-up survey: X of N units per round, change, McNemar or prop.test."
        )
        {
            survey,
            thresholds,
            measures,
            baseline,
            final,
            test,
            correct,
            level,
            format,
            output,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    double lvl = ConfidenceLevelOption.Read(parse, level);
                    var rules = new Dictionary<string, SurveyThreshold>(StringComparer.Ordinal);
                    foreach (var text in parse.GetValue(thresholds) ?? [])
                    {
                        var (measure, threshold) = SurveyThreshold.Parse(text);
                        if (!rules.TryAdd(measure, threshold))
                        {
                            throw new InputException($"two thresholds for measure '{measure}'");
                        }
                    }
                    var selected = MonitoringOptions.List(parse.GetValue(measures));
                    var result = SurveyAnalysis.Compute(
                        SurveyReader.Read(parse.GetValue(survey)!.FullName),
                        rules,
                        parse.GetValue(baseline)!,
                        parse.GetValue(final)!,
                        parse.GetValue(test) switch
                        {
                            "mcnemar" => SurveyComparison.McNemar,
                            "prop" => SurveyComparison.TwoProportion,
                            _ => SurveyComparison.Auto,
                        },
                        parse.GetValue(correct) == "none" ? ChiSquareCorrection.None : ChiSquareCorrection.Yates,
                        lvl,
                        selected.Count == 0 ? null : selected
                    );
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
