using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval stability</c>: the seed's stability headline (001:113-114) — the relative hazard of losing
/// ordinary hours (or leaving any weekly status), treatment vs control, from a Cox model on the spells with Efron
/// ties and SEs clustered by person, and the implied "x % less likely" with its interval. Spells are built from the
/// study files, or read from a spell table (<c>--data</c>, e.g. the output of <c>spells</c>).
/// </summary>
internal sealed class StabilityCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new SpellInputOptions(allowData: true);
        var adjust = new Option<string?>("--adjust")
        {
            Description = "Extra covariate terms, e.g. \"target_group + C(site)\" (default: none, randomised arms).",
        };
        var strata = new Option<string?>("--strata")
        {
            Description = "Stratify the baseline hazard by these spell-table columns (comma-separated).",
        };
        var ties = new Option<string>("--ties")
        {
            Description = "efron (default) | breslow.",
            DefaultValueFactory = _ => "efron",
        };
        var vcov = new Option<string>("--vcov")
        {
            Description = "cluster (by person key, default) | robust | model.",
            DefaultValueFactory = _ => "cluster",
        };
        var convention = new Option<string>("--cluster-convention")
        {
            Description = "r = none (coxph cluster), stata = G/(G-1) (stcox vce(cluster)).",
            DefaultValueFactory = _ => "r",
        };
        var level = ConfidenceLevelOption.Create();
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Suppress the estimate when an arm has fewer persons with spells.",
            DefaultValueFactory = _ => 5,
        };
        var details = new Option<bool>("--details") { Description = "Also write the full Cox table." };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "stability",
            "Relative hazard of losing ordinary hours (leaving a status), treatment vs control, and the implied 'x% less likely' (Cox, clustered by person)."
        );
        inputs.AddTo(command, analysis: true);
        foreach (
            var o in new Option[] { adjust, strata, ties, vcov, convention, level, minCell, details, format, output }
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
                    double lvl = ConfidenceLevelOption.Read(parse, level);
                    if (parse.GetValue(minCell) < 1)
                    {
                        throw new InputException("--min-cell must be at least 1");
                    }
                    if (inputs.TimeToFirst(parse))
                    {
                        throw new InputException(
                            "stability analyses spells (--table spells); for the time to first status use 'cox --data' on the time-to-first table"
                        );
                    }
                    string v = parse.GetValue(vcov)!.Trim().ToLowerInvariant();
                    string c = parse.GetValue(convention)!.Trim().ToLowerInvariant();
                    if (c is not ("r" or "stata"))
                    {
                        throw new InputException($"--cluster-convention must be r or stata, not '{c}'");
                    }
                    var variance = (v, c) switch
                    {
                        ("cluster", "r") => CoxVariance.ClusterR,
                        ("cluster", _) => CoxVariance.ClusterStata,
                        ("robust", "r") => CoxVariance.RobustR,
                        ("robust", _) => CoxVariance.RobustStata,
                        ("model", _) => CoxVariance.Model,
                        _ => throw new InputException($"--vcov must be cluster, robust or model, not '{v}'"),
                    };
                    var tiesMethod = parse.GetValue(ties)!.Trim().ToLowerInvariant() switch
                    {
                        "efron" => CoxTies.Efron,
                        "breslow" => CoxTies.Breslow,
                        var other => throw new InputException($"--ties must be efron or breslow, not '{other}'"),
                    };
                    var options = new StabilityOptions
                    {
                        Spells = inputs.SpellOptions(parse),
                        ExcludeOngoingAtEntry = parse.GetValue(inputs.Ongoing) == "exclude",
                        FirstSpellOnly = parse.GetValue(inputs.Which) == "first",
                        Adjustment = parse.GetValue(adjust),
                        Strata =
                        [
                            .. (parse.GetValue(strata) ?? "").Split(
                                ',',
                                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                            ),
                        ],
                        Cox = new CoxOptions(tiesMethod, variance, lvl),
                        MinCell = parse.GetValue(minCell),
                    };
                    StabilityEffect effect;
                    if (inputs.UsesData(parse))
                    {
                        var frame = inputs.ReadData(parse, context.Error);
                        var raw = DataFrameReader.ReadCsv(parse.GetValue(inputs.Data)!);
                        int excluded = OngoingRows(raw) - OngoingRows(frame);
                        effect = StabilityAnalysis.Estimate(frame, options.Spells.Status.Name, options, excluded);
                    }
                    else
                    {
                        var study = inputs.Study.Load(parse);
                        effect = study.LosingHoursHazard(options);
                    }
                    context.Error.WriteLine("stability: " + effect.Describe());
                    if (effect.Fit is not null)
                    {
                        context.Error.WriteLine("stability: cox " + effect.Fit.Describe());
                        foreach (var w in effect.Fit.Warnings)
                        {
                            context.Error.WriteLine("stability: warning: " + w);
                        }
                    }
                    var tables = new List<ResultTable> { effect.ToTable() };
                    if (parse.GetValue(details) && effect.Fit is not null)
                    {
                        tables.Add(effect.Fit.ToTable());
                    }
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), [.. tables]);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static int OngoingRows(DataFrame frame)
    {
        if (!frame.Contains("ongoing_at_entry"))
        {
            return 0;
        }
        var col = frame["ongoing_at_entry"];
        int n = 0;
        for (int i = 0; i < frame.RowCount; i++)
        {
            n += col.TextAt(i) == "1" ? 1 : 0;
        }
        return n;
    }
}
