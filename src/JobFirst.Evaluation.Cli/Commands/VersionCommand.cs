using System.CommandLine;
using System.Reflection;
using JobFirst.Evaluation.Cli.Infrastructure;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary><c>jobfirst-eval engine-version</c>: prints the engine version.</summary>
internal sealed class VersionCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("engine-version", "Print the engine version.");
        command.SetAction(_ =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var v = typeof(Evaluation.Calendar.IsoWeek)
                        .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
                        ?.InformationalVersion;
                    context.Out.WriteLine(v ?? "unknown");
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
