using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Sites;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval sites</c>: per-jobcentre effects on a window outcome, Cochran's Q and I², fixed- and random-effects
/// pooled effects, empirical-Bayes shrunken site effects, and meta-regressions on site traits (metafor::rma).
/// </summary>
internal sealed class SitesCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions();
        var effect = new EffectOptions();
        var sites = new Option<FileInfo?>("--sites")
        {
            Description = "Site table CSV (site, trait...); see data-schema/README.md.",
        };
        var outcome = new Option<string>("--outcome")
        {
            Description = "The indicator, e.g. employed.",
            Required = true,
        };
        var weeks = new Option<string>("--weeks")
        {
            Description =
                "Window FIRST:LAST of event weeks; each person's outcome is its mean (see --statistic) over the window.",
            Required = true,
        };
        var statistic = new Option<string>("--statistic")
        {
            Description = "Per-person summary over the window: mean, sum or ever.",
            DefaultValueFactory = _ => "mean",
        };
        var traits = new Option<string?>("--traits")
        {
            Description =
                "Comma-separated traits to regress site effects on: site-table columns, control_mean, effect:INDICATOR "
                + "(default: every site-table trait, control_mean and effect:internship).",
        };
        var tau2 = new Option<string>("--tau2")
        {
            Description = "Between-site variance estimator: reml (metafor default) or dl (DerSimonian-Laird).",
            DefaultValueFactory = _ => "reml",
        };
        var test = new Option<string>("--test")
        {
            Description = "Meta-analytic tests: z (metafor default) or knha (Knapp-Hartung).",
            DefaultValueFactory = _ => "z",
        };
        tau2.AcceptOnlyFromAmong("reml", "dl");
        test.AcceptOnlyFromAmong("z", "knha");
        statistic.AcceptOnlyFromAmong("mean", "sum", "ever");
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "sites",
            "Per-site effects, heterogeneity (Q, I2), EB shrinkage and meta-regression on site traits."
        );
        inputs.AddTo(command);
        effect.AddTo(command);
        foreach (var o in new Option[] { sites, outcome, weeks, statistic, traits, tau2, test, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var outcomes = EffectOptions.ParseOutcomes(parse.GetValue(outcome)!);
                    if (outcomes.Count != 1)
                    {
                        throw new InputException("sites analyses one --outcome at a time");
                    }
                    if (parse.GetValue(effect.Blocks) is not null)
                    {
                        throw new InputException("--blocks does not apply: site effects are estimated within sites");
                    }
                    var window = WindowSpec.Parse(parse.GetValue(weeks) + ":" + parse.GetValue(statistic));
                    var table = parse.GetValue(sites) is { } f ? SiteTableReader.Read(f.FullName) : null;
                    var traitList = parse.GetValue(traits) is { } t
                        ? t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        :
                        [
                            .. table?.TraitNames ?? [],
                            SiteEffectsEstimator.ControlMeanTrait,
                            SiteEffectsEstimator.EffectTraitPrefix + "internship",
                        ];
                    var options = new SiteAnalysisOptions
                    {
                        Effects = effect.Parse(parse),
                        Method = parse.GetValue(tau2) == "dl" ? MetaMethod.DerSimonianLaird : MetaMethod.Reml,
                        Test = parse.GetValue(test) == "knha" ? MetaTest.KnappHartung : MetaTest.Z,
                        Traits = traitList,
                    };
                    var study = inputs.Load(parse);
                    var analysis = study.Sites(
                        outcomes[0],
                        window,
                        table,
                        options,
                        effect.ParsePopulation(parse),
                        parse.GetValue(effect.Clusters)
                    );
                    var siteTable = analysis.SiteEffectsTable();
                    EffectOptions.Summarise(context, "sites", siteTable);
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        siteTable,
                        analysis.HeterogeneityTable(),
                        analysis.MetaRegressionTable()
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
