using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval outcome</c>: first outcome after visitation (seed 004:797, 1643) by municipality — the share
/// reaching employment (hours &gt; 0), SU education or flexjob first, with the municipal range — or, with
/// <c>--table ever</c>, the share ever in each outcome over a window of event weeks.
/// </summary>
internal sealed class OutcomeCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions(defaultDesign: "participants");
        var outcomes = new Option<string>("--outcomes")
        {
            Description =
                "Outcomes in tie-breaking order, name=statuses separated by ';' (statuses as in monitor --statuses).",
            DefaultValueFactory = _ => "employment=employed;education=student_grant;flexjob=flexjob",
        };
        var table = new Option<string>("--table")
        {
            Description = "first (first outcome after visitation) or ever (ever in each outcome over --window).",
            DefaultValueFactory = _ => "first",
        };
        table.AcceptOnlyFromAmong("first", "ever");
        var fromWeek = new Option<int>("--from-week")
        {
            Description = "First event week searched (1 = the visitation week).",
            DefaultValueFactory = _ => 1,
        };
        var toWeek = new Option<int?>("--to-week")
        {
            Description = "Last event week searched (default: all follow-up).",
        };
        var window = new Option<string?>("--window")
        {
            Description = "Ever table: event weeks a..b, e.g. 1..52 (complete-window rule).",
        };
        var by = MonitoringOptions.By("site", "Units: site (municipality), target_group or a trait column.");
        var minCell = MonitoringOptions.MinCell();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "outcome",
            "First outcome after visitation (employment, education, flexjob) by municipality; or ever-indicators over a window."
        );
        inputs.AddTo(command);
        foreach (var o in new Option[] { outcomes, table, fromWeek, toWeek, window, by, minCell, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    int min = MonitoringOptions.CheckMinCell(parse.GetValue(minCell));
                    var list = ParseOutcomes(parse.GetValue(outcomes)!);
                    int a = parse.GetValue(fromWeek);
                    int? b = parse.GetValue(toWeek);
                    if (a < 1 || (b is { } t && t < a))
                    {
                        throw new InputException("--from-week must be at least 1 and --to-week at least --from-week");
                    }
                    bool ever = parse.GetValue(table) == "ever";
                    var (wa, wb) = ever ? Window(parse.GetValue(window)) : (0, 0);
                    var study = MonitoringStudy.Load(
                        MonitoringOptions.Files(inputs, parse),
                        MonitoringOptions.LoadOptions(inputs, parse)
                    );
                    string groupBy = parse.GetValue(by)!;
                    if (ever)
                    {
                        int max = study.Register!.Panel.MaxFollowUpWeeks;
                        if (wb > max)
                        {
                            throw new InputException(
                                $"--window ends after the last event week the extract can hold ({max})"
                            );
                        }
                        TableOutput.Write(
                            context,
                            parse.GetValue(format)!,
                            parse.GetValue(output),
                            study.EverOutcomes(wa, wb, groupBy, list, min).ToResultTable()
                        );
                        return ExitCodes.Success;
                    }
                    var result = study.FirstOutcomes(groupBy, list, a, b, min);
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static IReadOnlyList<OutcomeDefinition> ParseOutcomes(string text)
    {
        var list = new List<OutcomeDefinition>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new InputException($"outcome '{part}' must look like name=status[,status...]");
            }
            string name = part[..eq].Trim();
            if (list.Any(o => o.Name == name))
            {
                throw new InputException($"outcome '{name}' is given twice");
            }
            list.Add(new OutcomeDefinition(name, StatusSet.Parse(part[(eq + 1)..], name)));
        }
        return list.Count > 0 ? list : throw new InputException("--outcomes lists no outcome");
    }

    private static (int From, int To) Window(string? text)
    {
        var parts = (text ?? "").Split("..", StringSplitOptions.TrimEntries);
        if (
            parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out int a)
            && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int b)
            && a >= 1
            && b >= a
        )
        {
            return (a, b);
        }
        throw new InputException("--table ever needs --window a..b with 1 <= a <= b (event weeks), e.g. 1..52");
    }
}
