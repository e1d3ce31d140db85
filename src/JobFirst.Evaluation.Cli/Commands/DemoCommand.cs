using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Reporting.Output;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval demo --out DIR [--scenario jobfirst|rum|monitoring]</c>: simulates the study (default: the JobFirst
/// trial, default seed) into <c>DIR/data</c>, writes the scenario's example spec there
/// (<c>DIR/data/report-spec.json</c>) and runs it exactly as <c>report --spec DIR/data/report-spec.json --out DIR</c>
/// would: the full report lands in <c>DIR</c>.
/// </summary>
internal sealed class DemoCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Output directory.", Required = true };
        var persons = new Option<int?>("--persons")
        {
            Description = "Simulated roster size (default: the scenario's, e.g. the trial's 4,856).",
        };
        var scenario = new Option<string>("--scenario")
        {
            Description =
                "Study: jobfirst (randomised trial, default), rum (participants only, seed 004) or monitoring (88 municipalities, seed 003).",
            DefaultValueFactory = _ => "jobfirst",
        };
        var extractEnd = new Option<string?>("--extract-end")
        {
            Description =
                "Last ISO week of the simulated register extract (jobfirst default 2018-W26, the final-report horizon; 2016-W52 is the midterm extract).",
        };
        var shared = new ReportOutputOptions();
        var command = new Command(
            "demo",
            "Simulate a study (the JobFirst trial by default) and write its full evaluation report (the same code path as 'report')."
        )
        {
            output,
            scenario,
            persons,
            extractEnd,
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
                    var kind = SimulateCommand.ParseScenario(parse.GetValue(scenario) ?? "jobfirst");
                    var options = SimulationOptions.For(kind);
                    if (parse.GetValue(extractEnd) is { } text)
                    {
                        if (!Calendar.IsoWeek.TryParse(text, out var week, out var error))
                        {
                            throw new Errors.InputException($"--extract-end: {error}");
                        }
                        options = options with { ExtractEnd = week };
                    }
                    else if (kind == SimulationScenario.JobFirst)
                    {
                        // The demo reports every analysis, including the final report's stability and week 66-78
                        // site results, so it simulates the final-report horizon rather than the midterm extract.
                        options = options with
                        {
                            ExtractEnd = DemoSpec.FinalExtract,
                        };
                    }
                    if (parse.GetValue(persons) is { } n)
                    {
                        if (n < 1)
                        {
                            throw new Errors.InputException("--persons must be at least 1");
                        }
                        options = options with { Persons = n };
                    }
                    var reportOptions = shared.ReportOptions(parse);
                    string what = kind switch
                    {
                        SimulationScenario.Rum => "the rum study (seed 004)",
                        SimulationScenario.Monitoring => "the monitoring study (seed 003)",
                        _ => "the JobFirst trial",
                    };
                    context.Error.WriteLine($"simulating {what} into {data} ...");
                    StudySimulator.Run(options, data);
                    string spec = Path.Combine(data, DemoSpec.FileName);
                    File.WriteAllText(spec, DemoSpec.For(kind), new UTF8Encoding(false));
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
