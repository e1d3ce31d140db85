using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// Weekly effects of several outcomes (and subgroups) in one pass over the event panel: persons are split into a fixed
/// number of contiguous chunks (at most 8, at least 1,024 persons each; one chunk with a Rademacher band) processed in
/// parallel and merged in order — so the result does not depend on the machine's core count or thread scheduling.
/// Without a band a chunk sums moments per outcome × cell × week (<see cref="PanelWeeklyMoments"/>, the accumulation
/// loop of <see cref="WeeklyOutcomeMoments"/>); a band's cross-week sums need each person's series, so with a band a
/// chunk fills <see cref="WeeklyEffectAccumulator"/>s person by person.
/// </summary>
public static class PanelWeeklyEffects
{
    private const int MaxChunks = 8;
    private const int MinChunkPersons = 1024;

    /// <summary>Estimates the weekly effects; one <see cref="WeeklyEffects"/> per outcome, per subgroup level when given.</summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per panel person: true for the treatment arm.</param>
    /// <param name="outcomes">Indicators to compare.</param>
    /// <param name="weeks">Event weeks.</param>
    /// <param name="population">Population rule (<c>available</c> or <c>balanced:K</c>).</param>
    /// <param name="options">Conventions.</param>
    /// <param name="design">Block/cluster codes for the design, or null.</param>
    /// <param name="subgroups">Subgroup codes, or null for the whole population.</param>
    /// <param name="covariates">
    /// Per-person values of <see cref="WeeklyEffectOptions.Covariates"/> for a covariate-adjusted estimator (then the
    /// work goes to <see cref="PanelAdjustedEffects"/>); ignored by the difference in means.
    /// </param>
    public static IReadOnlyList<WeeklyEffects> Estimate(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        DesignCodes? design = null,
        PersonGrouping? subgroups = null,
        IReadOnlyList<BalanceCovariate>? covariates = null
    ) =>
        EstimateWith(
            panel,
            treated,
            outcomes,
            weeks,
            population,
            options,
            WeeklyEffectsPass.Moments,
            design,
            subgroups,
            covariates
        );

