using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Statuses;

/// <summary>
/// The result requirement per unit and the number of units meeting it ("84 ud af 88 kommuner har indfriet
/// projektets resultatkrav", 003:27).
/// </summary>
/// <param name="Status">The status set's name and members.</param>
/// <param name="Threshold">X: the share required (0.40 in seed 003).</param>
/// <param name="Months">N: consecutive months (3 in seed 003).</param>
/// <param name="Rule">How the window's share is computed.</param>
/// <param name="Membership">Who is in a window's denominator.</param>
/// <param name="Rows">One row per unit, ordinal order.</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record RequirementResult(
    string Status,
    double Threshold,
    int Months,
    RequirementRule Rule,
    WindowMembership Membership,
    IReadOnlyList<RequirementRow> Rows,
    int MinCell
)
{
    /// <summary>Units meeting the requirement (suppressed units are assessed too: the count is not a person cell).</summary>
    public int UnitsMeeting { get; init; }

    /// <summary>Units assessed (with at least one window of persons).</summary>
    public int UnitsAssessed { get; init; }

    /// <summary>The threshold as text, e.g. <c>40%</c>.</summary>
    public string ThresholdPercent => (100 * Threshold).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>All units.</summary>
    public int Units => Rows.Count;

    /// <summary>The per-unit table.</summary>
    public ResultTable ToResultTable() => ResultTable.FromRecords("Result requirement by unit", Rows, Metadata());

    /// <summary>The one-row summary: units meeting of units assessed ("X of N").</summary>
    public ResultTable ToSummaryTable() =>
        new(
            "Result requirement",
            ["status", "threshold", "months", "rule", "units_meeting", "units_assessed", "units"],
            [
                [Status, Threshold, Months, ResultTable.SnakeCase(Rule.ToString()), UnitsMeeting, UnitsAssessed, Units],
            ],
            Metadata()
        );

    private Dictionary<string, string> Metadata() =>
        new()
        {
            ["requirement"] = string.Create(
                CultureInfo.InvariantCulture,
                $"at least {ThresholdPercent} of the group in {Status} over {Months} consecutive months (003:27)"
            ),
            ["rule"] =
                Rule == RequirementRule.AtLeastOnceInWindow
                    ? "window share = persons in the statuses in at least one week of the window / persons in the group in the window"
                    : "window share = the smallest monthly share in the window (each month: persons in the statuses in some week / persons observed)",
            ["membership"] = ResultTable.SnakeCase(Membership.ToString()),
            ["met"] = "best window share >= threshold (inclusive); ties between windows go to the earliest",
            ["units_meeting"] = FormattableString.Invariant(
                $"{UnitsMeeting} of {UnitsAssessed} assessed ({Units} units)"
            ),
            ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
            ["suppression"] =
                "units with fewer than min_cell persons: share and met suppressed (still counted in units_meeting)",
        };
}
