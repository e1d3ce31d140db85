using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>
/// Covariate-adjusted weekly and window effects (<see cref="EffectEstimator.Lin"/>, <see cref="EffectEstimator.Ols"/>):
/// per week (or window outcome) one regression on the complete cases of the population followed that week, with the same
/// exclusions, small-cell rule, blocks-left-out rule and output shape as the difference in means
/// (<see cref="PanelWeeklyEffects"/>). Weeks are fitted in parallel; each week's result depends only on its persons, so
/// the output does not depend on the number of cores.
/// </summary>
/// <remarks>
/// Complete cases: a person with a missing value in any covariate is left out of every week and every window (the
/// covariates are fixed at baseline, so "complete cases per week" and "complete cases" are the same persons); the
/// persons are counted per column (<c>missing_COLUMN</c>) and in total (<c>missing_covariates</c>).
/// </remarks>
public static class PanelAdjustedEffects
{
    /// <summary>Adjusted weekly effects, one <see cref="WeeklyEffects"/> per outcome (per subgroup level when given).</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per panel person: true for the treatment arm.</param>
    /// <param name="outcomes">Indicators.</param>
    /// <param name="weeks">Event weeks.</param>
    /// <param name="population">Population rule.</param>
    /// <param name="options">Conventions; <see cref="WeeklyEffectOptions.Estimator"/> must be Lin or Ols.</param>
    /// <param name="covariates">Per-person values of <see cref="WeeklyEffectOptions.Covariates"/>, in that order.</param>
    /// <param name="design">Block/cluster codes.</param>
    /// <param name="subgroups">Subgroup codes, or null.</param>
    public static IReadOnlyList<WeeklyEffects> Estimate(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        IReadOnlyList<BalanceCovariate> covariates,
        DesignCodes? design = null,
        PersonGrouping? subgroups = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        design ??= DesignCodes.None;
        population.Validate(weeks);
        if (weeks.Last > panel.MaxFollowUpWeeks)
        {
            throw new InputException(
                FormattableString.Invariant(
                    $"--weeks {weeks} goes beyond the panel's {panel.MaxFollowUpWeeks} follow-up weeks"
                )
            );
        }
        var sample = Prepare(panel, treated, outcomes, population, options, covariates, design, subgroups);
        int groups = subgroups?.Levels.Count ?? 1;
        var comparison = new AdjustedComparison(treated, covariates, design, options);
        var effects = new WeeklyEffect[outcomes.Count * groups][];
        for (int i = 0; i < effects.Length; i++)
        {
            effects[i] = new WeeklyEffect[weeks.Count];
        }
        Parallel.For(
            0,
            weeks.Count,
            k =>
            {
                int week = weeks.First + k;
                var single = new WeekRange(week, week);
                var rows = new List<int>[groups];
                for (int g = 0; g < groups; g++)
                {
                    rows[g] = [];
                }
                foreach (int p in sample.Included)
                {
                    if (panel.ObservedWeeks(p) >= week)
                    {
                        rows[subgroups?.Codes[p] ?? 0].Add(p);
                    }
                }
                var one = new double[1];
                for (int o = 0; o < outcomes.Count; o++)
                {
                    for (int g = 0; g < groups; g++)
                    {
                        var y = new double[rows[g].Count];
                        for (int i = 0; i < y.Length; i++)
                        {
                            PanelValues.Fill(panel, rows[g][i], outcomes[o], single, one);
                            y[i] = one[0];
                        }
                        effects[o * groups + g][k] = comparison.Compute(week, rows[g], y);
                    }
                }
            }
        );
        var results = new List<WeeklyEffects>(effects.Length);
        for (int o = 0; o < outcomes.Count; o++)
        {
            for (int g = 0; g < groups; g++)
            {
                var series = effects[o * groups + g];
                results.Add(
                    new WeeklyEffects
                    {
                        Outcome = outcomes[o].ToName(),
                        By = subgroups?.Column,
                        Level = subgroups?.Levels[g],
                        Weeks = weeks,
                        Population = population,
                        Options = options,
                        Effects = series,
                        AdjustedPValues = options.Adjustment is { } a
                            ? WeeklyEffectEstimator.Adjust([.. series.Select(e => e.Inference?.PValue)], a)
                            : null,
                        Exclusions = sample.Excluded,
                    }
                );
            }
        }
        return results;
    }

