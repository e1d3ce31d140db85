using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval spells</c>: the spell table of a weekly status (default ordinary-hours spells) built from
/// the study files, one row per spell with entry week, length, time, event, exit category and the person
/// columns under a pseudonymous key; or, with <c>--table time-to-first</c>, one row per person with the
/// weeks to the first week in status.
/// </summary>
internal sealed class SpellsCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new SpellInputOptions(allowData: false);
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "spells",
            "Spells of a weekly status (default: ordinary hours > 0) or time to the first week in status, keyed pseudonymously."
        );
        inputs.AddTo(command, analysis: false);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    TableOutput.ParseFormat(parse.GetValue(format)!);
                    inputs.UsesData(parse);
                    var (spells, first) = inputs.Build(parse, analysis: false, context.Error);
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        spells?.ToResultTable() ?? first!.ToResultTable()
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
