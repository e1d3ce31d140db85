using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Windows;

/// <summary>
/// Effects on window outcomes (<see cref="WindowSpec"/>) from the event panel: the per-person values of
/// <see cref="WindowOutcome.Compute"/> feed the same accumulator and week logic as the weekly effects (one "week").
/// </summary>
public static class PanelWindowEffects
{
    /// <summary>One <see cref="WindowEffect"/> per outcome (per subgroup level when given).</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per panel person: true for the treatment arm.</param>
    /// <param name="outcomes">Indicators.</param>
    /// <param name="window">Window and statistic.</param>
    /// <param name="population">Population rule.</param>
    /// <param name="options">Conventions (band and p-value adjustment do not apply to one comparison).</param>
    /// <param name="design">Block/cluster codes, or null.</param>
    /// <param name="subgroups">Subgroup codes, or null.</param>
    /// <param name="covariates">
    /// Per-person values of <see cref="WeeklyEffectOptions.Covariates"/> for a covariate-adjusted estimator (then
    /// <see cref="PanelAdjustedEffects.EstimateWindow"/> does the work).
    /// </param>
    public static IReadOnlyList<WindowEffect> Estimate(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WindowSpec window,
        Population population,
        WeeklyEffectOptions options,
        DesignCodes? design = null,
        PersonGrouping? subgroups = null,
        IReadOnlyList<BalanceCovariate>? covariates = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        options = options with { Band = null, Adjustment = null };
        options.Validate();
        if (options.IsAdjusted)
        {
            return PanelAdjustedEffects.EstimateWindow(
                panel,
                treated,
                outcomes,
                window,
                population,
                options,
                covariates ?? [],
                design,
                subgroups
            );
        }
        design ??= DesignCodes.None;
        design.Validate(options.Design);
        PanelValues.RequireHours(panel, outcomes);
        int groups = subgroups?.Levels.Count ?? 1;
        int blocks = Math.Max(1, design.Blocks?.Levels.Count ?? 1);
        int clusters = design.Clusters?.Levels.Count ?? 0;
        var excluded = new Dictionary<string, long>(StringComparer.Ordinal);
        var reasons = new string?[panel.PersonCount];
        for (int p = 0; p < panel.PersonCount; p++)
        {
            reasons[p] = PanelWeeklyEffects.ExclusionReason(panel, p, population, design, subgroups);
            if (reasons[p] is { } reason)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
            }
        }
        var results = new List<WindowEffect>(outcomes.Count * groups);
        var single = new WeekRange(1, 1);
        var one = new double[1];
        foreach (var outcome in outcomes)
        {
            var values = WindowOutcome.Compute(panel, outcome, window.Weeks.First, window.Weeks.Last, window.Statistic);
            var acc = new WeeklyEffectAccumulator[groups];
            var incomplete = new long[groups, 2];
            for (int g = 0; g < groups; g++)
            {
                acc[g] = new WeeklyEffectAccumulator(1, options.Design, blocks, clusters);
            }

            for (int p = 0; p < panel.PersonCount; p++)
            {
                if (reasons[p] is not null)
                {
                    continue;
                }
                int g = subgroups?.Codes[p] ?? 0;
                if (double.IsNaN(values[p]))
                {
                    incomplete[g, treated[p] ? 1 : 0]++;
                    continue;
                }
                one[0] = values[p];
                acc[g].Add(p, treated[p], design.Blocks?.Codes[p] ?? 0, design.Clusters?.Codes[p] ?? 0, one);
            }
            for (int g = 0; g < groups; g++)
            {
                var weekly = WeeklyEffectEstimator.Finish(
                    acc[g],
                    outcome.ToName(),
                    single,
                    population,
                    options,
                    excluded,
                    design.Clusters?.Levels
                );
                results.Add(
                    new WindowEffect
                    {
                        Outcome = outcome.ToName(),
                        Window = window,
                        By = subgroups?.Column,
                        Level = subgroups?.Levels[g],
                        Comparison = weekly.Effects[0],
                        IncompleteTreated = incomplete[g, 1],
                        IncompleteControl = incomplete[g, 0],
                        Options = options,
                        Exclusions = excluded,
                    }
                );
            }
        }
        return results;
    }
}
