using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval simulate</c>: writes a calibrated simulated study (roster, wide register, hours,
/// codebook and the scenario's site tables) in the documented input formats.
/// </summary>
internal sealed class SimulateCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var scenario = new Option<string>("--scenario")
        {
            Description =
                "Study design: jobfirst (randomised trial), rum (participants only), monitoring (88 municipalities).",
            DefaultValueFactory = _ => "jobfirst",
        };
        var output = new Option<string>("--out")
        {
            Description = "Output directory (created if missing).",
            Required = true,
        };
        var seed = new Option<ulong?>("--seed")
        {
            Description = "Random seed (default: jobfirst 0, rum 4, monitoring 3).",
        };
        var persons = new Option<int?>("--persons") { Description = "Study population (default: the published size)." };
        var extractEnd = new Option<string?>("--extract-end")
        {
            Description = "Last ISO week of the register extract, e.g. 2016-W52 (jobfirst default) or 2018-W26.",
        };
        var registerOnly = new Option<double>("--register-only-share")
        {
            Description = "Extra register-only persons as a share of the roster.",
            DefaultValueFactory = _ => 0.02,
        };
        var missing = new Option<int>("--missing-from-register")
        {
            Description = "Roster persons to leave out of the register.",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("simulate", "Write a calibrated simulated study in the documented input formats.")
        {
            scenario,
            output,
            seed,
            persons,
            extractEnd,
            registerOnly,
            missing,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var kind = ParseScenario(parse.GetValue(scenario) ?? "jobfirst");
                    IsoWeek? end = null;
                    if (parse.GetValue(extractEnd) is { } text)
                    {
                        if (!IsoWeek.TryParse(text, out var week, out var error))
                        {
                            throw new InputException($"--extract-end: {error}");
                        }
                        end = week;
                    }
                    int? n = parse.GetValue(persons);
                    if (n is < 10 or > 2_000_000)
                    {
                        throw new InputException("--persons must be between 10 and 2000000");
                    }
                    double share = parse.GetValue(registerOnly);
                    if (!(share >= 0 && share <= 10))
                    {
                        throw new InputException("--register-only-share must be between 0 and 10");
                    }
                    int missingCount = parse.GetValue(missing);
                    if (missingCount < 0)
                    {
                        throw new InputException("--missing-from-register must not be negative");
                    }
                    var options = new SimulationOptions(
                        kind,
                        parse.GetValue(seed) ?? SimulationOptions.DefaultSeed(kind),
                        n,
                        end,
                        share,
                        missingCount
                    );
                    SimulationResult result;
                    try
                    {
                        result = StudySimulator.Run(options, parse.GetValue(output)!);
                    }
                    catch (ArgumentOutOfRangeException ex)
                    {
                        throw new InputException(ex.Message.Split('\n')[0].Split(" (Parameter")[0]);
                    }
                    context.Out.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"wrote {result.Files.Count} files to {result.OutputDirectory}: {result.RosterPersons} roster persons, {result.RegisterPersons} register rows, {result.HoursRows} hours rows, weeks {result.Study.ExtractStart}..{result.Study.ExtractEnd}"
                        )
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static SimulationScenario ParseScenario(string text) =>
        text.ToUpperInvariant() switch
        {
            "JOBFIRST" => SimulationScenario.JobFirst,
            "RUM" => SimulationScenario.Rum,
            "MONITORING" => SimulationScenario.Monitoring,
            _ => throw new InputException(
                $"--scenario: unknown scenario '{text}' (expected jobfirst, rum or monitoring)"
            ),
        };
}
