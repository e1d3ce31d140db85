using System.Globalization;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// The weekly treatment − control effects of one outcome over a range of event weeks (seed 000:328-361, Figs 5, 6, 8):
/// one <see cref="WeeklyEffect"/> per week, optionally a simultaneous band and adjusted p-values, and the counts of
/// persons excluded. Immutable; converts to a <see cref="ResultTable"/> and to the figure inputs.
/// </summary>
public sealed partial record WeeklyEffects
{
    /// <summary>Outcome name (an indicator such as <c>active13</c>).</summary>
    public required string Outcome { get; init; }

    /// <summary>Subgroup column (null for the whole population).</summary>
    public string? By { get; init; }

    /// <summary>Subgroup level (null for the whole population).</summary>
    public string? Level { get; init; }

    /// <summary>The weeks analysed.</summary>
    public required WeekRange Weeks { get; init; }

    /// <summary>The population rule.</summary>
    public required Population Population { get; init; }

    /// <summary>The conventions used.</summary>
    public required WeeklyEffectOptions Options { get; init; }

    /// <summary>One entry per week of <see cref="Weeks"/>.</summary>
    public required IReadOnlyList<WeeklyEffect> Effects { get; init; }

    /// <summary>The simultaneous band, when requested.</summary>
    public SimultaneousBand? Band { get; init; }

    /// <summary>Adjusted p-values aligned with <see cref="Effects"/> (null entries for weeks without a p-value), when requested.</summary>
    public IReadOnlyList<double?>? AdjustedPValues { get; init; }

    /// <summary>Persons excluded before the comparison, by reason (e.g. not in the population, missing block).</summary>
    public required IReadOnlyDictionary<string, long> Exclusions { get; init; }

    /// <summary>Column names of <see cref="ToTable()"/> for the given choices.</summary>
    public static IReadOnlyList<string> ColumnNames(bool subgroups, bool band, bool adjusted)
    {
        var c = new List<string> { "outcome" };
        if (subgroups)
        {
            c.AddRange(["by", "level"]);
        }
        c.AddRange([
            "week",
            "n_followed",
            "n_treated",
            "n_control",
            "mean_treated",
            "mean_control",
            "estimate",
            "std_error",
            "df",
            "statistic",
            "p_value",
            "conf_low",
            "conf_high",
            "relative_effect",
            "suppressed",
        ]);
        if (band)
        {
            c.AddRange(["band_low", "band_high"]);
        }
        if (adjusted)
        {
            c.Add("p_adjusted");
        }
        c.Add("note");
        return c;
    }

    /// <summary>The table rows (cells aligned with <see cref="ColumnNames"/>).</summary>
    public IEnumerable<IReadOnlyList<object?>> Rows(bool subgroups, bool band, bool adjusted)
    {
        for (int i = 0; i < Effects.Count; i++)
        {
            var e = Effects[i];
            var r = e.Inference;
            var row = new List<object?> { Outcome };
            if (subgroups)
            {
                row.Add(By);
                row.Add(Level);
            }
            row.AddRange([
                e.Week,
                e.NFollowed,
                e.NTreated,
                e.NControl,
                e.MeanTreated,
                e.MeanControl,
                r?.Estimate,
                Finite(r?.StdError),
                Finite(r?.Df),
                Finite(r?.Statistic),
                Finite(r?.PValue),
                Finite(r?.ConfLow),
                Finite(r?.ConfHigh),
                e.RelativeEffect,
                e.Suppressed,
            ]);
            if (band)
            {
                row.Add(Band is null ? null : Finite(Band.Low[i]));
                row.Add(Band is null ? null : Finite(Band.High[i]));
            }
            if (adjusted)
            {
                row.Add(AdjustedPValues?[i]);
            }
            row.Add(e.Note);
            yield return row;
        }
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The effects as a result table with the conventions in the metadata.</summary>
    public ResultTable ToTable()
    {
        bool band = Band is not null;
        bool adjusted = AdjustedPValues is not null;
        return new ResultTable(
            $"Weekly effects: {Outcome}",
            ColumnNames(By is not null, band, adjusted),
            Rows(By is not null, band, adjusted),
            Metadata()
        );
    }

    /// <summary>
    /// Several outcomes' (or subgroups') weekly effects in one table; metadata shared by all are kept once, the rest are
    /// suffixed with the outcome (and level), e.g. <c>band_critical_value.active13</c>.
    /// </summary>
    public static ResultTable ToTable(IReadOnlyList<WeeklyEffects> effects, string title = "Weekly effects")
    {
        ArgumentNullException.ThrowIfNull(effects);
        bool sub = effects.Any(e => e.By is not null);
        bool band = effects.Any(e => e.Band is not null);
        bool adjusted = effects.Any(e => e.AdjustedPValues is not null);
        var metas = effects
            .Select(e => (Key: e.Level is null ? e.Outcome : $"{e.Outcome}.{e.Level}", Meta: e.Metadata()))
            .ToList();
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in metas.SelectMany(m => m.Meta.Keys).Distinct(StringComparer.Ordinal))
        {
            var values = metas.Select(m => m.Meta.GetValueOrDefault(key)).ToList();
            if (values.All(v => v is not null && v == values[0]))
            {
                merged[key] = values[0]!;
                continue;
            }
            foreach (var (k, m) in metas)
            {
                if (m.TryGetValue(key, out var v))
                {
                    merged[key + "." + k] = v;
                }
            }
        }
        return new ResultTable(
            title,
            ColumnNames(sub, band, adjusted),
            effects.SelectMany(e => e.Rows(sub, band, adjusted)),
            merged
        );
    }

