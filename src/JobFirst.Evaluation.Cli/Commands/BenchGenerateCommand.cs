using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Bench;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval bench-generate</c>: writes large synthetic roster, wide register and hours files
/// (volume, not realism) for the benchmark and the peer scripts under <c>bench/peers/</c>.
/// </summary>
internal sealed class BenchGenerateCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var dir = new Option<string>("--dir") { Description = "Output directory.", Required = true };
        var persons = new Option<int>("--persons")
        {
            Description = "Roster persons.",
            DefaultValueFactory = _ => 100_000,
        };
        var registerPersons = new Option<int?>("--register-persons")
        {
            Description = "Register rows (default: = roster).",
        };
        var weeks = new Option<int>("--weeks")
        {
            Description = "Week columns (from 2014-W01).",
            DefaultValueFactory = _ => 208,
        };
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };
        var command = new Command("bench-generate", "Write large synthetic inputs for benchmarks.")
        {
            dir,
            persons,
            registerPersons,
            weeks,
            seed,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    int n = parse.GetValue(persons);
                    int m = parse.GetValue(registerPersons) ?? n;
                    int w = parse.GetValue(weeks);
                    if (n < 1 || m < n || w < 60)
                    {
                        throw new InputException(
                            "need --persons >= 1, --register-persons >= --persons and --weeks >= 60"
                        );
                    }
                    var paths = SyntheticRegisterWriter.Write(parse.GetValue(dir)!, n, m, w, parse.GetValue(seed));
                    context.Out.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"wrote {paths.Roster}, {paths.Register} ({new FileInfo(paths.Register).Length / 1e6:F1} MB), {paths.Hours}"
                        )
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
