using System.CommandLine;
using JobFirst.Evaluation.Cli.Commands;
using JobFirst.Evaluation.Cli.Infrastructure;

namespace JobFirst.Evaluation.Cli;

/// <summary>Entry point logic, callable in-process from tests with captured streams.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand(
            "jobfirst-eval: statistical evaluation of labour-market programmes from trial rosters and DREAM-style weekly registers."
        );
        foreach (var command in CommandCatalog.All)
        {
            root.Subcommands.Add(command.Build(context));
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"usage error: {error.Message}");
            }
            stderr.WriteLine("Run 'jobfirst-eval --help' for usage.");
            return ExitCodes.BadInput;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parse.Invoke(config);
    }
}
