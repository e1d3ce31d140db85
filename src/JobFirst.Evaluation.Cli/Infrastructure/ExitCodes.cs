namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>Process exit codes of <c>jobfirst-eval</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Internal error (a bug): the message says so.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input or usage; one line on stderr names file, line and column.</summary>
    public const int BadInput = 2;
}
