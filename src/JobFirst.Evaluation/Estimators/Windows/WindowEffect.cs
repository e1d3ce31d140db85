using System.Globalization;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Windows;

/// <summary>
/// The treatment − control difference in a per-person window outcome (computed per person, then differenced, so the
/// standard error is that of one comparison of persons). Persons whose window is not completely followed are excluded
/// and counted per arm.
/// </summary>
public sealed record WindowEffect
{
    /// <summary>The indicator summarised.</summary>
    public required string Outcome { get; init; }

    /// <summary>The window and statistic.</summary>
    public required WindowSpec Window { get; init; }

    /// <summary>Subgroup column (null for the whole population).</summary>
    public string? By { get; init; }

    /// <summary>Subgroup level.</summary>
    public string? Level { get; init; }

    /// <summary>The comparison (counts, means, difference in means; null result when suppressed or not estimable).</summary>
    public required WeeklyEffect Comparison { get; init; }

    /// <summary>Treatment persons of the population left out because their window is incomplete (right-censored).</summary>
    public required long IncompleteTreated { get; init; }

    /// <summary>Control persons left out because their window is incomplete.</summary>
    public required long IncompleteControl { get; init; }

    /// <summary>The conventions used.</summary>
    public required WeeklyEffectOptions Options { get; init; }

    /// <summary>Persons excluded before the comparison, by reason.</summary>
    public required IReadOnlyDictionary<string, long> Exclusions { get; init; }

    /// <summary>Column names of <see cref="Row"/>.</summary>
    public static IReadOnlyList<string> ColumnNames(bool subgroups) =>
        [
            "outcome",
            .. subgroups ? new[] { "by", "level" } : [],
            "window",
            "window_statistic",
            "n_incomplete_treated",
            "n_incomplete_control",
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
            "note",
        ];

    /// <summary>The table row.</summary>
    public IReadOnlyList<object?> Row(bool subgroups)
    {
        var e = Comparison;
        var r = e.Inference;
        return
        [
            Outcome,
            .. subgroups ? new object?[] { By, Level } : [],
            Window.Weeks.ToString(),
            Window.StatisticName,
            IncompleteTreated,
            IncompleteControl,
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
            e.Note,
        ];
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;

    /// <summary>Several window effects in one table.</summary>
    public static ResultTable ToTable(IReadOnlyList<WindowEffect> effects, string title = "Window outcome effects")
    {
        ArgumentNullException.ThrowIfNull(effects);
        bool sub = effects.Any(e => e.By is not null);
        var meta = new Dictionary<string, string>();
        if (effects.Count > 0)
        {
            var first = effects[0];
            var inv = CultureInfo.InvariantCulture;
            meta["estimator"] = first.Options.IsAdjusted
                ? AdjustedLabels.EstimatorName(first.Options) + " of per-person window outcomes"
                : "difference_in_means of per-person window outcomes";
            meta["window_rule"] = "complete window: a person enters only when every week of the window is followed";
            meta["design"] = first.Options.Design.ToString();
            meta["level"] = first.Options.Level.ToString("R", inv);
            meta["min_cell"] = first.Options.MinCell.ToString(inv);
            meta["ci_method"] = first.Options.Interval == Inference.IntervalMethod.StudentT ? "t" : "normal";
            if (first.Options.IsAdjusted)
            {
                AdjustedLabels.AddMetadata(
                    meta,
                    first.Options,
                    effects.Select(e => e.Comparison.Adjusted),
                    "on the per-person window values"
                );
            }
            else if (effects.Select(e => e.Comparison.Result).FirstOrDefault(r => r is not null) is { } r)
            {
                meta["se_type"] = r.SeType.ToString();
                meta["df_method"] = r.DfMethod.ToString();
                meta["reference"] = r.Reference;
            }
            foreach (var (reason, count) in first.Exclusions)
            {
                meta["excluded_" + reason] = count.ToString(inv);
            }
        }
        return new ResultTable(title, ColumnNames(sub), effects.Select(e => e.Row(sub)), meta);
    }
}
