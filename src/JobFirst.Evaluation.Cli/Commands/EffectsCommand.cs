using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval effects</c>: weekly treatment − control effects per outcome (estimatr's difference in means per
/// week; blocked or clustered designs on request), optionally a sup-t band, adjusted p-values, subgroups with a test of
/// equal effects, or the effect on a window outcome instead of weekly effects; with <c>--adjust-for</c> the effects are
/// covariate-adjusted (Lin 2013 = <c>estimatr::lm_lin</c>, or additive OLS = <c>lm_robust</c>) per week.
/// </summary>
internal sealed class EffectsCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions();
        var effect = new EffectOptions();
        var outcome = new Option<string>("--outcome")
        {
            Description = "Comma-separated indicators, e.g. employed,hours,internship,wage_subsidy,active13.",
            Required = true,
        };
        var weeks = new Option<string?>("--weeks")
        {
            Description = "Event weeks FIRST:LAST (default 1 to the last week anyone is followed; balanced:K: 1:K).",
        };
        var by = new Option<string?>("--by")
        {
            Description = "Roster column for subgroup effects (target_group, gender, age_band, origin, ...).",
        };
        var window = new Option<string?>("--window")
        {
            Description =
                "Effect on a per-person window outcome FROM:TO:mean|sum|ever (e.g. 27:78:mean) instead of weekly effects.",
        };
        var band = new Option<bool>("--band") { Description = "Add a 95% sup-t simultaneous band across the weeks." };
        var multiplier = new Option<string>("--band-multiplier")
        {
            Description = "Band bootstrap multipliers: gaussian or rademacher.",
            DefaultValueFactory = _ => "gaussian",
        };
        var draws = new Option<int>("--band-draws")
        {
            Description = "Band bootstrap draws.",
            DefaultValueFactory = _ => 10_000,
        };
        var seed = new Option<string?>("--seed")
        {
            Description = "Band bootstrap seed (default 20170501; recorded in the output).",
        };
        var adjust = new Option<string?>("--adjust")
        {
            Description = "Adjust p-values across the weeks (or subgroups for --window): holm, bh or bonferroni.",
        };
        var adjustFor = new Option<string?>("--adjust-for")
        {
            Description =
                "Covariate adjustment: comma-separated roster columns (text columns are factors) and history covariates "
                + "(history_weeks_employed, history_weeks_self_supporting, history_weeks_sick); complete cases, "
                + "exclusions counted per column. Implies --estimator lin.",
        };
        var estimator = new Option<string?>("--estimator")
        {
            Description =
                "dim (difference in means; default without --adjust-for), lin (Lin 2013 = estimatr::lm_lin; default "
                + "with --adjust-for) or ols (additive covariates = estimatr::lm_robust).",
        };
        var vcov = new Option<string?>("--vcov")
        {
            Description =
                "Variance of lin/ols: classical, hc0, hc1, hc2 (default), hc3; with --clusters cr2 (default), stata or cr0.",
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "effects",
            "Weekly treatment-control effects with CIs (estimatr difference_in_means)."
        );
        inputs.AddTo(command);
        effect.AddTo(command);
        foreach (
            var o in new Option[]
            {
                outcome,
                weeks,
                by,
                window,
                band,
                multiplier,
                draws,
                seed,
                adjust,
                adjustFor,
                estimator,
                vcov,
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
                    var outcomes = EffectOptions.ParseOutcomes(parse.GetValue(outcome)!);
                    var options = effect.Parse(parse) with
                    {
                        Adjustment = EffectOptions.ParseAdjustment(parse.GetValue(adjust)),
                    };
                    if (parse.GetValue(band))
                    {
                        options = options with
                        {
                            Band = EffectOptions.ParseBand(
                                parse.GetValue(multiplier)!,
                                parse.GetValue(draws),
                                parse.GetValue(seed)
                            ),
                        };
                    }
                    options = EffectOptions.ParseCovariateAdjustment(
                        options,
                        parse.GetValue(adjustFor),
                        parse.GetValue(estimator),
                        parse.GetValue(vcov),
                        parse.GetValue(effect.Se) == "classical"
                    );
                    if (options.IsAdjusted && options.Band is not null)
                    {
                        throw new Errors.InputException(
                            "--band is computed for the difference in means only; it is not available with --estimator lin or ols"
                        );
                    }
                    var population = effect.ParsePopulation(parse);
                    WeekRange? range = parse.GetValue(weeks) is { } w ? WeekRange.Parse(w) : null;
                    WindowSpec? win = parse.GetValue(window) is { } ws ? WindowSpec.Parse(ws) : null;
                    if (win is not null && (range is not null || options.Band is not null))
                    {
                        throw new Errors.InputException(
                            "--window compares one per-person outcome: do not combine it with --weeks or --band"
                        );
                    }
                    if (win is not null && options.Adjustment is not null && parse.GetValue(by) is null)
                    {
                        throw new Errors.InputException(
                            "--adjust adjusts across weeks, or across subgroups with --window --by; a single window outcome has nothing to adjust across"
                        );
                    }
                    string? blocks = parse.GetValue(effect.Blocks);
                    string? clusters = parse.GetValue(effect.Clusters);
                    var study = inputs.Load(parse);
                    var tables = new List<ResultTable>();
                    if (parse.GetValue(by) is { } column)
                    {
                        var subgroups = study.Subgroups(
                            outcomes,
                            column,
                            range,
                            win,
                            population,
                            options,
                            blocks,
                            clusters
                        );
                        foreach (var s in subgroups)
                        {
                            tables.Add(s.ToTable());
                        }
                        foreach (var s in subgroups)
                        {
                            tables.Add(s.TestsTable());
                        }
                    }
                    else if (win is { } spec)
                    {
                        tables.Add(
                            WindowEffect.ToTable(
                                study.WindowEffects(outcomes, spec, population, options, blocks, clusters)
                            )
                        );
                    }
                    else
                    {
                        tables.Add(
                            WeeklyEffects.ToTable(study.Effects(outcomes, range, population, options, blocks, clusters))
                        );
                    }
                    EffectOptions.Summarise(context, "effects", tables[0]);
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), [.. tables]);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
