using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Sites;

namespace JobFirst.Evaluation.Studies;

// The study-level effect analyses (issue 3; docs/effects.md): thin wrappers that pass the study's panel, arms and roster
// columns to the estimators in Estimators/.
public sealed partial class Study
{
    /// <summary>
    /// The last event week in which anyone is followed (the default end of a week range), at most the panel's follow-up.
    /// </summary>
    public int LastFollowedWeek
    {
        get
        {
            int last = 0;
            for (int p = 0; p < Panel.PersonCount; p++)
            {
                last = Math.Max(last, Panel.ObservedWeeks(p));
            }
            return Math.Max(1, last);
        }
    }

    /// <summary>
    /// Weekly treatment − control effects for each outcome (seed 000:328-361): per week the difference in means with
    /// estimatr's conventions (<see cref="WeeklyEffectOptions"/>), persons followed per arm, small cells suppressed,
    /// optionally a sup-t band and adjusted p-values. One pass over the panel for all outcomes. With
    /// <see cref="WeeklyEffectOptions.Estimator"/> = Lin or Ols the effect is covariate-adjusted
    /// (<c>estimatr::lm_lin</c> / <c>lm_robust</c> per week on the complete cases of
    /// <see cref="WeeklyEffectOptions.Covariates"/>: roster columns and history covariates).
    /// </summary>
    /// <param name="outcomes">Indicators, e.g. <c>[WeeklyIndicator.Active13, WeeklyIndicator.Employed]</c>.</param>
    /// <param name="weeks">Event weeks (default 1..<see cref="LastFollowedWeek"/>).</param>
    /// <param name="population">Population (default <see cref="Population.Available"/>).</param>
    /// <param name="options">Conventions (default estimatr's).</param>
    /// <param name="blocks">Roster column whose values are the randomisation blocks (Blocked designs), e.g. <c>site</c>.</param>
    /// <param name="clusters">Roster column whose values are the assigned clusters (Clustered designs).</param>
    public IReadOnlyList<WeeklyEffects> Effects(
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange? weeks = null,
        Population? population = null,
        WeeklyEffectOptions? options = null,
        string? blocks = null,
        string? clusters = null
    )
    {
        options ??= new WeeklyEffectOptions();
        return PanelWeeklyEffects.Estimate(
            Panel,
            Treated,
            outcomes,
            weeks ?? DefaultWeeks(population),
            population ?? Population.Available,
            options,
            Design(blocks, clusters),
            covariates: CovariatesFor(options)
        );
    }

    /// <summary>
    /// Effects on per-person window outcomes (mean hours over weeks 27–78, weeks employed in the first year, ever employed
    /// by week K): computed per person, then differenced; incomplete windows excluded and counted. Covariate adjustment
    /// as for <see cref="Effects"/> (one regression on the per-person values).
    /// </summary>
    public IReadOnlyList<WindowEffect> WindowEffects(
        IReadOnlyList<WeeklyIndicator> outcomes,
        WindowSpec window,
        Population? population = null,
        WeeklyEffectOptions? options = null,
        string? blocks = null,
        string? clusters = null
    )
    {
        options ??= new WeeklyEffectOptions();
        return PanelWindowEffects.Estimate(
            Panel,
            Treated,
            outcomes,
            window,
            population ?? Population.Available,
            options,
            Design(blocks, clusters),
            covariates: CovariatesFor(options)
        );
    }

