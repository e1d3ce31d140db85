using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Monitoring;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval attainment</c>: goal attainment (seed 004 Tabel 3) — realised counts against original and
/// adjusted targets per municipality and in total. Realised counts come from the participants (<c>participants</c>,
/// and <c>visited</c> without a screening file), the screening file (one measure per stage) and, for
/// <c>employed</c>, the register's first outcome after visitation.
/// </summary>
internal sealed class AttainmentCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions(defaultDesign: "participants", registerRequired: false);
        var targets = new Option<FileInfo>("--targets")
        {
            Description = "Targets CSV: municipality, original_target, adjusted_target[, measure].",
            Required = true,
        };
        var screening = new Option<FileInfo?>("--screening")
        {
            Description =
                "Screening CSV (realised counts per stage: screened, accepted_visitation, visitation_held, visited).",
        };
        var measure = new Option<string>("--measure")
        {
            Description = "Measure of a targets file without a measure column.",
            DefaultValueFactory = _ => "visited",
        };
        var minCell = MonitoringOptions.MinCell();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "attainment",
            "Goal attainment: realised against original and adjusted targets per municipality (ambition, not results)."
        );
        inputs.AddTo(command);
        foreach (var o in new Option[] { targets, screening, measure, minCell, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    int min = MonitoringOptions.CheckMinCell(parse.GetValue(minCell));
                    var files = MonitoringOptions.Files(inputs, parse) with
                    {
                        Targets = parse.GetValue(targets)!.FullName,
                        Screening = parse.GetValue(screening)?.FullName,
                    };
                    var options = MonitoringOptions.LoadOptions(inputs, parse) with
                    {
                        DefaultTargetMeasure = parse.GetValue(measure)!,
                    };
                    var study = MonitoringStudy.Load(files, options);
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        study.Attainment(min).ToResultTable()
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