    /// <summary>Adjusted effects on a per-person window outcome, one per outcome (per subgroup level when given).</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per panel person: true for the treatment arm.</param>
    /// <param name="outcomes">Indicators.</param>
    /// <param name="window">Window and statistic; persons whose window is not completely followed are excluded and counted.</param>
    /// <param name="population">Population rule.</param>
    /// <param name="options">Conventions; <see cref="WeeklyEffectOptions.Estimator"/> must be Lin or Ols.</param>
    /// <param name="covariates">Per-person values of <see cref="WeeklyEffectOptions.Covariates"/>, in that order.</param>
    /// <param name="design">Block/cluster codes.</param>
    /// <param name="subgroups">Subgroup codes, or null.</param>
    public static IReadOnlyList<WindowEffect> EstimateWindow(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WindowSpec window,
        Population population,
        WeeklyEffectOptions options,
        IReadOnlyList<BalanceCovariate> covariates,
        DesignCodes? design = null,
        PersonGrouping? subgroups = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        options = options with { Band = null, Adjustment = null };
        design ??= DesignCodes.None;
        var sample = Prepare(panel, treated, outcomes, population, options, covariates, design, subgroups);
        int groups = subgroups?.Levels.Count ?? 1;
        var comparison = new AdjustedComparison(treated, covariates, design, options);
        var results = new List<WindowEffect>(outcomes.Count * groups);
        foreach (var outcome in outcomes)
        {
            var values = WindowOutcome.Compute(panel, outcome, window.Weeks.First, window.Weeks.Last, window.Statistic);
            var rows = new List<int>[groups];
            var y = new List<double>[groups];
            var incomplete = new long[groups, 2];
            for (int g = 0; g < groups; g++)
            {
                rows[g] = [];
                y[g] = [];
            }
            foreach (int p in sample.Included)
            {
                int g = subgroups?.Codes[p] ?? 0;
                if (double.IsNaN(values[p]))
                {
                    incomplete[g, treated[p] ? 1 : 0]++;
                    continue;
                }
                rows[g].Add(p);
                y[g].Add(values[p]);
            }
            for (int g = 0; g < groups; g++)
            {
                results.Add(
                    new WindowEffect
                    {
                        Outcome = outcome.ToName(),
                        Window = window,
                        By = subgroups?.Column,
                        Level = subgroups?.Levels[g],
                        Comparison = comparison.Compute(1, rows[g], y[g]),
                        IncompleteTreated = incomplete[g, 1],
                        IncompleteControl = incomplete[g, 0],
                        Options = options,
                        Exclusions = sample.Excluded,
                    }
                );
            }
        }
        return results;
    }

    private sealed record Sample(int[] Included, IReadOnlyDictionary<string, long> Excluded);

    private static Sample Prepare(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        Population population,
        WeeklyEffectOptions options,
        IReadOnlyList<BalanceCovariate> covariates,
        DesignCodes design,
        PersonGrouping? subgroups
    )
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(covariates);
        options.Validate();
        if (!options.IsAdjusted)
        {
            throw new ArgumentException("The options select the difference in means, not an adjusted estimator.");
        }
        design.Validate(options.Design);
        if (treated.Count != panel.PersonCount)
        {
            throw new ArgumentException("treated must have one entry per panel person.", nameof(treated));
        }
        if (
            covariates.Count != options.Covariates.Count
            || covariates
                .Where((c, j) => !string.Equals(c.Name, options.Covariates[j], StringComparison.OrdinalIgnoreCase))
                .Any()
            || covariates.Any(c => c.Count != panel.PersonCount)
        )
        {
            throw new ArgumentException(
                "covariates must hold the values of options.Covariates, in order, one per panel person.",
                nameof(covariates)
            );
        }
        PanelValues.RequireHours(panel, outcomes);
        var excluded = new Dictionary<string, long>(StringComparer.Ordinal);
        var included = new List<int>(panel.PersonCount);
        for (int p = 0; p < panel.PersonCount; p++)
        {
            string? reason = PanelWeeklyEffects.ExclusionReason(panel, p, population, design, subgroups);
            if (reason is null)
            {
                foreach (var c in covariates)
                {
                    if (c.IsMissing(p))
                    {
                        reason = "missing_covariates";
                        string column = "missing_" + c.Name;
                        excluded[column] = excluded.GetValueOrDefault(column) + 1;
                    }
                }
            }
            if (reason is not null)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
                continue;
            }
            included.Add(p);
        }
        CheckClusters(treated, design, included);
        return new Sample([.. included], excluded);
    }

    /// <summary>The cluster-assigned design's conditions, as for the difference in means: one arm and one block per cluster.</summary>
    private static void CheckClusters(IReadOnlyList<bool> treated, DesignCodes design, List<int> included)
    {
        if (design.Clusters is not { } clusters)
        {
            return;
        }
        var arm = new int[clusters.Levels.Count];
        var block = new int[clusters.Levels.Count];
        Array.Fill(arm, -1);
        Array.Fill(block, -1);
        foreach (int p in included)
        {
            int g = clusters.Codes[p];
            int a = treated[p] ? 1 : 0;
            if (arm[g] >= 0 && arm[g] != a)
            {
                throw new InputException(
                    $"cluster '{clusters.Levels[g]}' has persons in both arms; a cluster-assigned design needs every cluster in one arm"
                );
            }
            arm[g] = a;
            if (design.Blocks is { } blocks)
            {
                int b = blocks.Codes[p];
                if (block[g] >= 0 && block[g] != b)
                {
                    throw new InputException(
                        $"cluster '{clusters.Levels[g]}' lies in several blocks; clusters must be nested in blocks"
                    );
                }
                block[g] = b;
            }
        }
    }
}