    /// <summary>Conventions, band parameters and exclusion counts as metadata.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        var inv = CultureInfo.InvariantCulture;
        var first = Effects.Select(e => e.Result).FirstOrDefault(r => r is not null);
        var m = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["estimator"] = Options.IsAdjusted
                ? AdjustedLabels.EstimatorName(Options) + " per event week"
                : "difference_in_means per event week",
            ["population"] = Population.ToString(),
            ["weeks"] = Weeks.ToString(),
            ["design"] = Options.Design.ToString(),
            ["min_cell"] = Options.MinCell.ToString(inv),
            ["level"] = Options.Level.ToString("R", inv),
            ["ci_method"] = Options.Interval == Inference.IntervalMethod.StudentT ? "t" : "normal",
        };
        if (Options.IsAdjusted)
        {
            AdjustedLabels.AddMetadata(m, Options, Effects.Select(e => e.Adjusted), "one call per week");
        }
        else if (first is not null)
        {
            m["se_type"] = first.SeType.ToString();
            m["df_method"] = first.DfMethod.ToString();
            m["reference"] = first.Reference + ", one call per week";
        }
        foreach (var (reason, count) in Exclusions)
        {
            m["excluded_" + reason] = count.ToString(inv);
        }
        m["weeks_suppressed"] = Effects.Count(e => e.Suppressed).ToString(inv);
        if (Band is { } b)
        {
            m["band"] = "sup-t (Montiel Olea & Plagborg-Moller 2019)";
            m["band_multiplier"] = b.Multiplier.ToString();
            m["band_draws"] = b.Draws.ToString(inv);
            m["band_seed"] = b.Seed.ToString(inv);
            m["band_level"] = b.Level.ToString("R", inv);
            m["band_critical_value"] = b.CriticalValue.ToString("R", inv);
            m["band_weeks"] = b.WeeksInBand.ToString(inv);
        }
        if (Options.Adjustment is { } a && AdjustedPValues is not null)
        {
            m["p_adjusted"] = a.ToString() + " across the weeks with a p-value";
        }
        return m;
    }

    /// <summary>The effect path for <c>EffectFigure</c> (NaN where a week has no estimate; band when computed).</summary>
    public EffectSeries ToEffectSeries() =>
        new(
            [.. Effects.Select(e => e.Week)],
            [.. Effects.Select(e => e.Inference?.Estimate ?? double.NaN)],
            [.. Effects.Select(e => e.Inference?.ConfLow ?? double.NaN)],
            [.. Effects.Select(e => e.Inference?.ConfHigh ?? double.NaN)],
            Band?.Low,
            Band?.High,
            [.. Effects.Select(e => (int)Math.Min(int.MaxValue, e.NFollowed))]
        );

    /// <summary>The arm levels for <c>WeeklyLevelFigure</c>/<c>EffectFigure</c> (NaN where suppressed).</summary>
    public WeeklyArmSeries ToArmSeries() =>
        new(
            [.. Effects.Select(e => e.Week)],
            [.. Effects.Select(e => e.MeanTreated ?? double.NaN)],
            [.. Effects.Select(e => e.MeanControl ?? double.NaN)],
            [.. Effects.Select(e => (int)Math.Min(int.MaxValue, e.NTreated))],
            [.. Effects.Select(e => (int)Math.Min(int.MaxValue, e.NControl))]
        );

    /// <summary>Persons followed per week and arm for <c>PersonsFollowedFigure</c>.</summary>
    public PersonsFollowedSeries ToPersonsFollowed() =>
        new(
            [.. Effects.Select(e => e.Week)],
            [.. Effects.Select(e => (int)Math.Min(int.MaxValue, e.NTreated))],
            [.. Effects.Select(e => (int)Math.Min(int.MaxValue, e.NControl))]
        );
}
