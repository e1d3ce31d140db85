using System.Globalization;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>A screening funnel by unit with the total and ranges across units (seed 004:453, 1428-1437).</summary>
/// <param name="GroupBy">The group column.</param>
/// <param name="Stages">Stage names in funnel order.</param>
/// <param name="Rows">Per unit (ordinal order) its stages, then the total's stages.</param>
/// <param name="Ordering">How out-of-order rows were handled.</param>
/// <param name="InconsistentRows">Rows reaching a stage without an earlier one (counted only from the first missing stage on; always 0 with <see cref="FunnelOrdering.Strict"/>).</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record FunnelResult(
    string GroupBy,
    IReadOnlyList<string> Stages,
    IReadOnlyList<FunnelRow> Rows,
    FunnelOrdering Ordering,
    int InconsistentRows,
    int MinCell
)
{
    /// <summary>The tidy table.</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            $"Screening funnel by {GroupBy}",
            Rows,
            new Dictionary<string, string>
            {
                ["group_by"] = GroupBy,
                ["stages"] = string.Join(" -> ", Stages),
                ["step_rate"] = "count / previous stage's count",
                ["overall_rate"] = "count / first stage's count",
                ["ordering"] = ResultTable.SnakeCase(Ordering.ToString()),
                ["inconsistent_rows"] = InconsistentRows.ToString(CultureInfo.InvariantCulture),
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["suppression"] = SmallCells.Note(MinCell),
            }
        );

    /// <summary>
    /// The input of <see cref="ScreeningFunnelFigure.Build"/> for one unit (or <c>total</c>): one
    /// <see cref="FunnelStage"/> per stage with its label and count. A suppressed count is passed as 1 so the
    /// figure's own small-cell rule (1..min−1) hides it too.
    /// </summary>
    /// <param name="unit">The unit's label, or <c>total</c>.</param>
    /// <param name="labels">Display labels per stage (default: the stage names).</param>
    public IReadOnlyList<FunnelStage> ToFigureStages(string unit = "total", IReadOnlyList<string>? labels = null)
    {
        var level = unit == "total" ? RowLevel.Total : RowLevel.Unit;
        var rows = Rows.Where(r => r.Level == level && r.Unit == unit).OrderBy(r => r.StageIndex).ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException($"No unit '{unit}' in the funnel.", nameof(unit));
        }
        if (labels is not null && labels.Count != rows.Count)
        {
            throw new ArgumentException($"Expected {rows.Count} labels.", nameof(labels));
        }
        return [.. rows.Select((r, i) => new FunnelStage(labels?[i] ?? r.Stage, r.Count ?? 1))];
    }
}
