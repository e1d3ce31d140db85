using System.Globalization;
using JobFirst.Evaluation.Reporting.Output;
using Spectre.Console;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// Shows <see cref="ReportProgress"/> on standard error, never on standard output: Spectre.Console progress bars
/// (one per phase) on an interactive terminal, one plain line per step otherwise (CI logs, redirected stderr,
/// tests), or nothing.
/// </summary>
internal static class ReportProgressDisplay
{
    public static T Run<T>(CliContext context, string mode, Func<IProgress<ReportProgress>?, T> body)
    {
        if (mode == "none")
        {
            return body(null);
        }
        if (mode == "bars" || (mode == "auto" && IsInteractiveTerminal(context)))
        {
            return Bars(context, body);
        }
        return body(new PlainLines(context.Error));
    }

    private static bool IsInteractiveTerminal(CliContext context) =>
        ReferenceEquals(context.Error, Console.Error)
        && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null
        && Environment.GetEnvironmentVariable("TERM") is not ("dumb" or null);

    private static T Bars<T>(CliContext context, Func<IProgress<ReportProgress>?, T> body)
    {
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(context.Error),
                Ansi = AnsiSupport.Detect,
                Interactive = InteractionSupport.Yes,
            }
        );
        T result = default!;
        console
            .Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn()
            )
            .Start(ctx =>
            {
                var tasks = Enum.GetValues<ReportPhase>()
                    .ToDictionary(p => p, p => ctx.AddTask(Label(p), autoStart: false, maxValue: 1));
                result = body(new BarUpdates(tasks));
                foreach (var t in tasks.Values)
                {
                    t.Value = t.MaxValue;
                    t.StopTask();
                }
            });
        return result;
    }

    private static string Label(ReportPhase phase) =>
        phase switch
        {
            ReportPhase.Load => "Load study",
            ReportPhase.Analyse => "Analyse",
            ReportPhase.Render => "Render figures",
            _ => "Write report",
        };

    /// <summary>Updates the phase bars synchronously (no <see cref="Progress{T}"/>: it would post to the thread pool and reorder).</summary>
    private sealed class BarUpdates(Dictionary<ReportPhase, ProgressTask> tasks) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            var task = tasks[value.Phase];
            if (!task.IsStarted)
            {
                task.StartTask();
            }
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Completed;
            task.Description =
                value.Completed >= value.Total
                    ? Label(value.Phase)
                    : Label(value.Phase) + " " + Markup.Escape(value.Item);
        }
    }

    private sealed class PlainLines(TextWriter error) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value)
        {
            if (value.Completed >= value.Total)
            {
                return;
            }
            error.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"[{value.Phase.ToString().ToLowerInvariant()} {value.Completed + 1}/{Math.Max(value.Total, value.Completed + 1)}] {value.Item}"
                )
            );
        }
    }
}
