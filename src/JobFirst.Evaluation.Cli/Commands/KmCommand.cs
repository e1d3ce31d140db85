using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Survival.KaplanMeier;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval km</c>: Kaplan–Meier curves by group (default arm) with Greenwood intervals, medians,
/// restricted mean survival up to a horizon, survival at a chosen time, the log-rank test (optionally
/// stratified) and the between-group RMST and survival differences — from the study files (spells built
/// on the fly) or from any spell-table CSV (<c>--data</c>). Writes three tables: curves, summary, tests.
/// </summary>
internal sealed class KmCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new SpellInputOptions(allowData: true);
        var time = new Option<string>("--time")
        {
            Description = "With --data: time column.",
            DefaultValueFactory = _ => "time",
        };
        var @event = new Option<string>("--event")
        {
            Description = "With --data: event column (1/0 or true/false).",
            DefaultValueFactory = _ => "event",
        };
        var entry = new Option<string?>("--entry")
        {
            Description = "With --data: entry-time column (left truncation).",
        };
        var by = new Option<string?>("--by")
        {
            Description = "Grouping column (default arm; with --data only when the column exists).",
        };
        var strata = new Option<string?>("--strata") { Description = "Stratify the log-rank test by this column." };
        var confType = new Option<string>("--conf-type")
        {
            Description = "Interval scale as R survfit: log (default), log-log or plain.",
            DefaultValueFactory = _ => "log",
        };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var level = ConfidenceLevelOption.Create();
        var horizon = new Option<double?>("--horizon")
        {
            Description = "Restricted-mean horizon tau (default 52 weeks for study inputs; none with --data).",
        };
        var at = new Option<double?>("--at")
        {
            Description =
                "Time for survival and its between-group difference (default 26 weeks for study inputs; none with --data).",
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Suppress estimates based on fewer persons at risk.",
            DefaultValueFactory = _ => 5,
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "km",
            "Kaplan-Meier curves, medians, RMST, log-rank and between-group differences (R survfit/survdiff conventions)."
        );
        inputs.AddTo(command, analysis: true);
        foreach (
            var o in new Option[]
            {
                time,
                @event,
                entry,
                by,
                strata,
                confType,
                level,
                horizon,
                at,
                minCell,
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
                    double lvl = ConfidenceLevelOption.Read(parse, level);
                    int cell = parse.GetValue(minCell);
                    if (cell < 1)
                    {
                        throw new InputException("--min-cell must be at least 1");
                    }
                    bool fromData = inputs.UsesData(parse);
                    string? group = parse.GetValue(by);
                    SurvivalData data;
                    if (fromData)
                    {
                        var frame = inputs.ReadData(parse, context.Error);
                        if (group is null && frame.Contains("arm"))
                        {
                            group = "arm";
                        }
                        data = SurvivalData.FromFrame(
                            frame,
                            new SurvivalColumns(
                                parse.GetValue(time)!,
                                parse.GetValue(@event)!,
                                parse.GetValue(entry),
                                group,
                                parse.GetValue(strata)
                            )
                        );
                    }
                    else
                    {
                        var (spells, first) = inputs.Build(parse, analysis: true, context.Error);
                        group ??= "arm";
                        data =
                            spells?.ToSurvivalData(group, parse.GetValue(strata))
                            ?? first!.ToSurvivalData(group, parse.GetValue(strata));
                    }
                    double? tau = parse.GetValue(horizon) ?? (fromData ? null : 52);
                    double? atTime = parse.GetValue(at) ?? (fromData ? null : 26);
                    if (tau is <= 0)
                    {
                        throw new InputException("--horizon must be positive");
                    }
                    var options = new KaplanMeierOptions(
                        parse.GetValue(confType) switch
                        {
                            "log-log" => KaplanMeierConfidence.LogLog,
                            "plain" => KaplanMeierConfidence.Plain,
                            _ => KaplanMeierConfidence.Log,
                        },
                        lvl
                    );
                    var fit = KaplanMeierEstimator.Fit(data, options);
                    var tables = new List<ResultTable> { fit.ToResultTable(cell), fit.SummaryTable(tau, atTime, cell) };
                    if (fit.Curves.Count >= 2)
                    {
                        tables.Add(Tests(fit, data, tau, atTime, cell));
                    }
                    foreach (var c in fit.Curves)
                    {
                        context.Error.WriteLine(
                            c.Records < cell
                                ? $"km: group {c.Group}: fewer than {cell} records (suppressed)"
                                : FormattableString.Invariant(
                                    $"km: group {c.Group}: {c.Records} records, {c.Events} events, median {c.Median.Estimate:R}"
                                )
                        );
                    }
                    if (data.DroppedRows.RowsDropped > 0)
                    {
                        context.Error.WriteLine("km: " + data.DroppedRows.Describe());
                    }
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), [.. tables]);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static ResultTable Tests(KaplanMeierResult fit, SurvivalData data, double? tau, double? at, int minCell)
    {
        var rows = new List<TidyTerm>();
        var notes = new Dictionary<string, string>
        {
            ["inference"] = "z (df = Inf) for differences; chi-square for log-rank",
            ["reference_group"] = fit.Curves[0].Group,
        };
        if (fit.Curves.Any(c => c.Records < minCell))
        {
            notes["suppressed"] = $"a group has fewer than {minCell} records: no tests reported";
            return ResultTable.FromRecords("Kaplan-Meier tests and differences", rows, notes);
        }
        if (data.HasEntry)
        {
            notes["log_rank"] = "not computed: left-truncated data (R survdiff handles right-censored data only)";
        }
        else
        {
            rows.Add(LogRankTest.Compute(data).ToTidy());
        }
        if (tau is { } t)
        {
            rows.AddRange(fit.RestrictedMeanDifferences(t));
            notes["rmst"] = "survRM2 rmst2 unadjusted difference (Uno et al. 2014); se = sqrt(se1^2 + se0^2)";
        }
        if (at is { } a)
        {
            if (fit.Curves.Any(c => c.At(a).NRisk < minCell))
            {
                notes["survival_difference"] =
                    $"suppressed: fewer than {minCell} at risk at {a.ToString("R", CultureInfo.InvariantCulture)}";
            }
            else
            {
                rows.AddRange(fit.SurvivalDifferences(a));
                notes["survival_difference"] = "Greenwood standard errors of the two curves combined";
            }
        }
        return ResultTable.FromRecords("Kaplan-Meier tests and differences", rows, notes);
    }
}
