using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Reporting.Output;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval demo --out DIR</c>: simulates the JobFirst trial (default seed) into <c>DIR/data</c>, writes
/// the example spec there (<c>DIR/data/report-spec.json</c>) and runs it exactly as <c>report --spec
/// DIR/data/report-spec.json --out DIR</c> would: the full report lands in <c>DIR</c>.
/// </summary>
internal sealed class DemoCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Output directory.", Required = true };
        var persons = new Option<int?>("--persons")
        {
            Description = "Simulated roster size (default: the trial's 4,856).",
        };
        var shared = new ReportOutputOptions();
        var command = new Command(
            "demo",
            "Simulate the JobFirst trial and write its full evaluation report (the same code path as 'report')."
        )
        {
            output,
            persons,
        };
        shared.AddTo(command);
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var clock = Stopwatch.StartNew();
                    string dir = parse.GetValue(output)!;
                    string data = Path.Combine(dir, "data");
                    var options = SimulationOptions.For(SimulationScenario.JobFirst);
                    if (parse.GetValue(persons) is { } n)
                    {
                        if (n < 1)
                        {
                            throw new Errors.InputException("--persons must be at least 1");
                        }
                        options = options with { Persons = n };
                    }
                    var reportOptions = shared.ReportOptions(parse);
                    context.Error.WriteLine($"simulating the JobFirst trial into {data} ...");
                    StudySimulator.Run(options, data);
                    string spec = Path.Combine(data, DemoSpec.FileName);
                    File.WriteAllText(spec, DemoSpec.Json, new UTF8Encoding(false));
                    var summary = shared.WithProgress(
                        context,
                        parse,
                        progress => ReportRunner.Run(spec, dir, reportOptions, progress)
                    );
                    context.Out.WriteLine(ReportCommand.Describe(summary));
                    context.Error.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"demo finished in {clock.Elapsed.TotalSeconds:0.0} s; open {Path.Combine(dir, "index.html")}"
                        )
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
