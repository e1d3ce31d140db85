using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Subgroups;

/// <summary>
/// Effects of one outcome per subgroup (target group, gender, age band, origin, any roster column; seed 001:83-85, 115,
/// 127) with the test of equal effects per week (<see cref="SubgroupHeterogeneityTest"/>).
/// </summary>
public sealed partial record SubgroupEffects
{
    /// <summary>Outcome.</summary>
    public required string Outcome { get; init; }

    /// <summary>Subgroup column.</summary>
    public required string By { get; init; }

    /// <summary>Weekly effects per level (null for a window outcome).</summary>
    public IReadOnlyList<WeeklyEffects>? Weekly { get; init; }

    /// <summary>Window effects per level (null for weekly outcomes).</summary>
    public IReadOnlyList<WindowEffect>? Window { get; init; }

    /// <summary>Tests of equal effects: one per week with at least two estimable subgroups (one for a window outcome).</summary>
    public required IReadOnlyList<SubgroupHeterogeneityTest> Tests { get; init; }

    /// <summary>Adjusted p-values of the window effects across the subgroups (aligned with <see cref="Window"/>), when requested.</summary>
    public IReadOnlyList<double?>? AdjustedPValues { get; init; }

    /// <summary>Builds the weekly variant (tests per week).</summary>
    public static SubgroupEffects FromWeekly(string outcome, string by, IReadOnlyList<WeeklyEffects> perLevel)
    {
        ArgumentNullException.ThrowIfNull(perLevel);
        var tests = new List<SubgroupHeterogeneityTest>();
        if (perLevel.Count > 0)
        {
            for (int k = 0; k < perLevel[0].Effects.Count; k++)
            {
                int week = perLevel[0].Effects[k].Week;
                var t = SubgroupHeterogeneityTest.Compute(
                    outcome,
                    by,
                    week,
                    null,
                    [.. perLevel.Select(l => (l.Level ?? "", l.Effects[k].Inference))]
                );
                if (t is not null)
                {
                    tests.Add(t);
                }
            }
        }
        return new SubgroupEffects
        {
            Outcome = outcome,
            By = by,
            Weekly = perLevel,
            Tests = tests,
        };
    }

    /// <summary>Builds the window variant (one test; p-values adjusted across levels when <paramref name="adjustment"/> is set).</summary>
    public static SubgroupEffects FromWindow(
        string outcome,
        string by,
        IReadOnlyList<WindowEffect> perLevel,
        PValueAdjustment? adjustment = null
    )
    {
        ArgumentNullException.ThrowIfNull(perLevel);
        var t = SubgroupHeterogeneityTest.Compute(
            outcome,
            by,
            null,
            perLevel.Count > 0 ? perLevel[0].Window.ToString() : null,
            [.. perLevel.Select(l => (l.Level ?? "", l.Comparison.Inference))]
        );
        return new SubgroupEffects
        {
            Outcome = outcome,
            By = by,
            Window = perLevel,
            Tests = t is null ? [] : [t],
            AdjustedPValues = adjustment is { } a
                ? WeeklyEffectEstimator.Adjust([.. perLevel.Select(l => l.Comparison.Inference?.PValue)], a)
                : null,
        };
    }

    /// <summary>The per-subgroup effects as one table (<c>by, level</c> columns).</summary>
    public ResultTable ToTable()
    {
        if (Weekly is { } weekly)
        {
            bool band = weekly.Any(w => w.Band is not null);
            bool adjusted = weekly.Any(w => w.AdjustedPValues is not null);
            return new ResultTable(
                $"Subgroup effects: {Outcome} by {By}",
                WeeklyEffects.ColumnNames(true, band, adjusted),
                weekly.SelectMany(w => w.Rows(true, band, adjusted)),
                weekly.Count > 0 ? weekly[0].Metadata() : null
            );
        }
        var table = WindowEffect.ToTable(Window ?? [], $"Subgroup effects: {Outcome} by {By}");
        if (AdjustedPValues is null)
        {
            return table;
        }
        var columns = table.Columns.Append("p_adjusted").ToList();
        var rows = table.Rows.Select((r, i) => (IReadOnlyList<object?>)[.. r, AdjustedPValues[i]]);
        return new ResultTable(table.Title, columns, rows, table.Metadata);
    }

    /// <summary>The tests of equal effects as a table.</summary>
    public ResultTable TestsTable() =>
        ResultTable.FromRecords(
            $"Test of equal effects across {By}",
            Tests,
            new Dictionary<string, string>
            {
                ["test"] =
                    "Cochran's Q on independent subgroup estimates, chi-square(G - 1); = metafor::rma(yi, sei = se, mods = ~ factor(g), method = \"FE\")$QM; with Neyman SEs = Wald test of t:g in lm_robust(y ~ t * g, se_type = \"HC2\")",
            }
        );

    /// <summary>Forest-plot rows for one week (weekly) or the window, one per subgroup with an estimate.</summary>
    public IReadOnlyList<ForestRow> ToForestRows(int? week = null)
    {
        var rows = new List<ForestRow>();
        if (Weekly is { } weekly)
        {
            foreach (var l in weekly)
            {
                var e =
                    week is { } w ? l.Effects.FirstOrDefault(x => x.Week == w)
                    : l.Effects.Count > 0 ? l.Effects[^1]
                    : null;
                if (e?.Inference is { } r)
                {
                    rows.Add(new ForestRow(l.Level ?? "", r.Estimate, r.ConfLow, r.ConfHigh, (int)e.NFollowed));
                }
            }
        }
        else if (Window is { } window)
        {
            foreach (var l in window)
            {
                if (l.Comparison.Inference is { } r)
                {
                    rows.Add(
                        new ForestRow(l.Level ?? "", r.Estimate, r.ConfLow, r.ConfHigh, (int)l.Comparison.NFollowed)
                    );
                }
            }
        }
        return rows;
    }
}
