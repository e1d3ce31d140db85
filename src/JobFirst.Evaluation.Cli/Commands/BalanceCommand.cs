using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Estimators.Balance;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval balance</c>: the balance table on roster covariates (and, with a register, the history covariates):
/// means/shares by arm, difference, SMD, Welch t / χ² p-values, missing counts, and the joint logistic LR test.
/// </summary>
internal sealed class BalanceCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions();
        inputs.Register.Required = false;
        inputs.Register.Description = "DREAM-style register CSV (optional: adds the history covariates).";
        var covariates = new Option<string?>("--covariates")
        {
            Description =
                "Comma-separated covariates (default: site, target_group, every roster covariate and, with --register, "
                + string.Join(", ", BalanceEstimator.HistoryCovariates)
                + "). age_band is derived from birth_year.",
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Suppress shares/means resting on fewer persons in an arm.",
            DefaultValueFactory = _ => 5,
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command("balance", "Balance table: covariates by arm, SMD, tests and a joint test.");
        inputs.AddTo(command);
        foreach (var o in new Option[] { covariates, minCell, format, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    if (parse.GetValue(minCell) < 1)
                    {
                        throw new Errors.InputException("--min-cell must be at least 1");
                    }
                    var names = parse.GetValue(covariates) is { } text
                        ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        : null;
                    BalanceResult result;
                    if (parse.GetValue(inputs.Register) is null)
                    {
                        var roster = Roster.RosterReader.Read(parse.GetValue(inputs.Roster)!.FullName);
                        var treated = roster.Persons.Select(p => p.Arm == Roster.Arm.Treatment).ToList();
                        result = BalanceEstimator.Compute(
                            treated,
                            BalanceEstimator.Covariates(roster, null, names),
                            parse.GetValue(minCell)
                        );
                    }
                    else
                    {
                        result = inputs.Load(parse).Balance(names, parse.GetValue(minCell));
                    }
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        result.ToTable(),
                        result.OmnibusTable()
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
