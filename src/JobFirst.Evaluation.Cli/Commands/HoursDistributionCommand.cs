using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Estimators.Weekly;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval hours-distribution</c>: positive ordinary hours in one event week by arm and band (seed 000 Fig 7),
/// counts and shares with small cells suppressed, and Pearson's χ² test.
/// </summary>
internal sealed class HoursDistributionCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions();
        var week = new Option<int>("--week") { Description = "Event week.", Required = true };
        var bands = new Option<string?>("--bands")
        {
            Description = "Comma-separated band cut points (default 5,10,15,20,30,37: 0-5 ... 37+).",
        };
        var population = new Option<string>("--population")
        {
            Description = "available or balanced:K.",
            DefaultValueFactory = _ => "available",
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Suppress cells with fewer persons.",
            DefaultValueFactory = _ => 5,
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "hours-distribution",
            "Distribution of positive ordinary hours in a week by arm and band, with a chi-square test."
        );
        inputs.AddTo(command);
        foreach (var o in new Option[] { week, bands, population, minCell, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    if (parse.GetValue(minCell) < 1)
                    {
                        throw new Errors.InputException("--min-cell must be at least 1");
                    }
                    var b = parse.GetValue(bands) is { } text ? HourBands.Parse(text) : HourBands.Standard;
                    var pop = Population.Parse(parse.GetValue(population)!);
                    var result = inputs
                        .Load(parse)
                        .HoursDistribution(parse.GetValue(week), b, pop, parse.GetValue(minCell));
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
