using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval demo --out DIR</c>: simulates the JobFirst trial (default seed) into <c>DIR/data</c>,
/// loads it through the same readers as real data and writes the analysis outputs into <c>DIR</c>.
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
        var command = new Command("demo", "Simulate the JobFirst trial and analyse it end to end.") { output, persons };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    string dir = parse.GetValue(output)!;
                    string data = Path.Combine(dir, "data");
                    var options = SimulationOptions.For(SimulationScenario.JobFirst);
                    if (parse.GetValue(persons) is { } n)
                    {
                        options = options with { Persons = n };
                    }
                    context.Error.WriteLine($"simulating the JobFirst trial into {data} ...");
                    StudySimulator.Run(options, data);
                    context.Error.WriteLine("reading roster, register and hours ...");
                    var study = Study.Load(StudyFiles.InDirectory(data));
                    Write(Path.Combine(dir, "linkage.csv"), study.LinkageTable());
                    Write(Path.Combine(dir, "indicators.csv"), study.Indicators(maxWeek: 52));
                    context.Out.WriteLine($"wrote {dir}/linkage.csv and {dir}/indicators.csv");
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static void Write(string path, ResultTable table)
    {
        using var w = new StreamWriter(path);
        table.Write(w, TableFormat.Csv);
    }
}
