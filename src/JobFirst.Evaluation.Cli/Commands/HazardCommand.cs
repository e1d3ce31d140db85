using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Survival.DiscreteTime;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval hazard</c>: a discrete-time hazard model — complementary log-log (default) or logit
/// binomial GLM on person-period rows with duration terms, SEs clustered by person — for spells built from
/// the study files or any spell-table CSV; tidy coefficients with hazard (odds) ratios and the implied
/// percentage change.
/// </summary>
internal sealed class HazardCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new SpellInputOptions(allowData: true);
        var time = new Option<string>("--time")
        {
            Description = "With --data: whole-number time column.",
            DefaultValueFactory = _ => "time",
        };
        var @event = new Option<string>("--event")
        {
            Description = "With --data: 0/1 event column.",
            DefaultValueFactory = _ => "event",
        };
        var terms = new Option<string>("--terms")
        {
            Description =
                "Right-hand side of the model; duration terms: duration_band (piecewise constant), log_duration, duration.",
            DefaultValueFactory = _ => DiscreteTimeHazard.DefaultTerms,
        };
        var link = new Option<string>("--link")
        {
            Description = "cloglog (default; exp(b) = hazard ratio) or logit (odds ratio of the period hazard).",
            DefaultValueFactory = _ => "cloglog",
        };
        link.AcceptOnlyFromAmong("cloglog", "logit");
        var bands = new Option<string?>("--bands")
        {
            Description = "Lower bounds of the duration bands (default 1,2,3,4,5,9,14,27,53).",
        };
        var vcov = new Option<string>("--vcov")
        {
            Description = "Variance: cluster:COLUMN (default cluster:key, by person) | model | hc0 | hc1.",
            DefaultValueFactory = _ => "cluster:key",
        };
        var convention = new Option<string>("--cluster-convention")
        {
            Description = "r = sandwich::vcovCL HC1 (default), stata = G/(G-1).",
            DefaultValueFactory = _ => "r",
        };
        var level = ConfidenceLevelOption.Create();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "hazard",
            "Discrete-time hazard (cloglog or logit GLM on person-period rows, person-clustered SEs): relative hazard of leaving a spell."
        );
        inputs.AddTo(command, analysis: true);
        foreach (var o in new Option[] { time, @event, terms, link, bands, vcov, convention, level, format, output })
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
                    var (variance, cluster) = LogitCommand.ParseVariance(
                        parse.GetValue(vcov)!,
                        parse.GetValue(convention)!
                    );
                    var durationBands = parse.GetValue(bands) is { } b ? DurationBands.Parse(b) : null;
                    PersonPeriodData data;
                    if (inputs.UsesData(parse))
                    {
                        data = PersonPeriodExpansion.Expand(
                            inputs.ReadData(parse, context.Error),
                            new PersonPeriodOptions(parse.GetValue(time)!, parse.GetValue(@event)!, durationBands)
                        );
                    }
                    else
                    {
                        if (inputs.TimeToFirst(parse))
                        {
                            var (_, first) = inputs.Build(parse, analysis: true, context.Error);
                            data = PersonPeriodExpansion.Expand(
                                first!.ToDataFrame(),
                                new PersonPeriodOptions(Bands: durationBands)
                            );
                        }
                        else
                        {
                            var (spells, _) = inputs.Build(parse, analysis: true, context.Error);
                            data = PersonPeriodExpansion.Expand(spells!, durationBands);
                        }
                    }
                    var fit = DiscreteTimeHazard.Fit(
                        data,
                        parse.GetValue(terms)!,
                        new DiscreteTimeOptions(
                            parse.GetValue(link) == "logit" ? GlmLink.Logit : GlmLink.ComplementaryLogLog,
                            variance,
                            cluster ?? "key",
                            Compress: true,
                            lvl
                        )
                    );
                    context.Error.WriteLine(Summary(fit, variance));
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), fit.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static string Summary(DiscreteTimeHazardResult fit, GlmVariance variance)
    {
        string kind = fit.Fit.Link == GlmLink.ComplementaryLogLog ? "hazard ratio" : "odds ratio";
        var s = FormattableString.Invariant(
            $"hazard: {fit.Spells} spells, {fit.PersonPeriods} person-periods, {fit.Events} events; {fit.Fit.DroppedRows.Describe()}; {(fit.Fit.Converged ? "converged" : "NOT converged")} after {fit.Fit.Iterations} iterations; variance {variance}"
        );
        if (fit.Fit.Clusters > 0)
        {
            s += FormattableString.Invariant($" ({fit.Fit.Clusters} clusters)");
        }
        var treatment = fit.Ratios.FirstOrDefault(r => r.Term == "treatment");
        if (treatment is not null)
        {
            s += FormattableString.Invariant(
                $"; treatment {kind} {treatment.Ratio:F3} ({treatment.ConfLow:F3} to {treatment.ConfHigh:F3}): {Math.Abs(treatment.PercentChange):F1}% {(treatment.PercentChange < 0 ? "lower" : "higher")}"
            );
        }
        return s;
    }
}
