using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// Shared by the effect sections (<c>effects</c>, <c>subgroups</c>, <c>sites</c>): the spec's conventions as estimator
/// options, the convention sentence for captions, and the report's extra disclosure rule for arm means.
/// </summary>
internal static class EffectSupport
{
    /// <summary>The spec's population rule for the estimators.</summary>
    public static Population Population(ReportContext context) =>
        context.Population.Rule == PopulationRule.Available
            ? Estimators.Weekly.Population.Available
            : Estimators.Weekly.Population.BalancedThrough(context.Population.ThroughWeek);

    /// <summary>Estimator options from the spec (SE convention, level, min_cell) and a section's choices.</summary>
    public static WeeklyEffectOptions Options(
        ReportContext context,
        string ci = "t",
        SimultaneousBandOptions? band = null,
        PValueAdjustment? adjustment = null
    ) =>
        new()
        {
            StandardError = context.Spec.StandardError == "classical" ? DimStandardError.Classical : null,
            Interval = ci == "normal" ? IntervalMethod.Normal : IntervalMethod.StudentT,
            Level = context.Spec.Level,
            MinCell = context.MinCell,
            Band = band,
            Adjustment = adjustment,
        };

    /// <summary>The convention in words with the reference call, for captions ("Welch SE, Welch–Satterthwaite df, ...").</summary>
    public static string Conventions(ReportContext context, string ci = "t")
    {
        bool classical = context.Spec.StandardError == "classical";
        string level = ReportFormat.Level(context.Spec.Level);
        if (ci == "normal")
        {
            return context.Localized(
                $"{(classical ? "pooled (classical)" : "Neyman (Welch)")} standard errors and normal {level}% intervals (z)",
                $"{(classical ? "poolede (klassiske)" : "Neyman- (Welch-)")}standardfejl og normalfordelte {level} pct.-intervaller (z)"
            );
        }
        return classical
            ? context.Localized(
                $"pooled (classical) standard errors, n − 2 df and t-based {level}% intervals, as t.test(y ~ arm, var.equal = TRUE) (Stata ttest)",
                $"poolede (klassiske) standardfejl, n − 2 frihedsgrader og t-baserede {level} pct.-intervaller, som t.test(y ~ arm, var.equal = TRUE) (Stata ttest)"
            )
            : context.Localized(
                $"Neyman (Welch) standard errors, Welch–Satterthwaite df and t-based {level}% intervals, as estimatr::difference_in_means (= t.test(y ~ arm); Stata ttest, unequal)",
                $"Neyman- (Welch-)standardfejl, Welch–Satterthwaite-frihedsgrader og t-baserede {level} pct.-intervaller, som estimatr::difference_in_means (= t.test(y ~ arm); Stata ttest, unequal)"
            );
    }

    /// <summary>
    /// The report's rule for an arm's mean beyond the estimators' own (an arm with fewer than min_cell persons): a share is
    /// hidden when 1..min_cell−1 persons have, or lack, the status (48 of 49 identifies the one who is not), and mean
    /// hours when 1..min_cell−1 persons have hours (<paramref name="withHours"/>: the arm's employed share in the same
    /// week), as in the weekly levels. An effect with a hidden arm is hidden too (the other arm's mean would give it away).
    /// </summary>
    public static (bool Treated, bool Control) HiddenArms(
        WeeklyIndicator outcome,
        WeeklyEffect e,
        WeeklyEffect? withHours,
        int minCell
    )
    {
        bool Hidden(double? mean, long n, double? employedMean)
        {
            if (mean is not { } m || n <= 0)
            {
                return false;
            }
            if (outcome == WeeklyIndicator.Hours)
            {
                long k = employedMean is { } em ? (long)Math.Round(em * n) : 0;
                return TableSuppression.IsSmall(k, minCell);
            }
            if (!outcome.IsShare())
            {
                return false;
            }
            long x = (long)Math.Round(m * n);
            return TableSuppression.IsSmall(x, minCell) || TableSuppression.IsSmall(n - x, minCell);
        }
        return (
            Hidden(e.MeanTreated, e.NTreated, withHours?.MeanTreated),
            Hidden(e.MeanControl, e.NControl, withHours?.MeanControl)
        );
    }

    /// <summary>Column names of a weekly or window row whose values an effect's hidden arm blanks.</summary>
    public static readonly string[] EffectValues =
    [
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
        "band_low",
        "band_high",
        "p_adjusted",
    ];

    /// <summary>A window outcome in words: "mean over weeks 27–78" / "gennemsnit over uge 27–78"; one week's mean is "week k".</summary>
    public static string WindowText(ReportContext context, Estimators.Windows.WindowSpec window)
    {
        var (first, last) = (window.Weeks.First, window.Weeks.Last);
        if (first == last && window.Statistic == WindowStatistic.Mean)
        {
            return context.Localized($"week {first}", $"uge {first}");
        }
        return window.Statistic switch
        {
            WindowStatistic.Sum => context.Localized($"sum over weeks {first}–{last}", $"sum over uge {first}–{last}"),
            WindowStatistic.Ever => context.Localized(
                $"ever over weeks {first}–{last}",
                $"nogensinde i uge {first}–{last}"
            ),
            _ => context.Localized($"mean over weeks {first}–{last}", $"gennemsnit over uge {first}–{last}"),
        };
    }

    /// <summary>A roster column in words (<c>gender</c> → "gender" / "køn"); other columns as written, underscores as spaces.</summary>
    public static string ColumnText(ReportContext context, string column) =>
        column switch
        {
            "target_group" => context.Localized("target group", "målgruppe"),
            "gender" => context.Localized("gender", "køn"),
            "site" => context.Localized("jobcentre", "jobcenter"),
            "age_band" => context.Localized("age band", "aldersgruppe"),
            "origin" => context.Localized("origin", "herkomst"),
            "education" => context.Localized("education", "uddannelse"),
            _ => column.Replace('_', ' '),
        };

    private static readonly string[] CountColumns = ["n_followed", "n_treated", "n_control"];

    /// <summary>
    /// The cells of an effect-table row to blank: person counts of 1..min_cell−1, and every value column when the row
    /// is suppressed by the estimator (an arm below min_cell) or <paramref name="hidden"/> by the report's rule.
    /// </summary>
    public static IReadOnlyList<string> Blank(ResultTable table, IReadOnlyList<object?> cells, bool hidden, int minCell)
    {
        var columns = table.Columns;
        var blank = new List<string>();
        foreach (var c in CountColumns.Where(columns.Contains))
        {
            if (cells[table.IndexOf(c)] is long n && TableSuppression.IsSmall(n, minCell))
            {
                blank.Add(c);
            }
        }
        bool suppressed = columns.Contains("suppressed") && cells[table.IndexOf("suppressed")] is true;
        if (hidden || suppressed)
        {
            blank.AddRange(EffectValues.Where(columns.Contains));
        }
        return blank;
    }
}
