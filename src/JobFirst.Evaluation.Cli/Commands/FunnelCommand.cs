using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Monitoring.Funnel;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval funnel</c>: the screening funnel (seed 004:453, 1428-1437) by municipality or another
/// screening column: stage counts, step and overall rates, ranges across units on the total rows.
/// </summary>
internal sealed class FunnelCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var screening = new Option<FileInfo>("--screening")
        {
            Description = "Screening CSV: one row per screened person, a flag (1/0) or date column per stage.",
            Required = true,
        };
        var stages = new Option<string>("--stages")
        {
            Description = "Stage columns in funnel order.",
            DefaultValueFactory = _ => string.Join(",", ScreeningReader.DefaultStages),
        };
        var by = MonitoringOptions.By(
            "municipality",
            "Screening column defining the units (e.g. municipality, target_group)."
        );
        var ordering = new Option<string>("--ordering")
        {
            Description =
                "A stage reached without an earlier one: strict (error naming the line) or cumulative (count only unbroken chains, report how many rows broke).",
            DefaultValueFactory = _ => "strict",
        };
        ordering.AcceptOnlyFromAmong("strict", "cumulative");
        var minCell = MonitoringOptions.MinCell();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "funnel",
            "Screening funnel by municipality: stage counts, step rates, overall rate, ranges."
        )
        {
            screening,
            stages,
            by,
            ordering,
            minCell,
            format,
            output,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    int min = MonitoringOptions.CheckMinCell(parse.GetValue(minCell));
                    string groupBy = parse.GetValue(by)!;
                    var data = ScreeningReader.Read(
                        parse.GetValue(screening)!.FullName,
                        MonitoringOptions.List(parse.GetValue(stages)),
                        [groupBy],
                        parse.GetValue(ordering) == "cumulative" ? FunnelOrdering.Cumulative : FunnelOrdering.Strict
                    );
                    var result = ScreeningFunnel.Compute(data, groupBy, min);
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
