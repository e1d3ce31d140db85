namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>The process's standard streams, injectable so end-to-end tests run commands in-process.</summary>
/// <param name="Out">Standard output (results when no <c>--out</c> is given).</param>
/// <param name="Error">Standard error (diagnostics and progress lines).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
