using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// Runs a command body and turns failures into exit codes: <see cref="InputException"/> and other
/// user mistakes print one line on stderr and return 2; anything else is an internal error (1),
/// printed as one line; the stack trace only when <c>JOBFIRST_DEBUG=1</c>.
/// </summary>
internal static class CommandRunner
{
    public static int Run(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"error: {ex.Diagnostic}");
            return ExitCodes.BadInput;
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine($"error: {ex.FileName ?? "file"}: file not found");
            return ExitCodes.BadInput;
        }
        catch (DirectoryNotFoundException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("JOBFIRST_DEBUG") == "1")
            {
                stderr.WriteLine(ex.ToString());
            }
            return ExitCodes.InternalError;
        }
    }
}