    /// <summary>
    /// Effects per subgroup of the roster column <paramref name="by"/> (target_group, gender, age_band, origin, ...) with
    /// the test of equal effects: weekly over <paramref name="weeks"/>, or on <paramref name="window"/> when given.
    /// </summary>
    public IReadOnlyList<SubgroupEffects> Subgroups(
        IReadOnlyList<WeeklyIndicator> outcomes,
        string by,
        WeekRange? weeks = null,
        WindowSpec? window = null,
        Population? population = null,
        WeeklyEffectOptions? options = null,
        string? blocks = null,
        string? clusters = null
    )
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var grouping = PersonGrouping.FromRoster(Roster, by);
        var pop = population ?? Population.Available;
        options ??= new WeeklyEffectOptions();
        var design = Design(blocks, clusters);
        var result = new List<SubgroupEffects>();
        int levels = grouping.Levels.Count;
        if (window is { } w)
        {
            var all = PanelWindowEffects.Estimate(
                Panel,
                Treated,
                outcomes,
                w,
                pop,
                options,
                design,
                grouping,
                CovariatesFor(options)
            );
            for (int o = 0; o < outcomes.Count; o++)
            {
                result.Add(
                    SubgroupEffects.FromWindow(
                        outcomes[o].ToName(),
                        grouping.Column,
                        [.. all.Skip(o * levels).Take(levels)],
                        options.Adjustment
                    )
                );
            }
            return result;
        }
        var weekly = PanelWeeklyEffects.Estimate(
            Panel,
            Treated,
            outcomes,
            weeks ?? DefaultWeeks(pop),
            pop,
            options,
            design,
            grouping,
            CovariatesFor(options)
        );
        for (int o = 0; o < outcomes.Count; o++)
        {
            result.Add(
                SubgroupEffects.FromWeekly(
                    outcomes[o].ToName(),
                    grouping.Column,
                    [.. weekly.Skip(o * levels).Take(levels)]
                )
            );
        }
        return result;
    }

    /// <summary>
    /// Per-jobcentre effects on a window outcome with Cochran's Q, I², empirical-Bayes shrunken effects and meta-regressions
    /// on site traits (seed 001:119-126).
    /// </summary>
    /// <param name="outcome">The indicator.</param>
    /// <param name="window">Window outcome compared within sites (a single week is <c>k:k:mean</c>).</param>
    /// <param name="siteTable">Site traits (<see cref="SiteTableReader"/>), or null for derived traits only.</param>
    /// <param name="options">Meta-analysis conventions and the traits to regress on.</param>
    /// <param name="population">Population.</param>
    /// <param name="clusters">Roster column of clusters within sites for a clustered design, or null.</param>
    public SiteAnalysis Sites(
        WeeklyIndicator outcome,
        WindowSpec window,
        SiteTable? siteTable = null,
        SiteAnalysisOptions? options = null,
        Population? population = null,
        string? clusters = null
    ) =>
        SiteEffectsEstimator.Estimate(
            Panel,
            Treated,
            PersonGrouping.FromRoster(Roster, "site"),
            outcome,
            window,
            population ?? Population.Available,
            options,
            siteTable,
            Design(null, clusters)
        );

    /// <summary>
    /// The balance table on roster covariates and the history covariates (weeks employed, self-supporting and sick in
    /// weeks −155..0), with the joint logistic likelihood-ratio test (seed 000:288).
    /// </summary>
    /// <param name="covariates">Covariate names (default: site, target_group, every roster covariate, the history covariates).</param>
    /// <param name="minCell">Minimum persons behind a share or mean.</param>
    public BalanceResult Balance(IReadOnlyList<string>? covariates = null, int minCell = 5) =>
        BalanceEstimator.Compute(Treated, BalanceEstimator.Covariates(Roster, Panel, covariates), minCell);

    /// <summary>Distribution of positive ordinary hours in <paramref name="week"/> by arm and band (seed 000:351, Fig 7).</summary>
    public HoursDistributionResult HoursDistribution(
        int week,
        HourBands? bands = null,
        Population? population = null,
        int minCell = 5
    ) => HoursDistributionEstimator.Compute(Panel, Treated, week, bands, population, minCell);

    private WeekRange DefaultWeeks(Population? population) =>
        population is { Kind: PopulationKind.Balanced } p
            ? new WeekRange(1, p.ThroughWeek)
            : new WeekRange(1, Math.Min(LastFollowedWeek, Panel.MaxFollowUpWeeks));

    /// <summary>The per-person values of an adjusted estimator's covariates (null for the difference in means).</summary>
    private IReadOnlyList<BalanceCovariate>? CovariatesFor(WeeklyEffectOptions options) =>
        options.IsAdjusted ? AdjustmentCovariates.Resolve(Roster, Panel, options.Covariates) : null;

    private DesignCodes Design(string? blocks, string? clusters) =>
        new(
            blocks is null ? null : PersonGrouping.FromRoster(Roster, blocks),
            clusters is null ? null : PersonGrouping.FromRoster(Roster, clusters)
        );
}
