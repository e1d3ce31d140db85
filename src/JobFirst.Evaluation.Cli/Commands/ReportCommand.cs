using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Reporting.Output;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval report --spec F --out DIR</c>: writes the evaluation report a spec describes (figures as SVG and
/// PNG, tables as CSV and Markdown, report.md, index.html, manifest.json); see <c>docs/report.md</c>.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var spec = new Option<string>("--spec")
        {
            Description = "Report specification (JSON; data-schema/report-spec.schema.json).",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Report directory.", Required = true };
        var shared = new ReportOutputOptions();
        var command = new Command("report", "Write the evaluation report a spec file describes.") { spec, output };
        shared.AddTo(command);
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var options = shared.ReportOptions(parse);
                    var summary = shared.WithProgress(
                        context,
                        parse,
                        progress => ReportRunner.Run(parse.GetValue(spec)!, parse.GetValue(output)!, options, progress)
                    );
                    context.Out.WriteLine(Describe(summary));
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static string Describe(ReportSummary summary) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {summary.Directory}: {summary.FigureCount} figures, {summary.TableCount} tables, {summary.Outputs.Count + 1} files; {summary.Suppressions.Sum(s => s.Cells)} suppressed cells in {summary.Suppressions.Count} items (manifest.json)"
        );
}