    /// <summary>
    /// <see cref="Estimate"/> with the pass chosen: <see cref="WeeklyEffectsPass.PerPerson"/> forces the per-person accumulators (tests compare
    /// the two); a band always takes them. <paramref name="momentChunks"/> and <paramref name="subBlockPersons"/> override
    /// the moments pass's partition (tests: merged partials = one pass).
    /// </summary>
    internal static IReadOnlyList<WeeklyEffects> EstimateWith(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        WeeklyEffectsPass pass,
        DesignCodes? design = null,
        PersonGrouping? subgroups = null,
        IReadOnlyList<BalanceCovariate>? covariates = null,
        int? momentChunks = null,
        int subBlockPersons = PanelWeeklyMoments.SubBlockPersons
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.IsAdjusted)
        {
            return PanelAdjustedEffects.Estimate(
                panel,
                treated,
                outcomes,
                weeks,
                population,
                options,
                covariates ?? [],
                design,
                subgroups
            );
        }
        design ??= DesignCodes.None;
        design.Validate(options.Design);
        population.Validate(weeks);
        if (weeks.Last > panel.MaxFollowUpWeeks)
        {
            throw new Errors.InputException(
                FormattableString.Invariant(
                    $"--weeks {weeks} goes beyond the panel's {panel.MaxFollowUpWeeks} follow-up weeks"
                )
            );
        }
        if (treated.Count != panel.PersonCount)
        {
            throw new ArgumentException("treated must have one entry per panel person.", nameof(treated));
        }
        PanelValues.RequireHours(panel, outcomes);
        int groups = subgroups?.Levels.Count ?? 1;
        int blocks = Math.Max(1, design.Blocks?.Levels.Count ?? 1);
        int clusters = design.Clusters?.Levels.Count ?? 0;
        int n = panel.PersonCount;
        // A Rademacher band keeps draws × weeks sums per arm and block: one chunk, so memory is that of one accumulator.
        bool rademacher = options.Band is { Multiplier: BandMultiplier.Rademacher } && clusters == 0;
        if (rademacher)
        {
            double bytes = 16.0 * 2 * blocks * options.Band!.Draws * (weeks.Count + 1) * outcomes.Count * groups;
            if (bytes > 4e9)
            {
                throw new Errors.InputException(
                    FormattableString.Invariant(
                        $"a Rademacher band with {options.Band.Draws} draws over {weeks.Count} weeks would need {bytes / 1e9:0.#} GB; use the Gaussian band or fewer draws"
                    )
                );
            }
        }
        int chunks = rademacher ? 1 : Math.Clamp(n / MinChunkPersons, 1, MaxChunks);
        var (acc, excluded) =
            options.Band is null && pass == WeeklyEffectsPass.Moments
                ? PanelWeeklyMoments.Accumulate(
                    panel,
                    treated,
                    outcomes,
                    weeks,
                    population,
                    options.Design,
                    design,
                    subgroups,
                    groups,
                    blocks,
                    clusters,
                    momentChunks ?? chunks,
                    subBlockPersons
                )
                : PerPerson(
                    panel,
                    treated,
                    outcomes,
                    weeks,
                    population,
                    options,
                    design,
                    subgroups,
                    groups,
                    blocks,
                    clusters,
                    chunks
                );
        var results = new List<WeeklyEffects>(outcomes.Count * groups);
        for (int o = 0; o < outcomes.Count; o++)
        {
            for (int g = 0; g < groups; g++)
            {
                var r = WeeklyEffectEstimator.Finish(
                    acc[o * groups + g],
                    outcomes[o].ToName(),
                    weeks,
                    population,
                    options,
                    excluded,
                    design.Clusters?.Levels
                );
                results.Add(subgroups is null ? r : r with { By = subgroups.Column, Level = subgroups.Levels[g] });
            }
        }
        return results;
    }

    // The per-person accumulators (any band): one Welford update per person-week, chunks merged in order.
    private static (WeeklyEffectAccumulator[], Dictionary<string, long>) PerPerson(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        DesignCodes design,
        PersonGrouping? subgroups,
        int groups,
        int blocks,
        int clusters,
        int chunks
    )
    {
        int n = panel.PersonCount;
        var partial = new (WeeklyEffectAccumulator[] Acc, Dictionary<string, long> Excluded)[chunks];
        Parallel.For(
            0,
            chunks,
            c =>
            {
                int from = (int)((long)n * c / chunks);
                int to = (int)((long)n * (c + 1) / chunks);
                partial[c] = Pass(
                    panel,
                    treated,
                    outcomes,
                    weeks,
                    population,
                    options,
                    design,
                    subgroups,
                    groups,
                    blocks,
                    clusters,
                    from,
                    to
                );
            }
        );
        var (acc, excluded) = partial[0];
        for (int c = 1; c < chunks; c++)
        {
            for (int i = 0; i < acc.Length; i++)
            {
                acc[i].Merge(partial[c].Acc[i]);
            }
            foreach (var (k, v) in partial[c].Excluded)
            {
                excluded[k] = excluded.GetValueOrDefault(k) + v;
            }
        }
        return (acc, excluded);
    }

    private static (WeeklyEffectAccumulator[], Dictionary<string, long>) Pass(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        DesignCodes design,
        PersonGrouping? subgroups,
        int groups,
        int blocks,
        int clusters,
        int from,
        int to
    )
    {
        var acc = new WeeklyEffectAccumulator[outcomes.Count * groups];
        for (int i = 0; i < acc.Length; i++)
        {
            acc[i] = new WeeklyEffectAccumulator(weeks.Count, options.Design, blocks, clusters, options.Band);
        }
        var excluded = new Dictionary<string, long>(StringComparer.Ordinal);
        var buffer = new double[weeks.Count];
        for (int p = from; p < to; p++)
        {
            string? reason = ExclusionReason(panel, p, population, design, subgroups);
            if (reason is not null)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
                continue;
            }
            int g = subgroups?.Codes[p] ?? 0;
            int b = design.Blocks?.Codes[p] ?? 0;
            int cl = design.Clusters?.Codes[p] ?? 0;
            for (int o = 0; o < outcomes.Count; o++)
            {
                int count = PanelValues.Fill(panel, p, outcomes[o], weeks, buffer);
                if (count > 0)
                {
                    acc[o * groups + g].Add(p, treated[p], b, cl, buffer.AsSpan(0, count));
                }
            }
        }
        return (acc, excluded);
    }

    /// <summary>Why a person is left out of every comparison (null = included). The reasons are metadata keys.</summary>
    internal static string? ExclusionReason(
        EventPanel panel,
        int person,
        Population population,
        DesignCodes design,
        PersonGrouping? subgroups
    )
    {
        if (!panel.IsLinked(person))
        {
            return "not_in_register";
        }
        if (!population.Includes(panel.ObservedWeeks(person)))
        {
            return "outside_population";
        }
        if (design.Blocks is { } blk && blk.Codes[person] < 0)
        {
            return "missing_block";
        }
        if (design.Clusters is { } cl && cl.Codes[person] < 0)
        {
            return "missing_cluster";
        }
        if (subgroups is not null && subgroups.Codes[person] < 0)
        {
            return "missing_subgroup";
        }
        return null;
    }
}
