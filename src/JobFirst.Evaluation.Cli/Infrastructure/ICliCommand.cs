using System.CommandLine;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>One subcommand of <c>jobfirst-eval</c>; each lives in its own file under <c>Commands/</c>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command, wiring its action through <see cref="CommandRunner"/>.</summary>
    Command Build(CliContext context);
}
