using JobFirst.Evaluation.Cli;

namespace JobFirst.Evaluation.Tests.Support;

/// <summary>Runs <c>jobfirst-eval</c> in-process with captured streams.</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApplication.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
