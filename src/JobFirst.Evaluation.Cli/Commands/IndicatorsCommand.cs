using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval indicators</c>: per event week and arm, persons followed and the mean of each weekly
/// indicator (CSV, JSON, Markdown or text); cells under <c>--min-cell</c> persons are suppressed.
/// </summary>
internal sealed class IndicatorsCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions();
        var indicators = new Option<string?>("--indicators")
        {
            Description =
                "Comma-separated indicators (default all): "
                + string.Join(", ", WeeklyIndicatorNames.All.Select(i => i.ToName())),
        };
        var maxWeek = new Option<int>("--max-week")
        {
            Description = "Last event week.",
            DefaultValueFactory = _ => 156,
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Suppress cells with fewer persons.",
            DefaultValueFactory = _ => 5,
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "indicators",
            "Weekly indicators per event week and arm: persons followed and means."
        );
        inputs.AddTo(command);
        foreach (var o in new Option[] { indicators, maxWeek, minCell, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var list = ParseIndicators(parse.GetValue(indicators));
                    if (parse.GetValue(minCell) < 1 || parse.GetValue(maxWeek) < 1)
                    {
                        throw new InputException("--min-cell and --max-week must be at least 1");
                    }
                    var study = inputs.Load(parse);
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        study.Indicators(list, parse.GetValue(maxWeek), parse.GetValue(minCell))
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static IReadOnlyList<WeeklyIndicator>? ParseIndicators(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var list = new List<WeeklyIndicator>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!WeeklyIndicatorNames.TryParse(name, out var i))
            {
                throw new InputException(
                    $"unknown indicator '{name}' (known: {string.Join(", ", WeeklyIndicatorNames.All.Select(x => x.ToName()))})"
                );
            }
            list.Add(i);
        }
        return list;
    }
}
