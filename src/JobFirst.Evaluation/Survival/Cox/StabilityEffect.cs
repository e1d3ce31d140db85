using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// The relative hazard of leaving a weekly status (default: losing ordinary hours), treatment vs control, from
/// a Cox model on the spells (R: <c>coxph(Surv(time, event) ~ treatment, data = spells, cluster = key)</c>), and
/// the seed's "x % less likely" (001:113-114). Immutable.
/// </summary>
/// <param name="Status">The weekly status whose spells were analysed (e.g. <c>employed</c>).</param>
/// <param name="Coefficient">log hazard ratio of <c>treatment</c> with its z inference; null when suppressed.</param>
/// <param name="HazardRatio">exp(β) with interval; null when suppressed.</param>
/// <param name="LessLikely">(1 − HR)·100 with interval; null when suppressed.</param>
/// <param name="Fit">The full Cox fit (null when suppressed).</param>
/// <param name="Spells">Spells analysed.</param>
/// <param name="Events">Spells ending (status lost) within follow-up.</param>
/// <param name="Persons">Persons contributing spells (clusters).</param>
/// <param name="PersonsTreated">Of those, in the treatment arm.</param>
/// <param name="PersonsControl">Of those, in the control arm.</param>
/// <param name="ExcludedOngoingAtEntry">Spells left out because they were already running in event week 1.</param>
/// <param name="Suppressed">True when an arm had fewer than the minimum cell size of persons.</param>
public sealed partial record StabilityEffect(
    string Status,
    TidyTerm? Coefficient,
    HazardRatio? HazardRatio,
    PercentLessLikely? LessLikely,
    CoxRegressionResult? Fit,
    int Spells,
    int Events,
    int Persons,
    int PersonsTreated,
    int PersonsControl,
    int ExcludedOngoingAtEntry,
    bool Suppressed
)
{
    /// <summary>Columns of <see cref="ToTable"/>: the tidy schema, hazard ratio, the percentage and counts.</summary>
    public static IReadOnlyList<string> TableColumns { get; } =
    [
        .. TidyTerm.ColumnNames,
        "hazard_ratio",
        "hr_conf_low",
        "hr_conf_high",
        "less_likely_pct",
        "less_likely_conf_low",
        "less_likely_conf_high",
        "spells",
        "events",
        "persons",
        "persons_treated",
        "persons_control",
    ];

    /// <summary>The headline as a sentence, e.g. "treated persons in employed spells are 21.8% (95% CI 16.6 to 26.7%) less likely than controls to leave them in a given week: ...".</summary>
    public string Describe()
    {
        if (Suppressed || LessLikely is null || HazardRatio is null)
        {
            return $"{Status}: suppressed (fewer persons with spells in an arm than the minimum cell size)";
        }
        var l = LessLikely;
        double level = (Fit?.ConfidenceLevel ?? 0.95) * 100;
        string word = l.Estimate >= 0 ? "less" : "more";
        double sign = l.Estimate >= 0 ? 1 : -1;
        double lo = sign > 0 ? l.ConfLow : -l.ConfHigh;
        double hi = sign > 0 ? l.ConfHigh : -l.ConfLow;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"treated persons in {Status} spells are {sign * l.Estimate:0.0}% ({level:0}% CI {lo:0.0} to {hi:0.0}%) {word} likely than controls to leave them in a given week: hazard ratio {HazardRatio.Estimate:0.000} ({HazardRatio.ConfLow:0.000}-{HazardRatio.ConfHigh:0.000}), {Spells} spells of {Persons} persons, {Events} exits"
        );
    }

    /// <summary>One row (term <c>treatment</c>) with the tidy schema plus hazard ratio, percentage and counts.</summary>
    public ResultTable ToTable()
    {
        var t = Coefficient;
        var hr = HazardRatio;
        var pct = LessLikely;
        object?[] row =
        [
            "treatment",
            t?.Estimate,
            t?.StdError,
            t?.Statistic,
            t?.PValue,
            t?.ConfLow,
            t?.ConfHigh,
            t?.Df,
            hr?.Estimate,
            hr?.ConfLow,
            hr?.ConfHigh,
            pct?.Estimate,
            pct?.ConfLow,
            pct?.ConfHigh,
            Spells,
            Events,
            Persons,
            PersonsTreated,
            PersonsControl,
        ];
        var metadata = new Dictionary<string, string>
        {
            ["question"] = "relative hazard of leaving the status, treatment vs control (seed 001:113-114)",
            ["status"] = Status,
            ["estimator"] =
                "Cox proportional hazards on spells, time = weeks in spell, ties and variance as in 'reference'",
            ["less_likely_pct"] = "(1 - hazard ratio) * 100, interval from the hazard ratio's Wald interval",
            ["excluded_ongoing_at_entry"] = ExcludedOngoingAtEntry.ToString(CultureInfo.InvariantCulture),
            ["headline"] = Describe(),
        };
        if (Fit is not null)
        {
            foreach (var (k, v) in Fit.ToTable().Metadata)
            {
                metadata.TryAdd(k, v);
            }
        }
        if (Suppressed)
        {
            metadata["suppressed"] = "fewer persons with spells in an arm than min_cell";
        }
        return new ResultTable("stability", TableColumns, [row], metadata);
    }
}
