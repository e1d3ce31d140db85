using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// The seed's stability result (001:113-114: treated persons with ordinary hours are "23 pct. less likely to lose
/// them"): spells of the status from the weekly panel, then a Cox model of leaving the spell on <c>treatment</c>,
/// Efron ties, SEs clustered by person since a person can have several spells.
/// </summary>
public static class StabilityAnalysis
{
    /// <summary>Builds the spells of a loaded study (default: ordinary hours) and estimates the relative hazard of losing them.</summary>
    public static StabilityEffect LosingHoursHazard(this Study study, StabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        options ??= new StabilityOptions();
        return Estimate(SpellExtractor.Extract(study, options.Spells), options);
    }

    /// <summary>Estimates the relative hazard of leaving the spells of <paramref name="spells"/>, treatment vs control.</summary>
    public static StabilityEffect Estimate(SpellTable spells, StabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spells);
        options ??= new StabilityOptions();
        if (options.ExcludeOngoingAtEntry)
        {
            spells = spells.WithoutOngoingAtEntry();
        }
        if (options.FirstSpellOnly)
        {
            spells = spells.FirstSpells();
        }
        var keys = spells.Spells.Select(s => s.Key).Distinct().ToList();
        int treated = keys.Count(k => spells.Persons[k - 1].Arm == Roster.Arm.Treatment);
        return Fit(
            spells.ToDataFrame(),
            spells.Options.Status.Name,
            new Counts(spells.Spells.Count, spells.Events, keys.Count, treated, spells.ExcludedOngoingAtEntry),
            options
        );
    }

    /// <summary>
    /// The same from a spell-table CSV already read (e.g. written by <c>jobfirst-eval spells</c>): columns <c>key</c>,
    /// <c>time</c>, <c>event</c>, <c>treatment</c>; rows are used as given (<see cref="StabilityOptions.ExcludeOngoingAtEntry"/>
    /// and <see cref="StabilityOptions.FirstSpellOnly"/> are the caller's selection; <paramref name="excludedOngoing"/> is reported).
    /// </summary>
    public static StabilityEffect Estimate(
        Data.DataFrame spellTable,
        string status,
        StabilityOptions? options = null,
        int excludedOngoing = 0
    )
    {
        ArgumentNullException.ThrowIfNull(spellTable);
        options ??= new StabilityOptions();
        var key = spellTable["key"];
        var treatment = spellTable["treatment"];
        var ev = spellTable["event"];
        var arms = new Dictionary<string, string?>(StringComparer.Ordinal);
        int events = 0;
        for (int i = 0; i < spellTable.RowCount; i++)
        {
            if (key.TextAt(i) is { } k)
            {
                arms[k] = treatment.TextAt(i);
            }
            events += ev.TextAt(i) is "1" or "true" or "TRUE" ? 1 : 0;
        }
        int treated = arms.Values.Count(a => a == "1");
        return Fit(
            spellTable,
            status,
            new Counts(spellTable.RowCount, events, arms.Count, treated, excludedOngoing),
            options
        );
    }

    private sealed record Counts(int Spells, int Events, int Persons, int Treated, int ExcludedOngoing);

    private static StabilityEffect Fit(Data.DataFrame frame, string status, Counts n, StabilityOptions options)
    {
        int control = n.Persons - n.Treated;
        if (n.Treated < options.MinCell || control < options.MinCell)
        {
            return new StabilityEffect(
                status,
                null,
                null,
                null,
                null,
                n.Spells,
                n.Events,
                n.Persons,
                n.Treated,
                control,
                n.ExcludedOngoing,
                true
            );
        }
        string formula =
            "~ treatment" + (string.IsNullOrWhiteSpace(options.Adjustment) ? "" : " + " + options.Adjustment);
        var cox = options.Cox;
        var spec = new CoxSpecification(
            formula,
            "time",
            "event",
            Strata: options.Strata,
            Cluster: cox.Variance is CoxVariance.ClusterR or CoxVariance.ClusterStata ? "key" : null
        );
        var fit = CoxRegression.Fit(frame, spec, cox);
        int j = fit.ColumnNames.ToList().IndexOf("treatment");
        if (j < 0)
        {
            throw new InputException("the treatment contrast is not estimable (aliased with the adjustment terms)");
        }
        var hr = fit.HazardRatios[j];
        return new StabilityEffect(
            status,
            fit.Coefficients[j],
            hr,
            PercentLessLikely.From(hr),
            fit,
            n.Spells,
            n.Events,
            n.Persons,
            n.Treated,
            control,
            n.ExcludedOngoing,
            false
        );
    }
}
