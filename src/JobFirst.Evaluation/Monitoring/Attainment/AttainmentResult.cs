using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>
/// Goal attainment per unit and measure with totals (seed 004:1589-1643). Attainment measures ambition
/// (realised against the unit's own, adjustable target), not results: it is kept apart from the outcome
/// tables on purpose (004:1641, "målopfyldelse (ambitionsniveau) og resultater (output af indsatsmodellen)").
/// </summary>
/// <param name="Rows">Per measure: the unit rows (ordinal order) then the total row.</param>
/// <param name="UnitsWithoutTarget">Per measure, units with realised counts but no target row (shown with null targets, left out of the totals).</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record AttainmentResult(
    IReadOnlyList<AttainmentRow> Rows,
    IReadOnlyList<string> UnitsWithoutTarget,
    int MinCell
)
{
    /// <summary>The tidy table.</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            "Goal attainment",
            Rows,
            new Dictionary<string, string>
            {
                ["attainment"] = "realised / target; a measure of ambition, not of results (004:1641)",
                ["total"] = "sums over units with a target; ranges across shown units",
                ["units_without_target"] =
                    UnitsWithoutTarget.Count == 0 ? "none" : string.Join("; ", UnitsWithoutTarget),
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["suppression"] = SmallCells.Note(MinCell),
            }
        );
}
