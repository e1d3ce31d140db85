using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval coverage</c>: the large-run version of the coverage test in the suite — simulate many trials with a
/// known effect and report how often the difference-in-means interval covers it (with its Monte Carlo error).
/// </summary>
internal sealed class CoverageCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var reps = new Option<int>("--reps") { Description = "Simulated trials.", DefaultValueFactory = _ => 100_000 };
        var design = new Option<string>("--design")
        {
            Description = "standard | blocked | clustered.",
            DefaultValueFactory = _ => "standard",
        };
        var outcome = new Option<string>("--outcome")
        {
            Description = "normal | binary.",
            DefaultValueFactory = _ => "normal",
        };
        var nTreated = new Option<int>("--n-treated") { Description = "Treated units.", DefaultValueFactory = _ => 60 };
        var nControl = new Option<int>("--n-control") { Description = "Control units.", DefaultValueFactory = _ => 40 };
        var clusters = new Option<int>("--clusters")
        {
            Description = "Clusters (clustered design).",
            DefaultValueFactory = _ => 30,
        };
        var effect = new Option<double>("--effect") { Description = "True effect.", DefaultValueFactory = _ => 0.5 };
        var se = new Option<string>("--se") { Description = "welch | classical.", DefaultValueFactory = _ => "welch" };
        var ci = new Option<string>("--ci") { Description = "t | normal.", DefaultValueFactory = _ => "t" };
        var level = ConfidenceLevelOption.Create("Nominal level.");
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 20260101UL };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "coverage",
            "Monte Carlo coverage of the difference-in-means confidence interval (large-run check, not part of the tests)."
        );
        foreach (
            var o in new Option[]
            {
                reps,
                design,
                outcome,
                nTreated,
                nControl,
                clusters,
                effect,
                se,
                ci,
                level,
                seed,
                format,
                output,
            }
        )
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    TableOutput.ParseFormat(parse.GetValue(format)!);
                    var dimDesign = parse.GetValue(design)!.Trim().ToLowerInvariant() switch
                    {
                        "standard" => DimDesign.Standard,
                        "blocked" => DimDesign.Blocked,
                        "clustered" => DimDesign.Clustered,
                        var d => throw new InputException(
                            $"--design must be standard, blocked or clustered, not '{d}'"
                        ),
                    };
                    var model = parse.GetValue(outcome)!.Trim().ToLowerInvariant() switch
                    {
                        "normal" => CoverageOutcome.Normal,
                        "binary" => CoverageOutcome.Binary,
                        var d => throw new InputException($"--outcome must be normal or binary, not '{d}'"),
                    };
                    var dim = DiffCommand.Options(
                        null,
                        null,
                        parse.GetValue(se)!,
                        parse.GetValue(ci)!,
                        ConfidenceLevelOption.Read(parse, level),
                        "treatment"
                    );
                    if (
                        parse.GetValue(reps) < 1
                        || parse.GetValue(nTreated) < 2
                        || parse.GetValue(nControl) < 2
                        || parse.GetValue(clusters) < 4
                    )
                    {
                        throw new InputException(
                            "--reps must be >= 1, --n-treated and --n-control >= 2, --clusters >= 4"
                        );
                    }
                    if (model == CoverageOutcome.Binary && parse.GetValue(effect) is < -0.4 or > 0.6)
                    {
                        throw new InputException("--effect for binary outcomes must keep 0.4 + effect within [0, 1]");
                    }
                    var options = new CoverageOptions(
                        Replications: parse.GetValue(reps),
                        NTreated: parse.GetValue(nTreated),
                        NControl: parse.GetValue(nControl),
                        Effect: parse.GetValue(effect),
                        Outcome: model,
                        Design: dimDesign,
                        Clusters: parse.GetValue(clusters),
                        StandardError: dim.StandardError,
                        Interval: dim.Interval,
                        Level: dim.Level,
                        Seed: parse.GetValue(seed)
                    );
                    var result = CoverageSimulation.Run(options);
                    context.Error.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"coverage: {result.Covered} of {result.Replications} intervals covered the true effect ({result.Coverage:P2} ± {1.96 * result.MonteCarloError:P2}; nominal {options.Level:P0})"
                        )
                    );
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
