using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>A table of status shares by unit and period (see <see cref="StatusShares"/>).</summary>
/// <param name="Title">Table title.</param>
/// <param name="GroupBy">The roster column defining the units.</param>
/// <param name="Definition">What a row's share means, in words.</param>
/// <param name="Statuses">Each status set's members, in words.</param>
/// <param name="Rows">The rows.</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record StatusSharesResult(
    string Title,
    string GroupBy,
    string Definition,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<StatusShareRow> Rows,
    int MinCell
)
{
    /// <summary>The tidy table.</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            Title,
            Rows,
            new Dictionary<string, string>
            {
                ["group_by"] = GroupBy,
                ["definition"] = Definition,
                ["statuses"] = string.Join("; ", Statuses),
                ["week_to_month"] = "a week belongs to the month containing its Thursday",
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["suppression"] = SmallCells.Note(MinCell),
            }
        );
}
