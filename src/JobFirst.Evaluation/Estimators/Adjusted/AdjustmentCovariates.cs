using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>
/// The per-person covariate values of an adjusted estimator, by name: roster columns (<see cref="RosterColumns"/>; a
/// column whose every non-missing value is a number is numeric, any other a factor with treatment contrasts, reference =
/// first level in ordinal order) and the history covariates of the event panel (weeks employed, self-supporting, sick
/// in event weeks −155..0; missing for persons not in the register). The same resolution as the balance table.
/// </summary>
public static class AdjustmentCovariates
{
    /// <summary>Resolves <paramref name="names"/>.</summary>
    /// <exception cref="InputException">A name is neither a roster column nor a history covariate (the message names it).</exception>
    public static IReadOnlyList<BalanceCovariate> Resolve(
        Roster.Roster roster,
        EventPanel? panel,
        IReadOnlyList<string> names
    )
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            bool history = BalanceEstimator.HistoryCovariates.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (!history && !RosterColumns.Has(roster, name))
            {
                var available = RosterColumns.Available(roster).Concat(BalanceEstimator.HistoryCovariates);
                throw new InputException(
                    $"covariate '{name}' is not a roster column or a history covariate (available: {string.Join(", ", available)})",
                    roster.SourceFile,
                    1
                );
            }
        }
        return BalanceEstimator.Covariates(roster, panel, names);
    }
}
