using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval cox</c>: Cox proportional hazards on any spell or person table (right-censored, or (start, stop]
/// with <c>--start</c>), with strata, frequency weights, Efron/Breslow ties, model/robust/cluster variances (R or
/// Stata small-sample convention) and optionally R's <c>cox.zph</c> test. Writes the long tidy table (coefficients
/// with hazard ratios, tests, statistics, zph rows, warnings); a one-line summary and any warnings go to stderr.
/// </summary>
internal sealed class CoxCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "Spell or person table CSV (one row per spell, or per (start, stop] interval).",
            Required = true,
        };
        var time = new Option<string>("--time")
        {
            Description = "Time (stop time) column.",
            DefaultValueFactory = _ => "time",
        };
        var @event = new Option<string>("--event")
        {
            Description = "Event column: 1/0 or true/false.",
            DefaultValueFactory = _ => "event",
        };
        var start = new Option<string?>("--start", "--entry")
        {
            Description = "Start (entry) time column: counting-process data Surv(start, time, event).",
        };
        var formula = new Option<string>("--formula")
        {
            Description =
                "One-sided covariate formula, e.g. \"~ arm + age + C(site, ref=JC01)\" (\"~ 1\": null model).",
            Required = true,
        };
        var strata = new Option<string?>("--strata")
        {
            Description = "Stratification column(s), comma-separated: separate baseline hazards (R strata(a, b)).",
        };
        var vcov = new Option<string>("--vcov")
        {
            Description = "Variance: model | robust | cluster:COLUMN.",
            DefaultValueFactory = _ => "model",
        };
        var convention = new Option<string>("--cluster-convention")
        {
            Description =
                "Robust/cluster small-sample factor: r = none (coxph robust/cluster), stata = n/(n-1) or G/(G-1) (stcox vce()).",
            DefaultValueFactory = _ => "r",
        };
        var ties = new Option<string>("--ties")
        {
            Description = "Tied event times: efron (R default) | breslow (Stata default).",
            DefaultValueFactory = _ => "efron",
        };
        var weights = new Option<string?>("--weights") { Description = "Frequency-weight column (> 0)." };
        var zph = new Option<bool>("--zph")
        {
            Description = "Add R's cox.zph proportional-hazards test (per term and GLOBAL).",
        };
        var zphTransform = new Option<string>("--zph-transform")
        {
            Description = "cox.zph time scale: km (default) | identity | rank.",
            DefaultValueFactory = _ => "km",
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description =
                "Withhold coefficients of 0/1 columns resting on 1..N-1 records (at 1 or 0, with or without the event), and everything when 1..N-1 records have or lack the event; 1 turns it off.",
            DefaultValueFactory = _ => 5,
        };
        var level = ConfidenceLevelOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "Output format: csv | json | markdown | text.",
            DefaultValueFactory = _ => "csv",
        };
        var output = TableOutput.OutOption();
        var command = new Command(
            "cox",
            "Cox proportional hazards with Efron/Breslow ties, strata, robust/cluster SEs, tests, concordance and cox.zph (R coxph, Stata stcox)."
        );
        foreach (
            var o in new Option[]
            {
                data,
                time,
                @event,
                start,
                formula,
                strata,
                vcov,
                convention,
                ties,
                weights,
                zph,
                zphTransform,
                minCell,
                level,
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
                    string fmt = parse.GetValue(format)!.Trim();
                    TableOutput.ParseFormat(fmt);
                    double lvl = ConfidenceLevelOption.Read(parse, level);
                    int min = parse.GetValue(minCell);
                    if (min < 1)
                    {
                        throw new InputException("--min-cell must be at least 1");
                    }
                    var (variance, cluster) = ParseVariance(parse.GetValue(vcov)!, parse.GetValue(convention)!);
                    var tiesMethod = parse.GetValue(ties)!.Trim().ToLowerInvariant() switch
                    {
                        "efron" => CoxTies.Efron,
                        "breslow" => CoxTies.Breslow,
                        var other => throw new InputException($"--ties must be efron or breslow, not '{other}'"),
                    };
                    var transform = parse.GetValue(zphTransform)!.Trim().ToLowerInvariant() switch
                    {
                        "km" => CoxZphTransform.KaplanMeier,
                        "identity" => CoxZphTransform.Identity,
                        "rank" => CoxZphTransform.Rank,
                        var other => throw new InputException(
                            $"--zph-transform must be km, identity or rank, not '{other}'"
                        ),
                    };
                    var strataColumns = (parse.GetValue(strata) ?? "")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .ToList();
                    var frame = DataFrameReader.ReadCsv(parse.GetValue(data)!);
                    var spec = new CoxSpecification(
                        parse.GetValue(formula)!,
                        parse.GetValue(time)!,
                        parse.GetValue(@event)!,
                        parse.GetValue(start),
                        strataColumns,
                        parse.GetValue(weights),
                        cluster
                    );
                    var fit = CoxRegression.Fit(frame, spec, new CoxOptions(tiesMethod, variance, lvl));
                    var ph = parse.GetValue(zph) ? fit.ProportionalHazardsTest(transform) : null;
                    context.Error.WriteLine("cox: " + fit.Describe());
                    foreach (var w in fit.Warnings)
                    {
                        context.Error.WriteLine("cox: warning: " + w);
                    }
                    var table = fit.ToTable(ph, min);
                    if (table.Metadata.TryGetValue("rows_suppressed", out var hidden) && hidden != "0")
                    {
                        context.Error.WriteLine(
                            $"cox: {hidden} rows withheld (resting on fewer than {min.ToString(CultureInfo.InvariantCulture)} records)"
                        );
                    }
                    TableOutput.Write(context, fmt, parse.GetValue(output), table);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static (CoxVariance Variance, string? Cluster) ParseVariance(string vcov, string convention)
    {
        string c = convention.Trim().ToLowerInvariant();
        if (c is not ("r" or "stata"))
        {
            throw new InputException($"--cluster-convention must be r or stata, not '{convention}'");
        }
        bool stata = c == "stata";
        string v = vcov.Trim();
        if (v.StartsWith("cluster:", StringComparison.OrdinalIgnoreCase))
        {
            string column = v["cluster:".Length..].Trim();
            if (column.Length == 0)
            {
                throw new InputException("--vcov cluster:COLUMN needs a column name after 'cluster:'");
            }
            return (stata ? CoxVariance.ClusterStata : CoxVariance.ClusterR, column);
        }
        return v.ToLowerInvariant() switch
        {
            "model" => (CoxVariance.Model, null),
            "robust" => (stata ? CoxVariance.RobustStata : CoxVariance.RobustR, null),
            _ => throw new InputException($"--vcov must be model, robust or cluster:COLUMN, not '{vcov}'"),
        };
    }
}
