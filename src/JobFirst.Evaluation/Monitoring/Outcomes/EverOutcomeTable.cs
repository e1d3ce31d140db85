using System.Globalization;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Outcomes;

/// <summary>
/// "Ever" indicators over a window of event weeks by unit (issue 2, item 6; <see cref="EverStatus"/>): the share
/// of persons followed through weeks <see cref="FromWeek"/>..<see cref="ToWeek"/> who were in each outcome in at
/// least one of them. Unlike the first outcome, outcomes are not exclusive: a person can count for several.
/// </summary>
/// <param name="Rows">Per outcome, the unit rows (ordinal order) then the total row.</param>
/// <param name="FromWeek">First event week of the window.</param>
/// <param name="ToWeek">Last event week of the window.</param>
/// <param name="NotFollowed">Persons left out because they were not followed through the whole window (or are absent from the register).</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record EverOutcomeTable(
    IReadOnlyList<EverOutcomeRow> Rows,
    int FromWeek,
    int ToWeek,
    int NotFollowed,
    int MinCell
)
{
    /// <summary>Computes the table from the panel.</summary>
    public static EverOutcomeTable Compute(
        EventPanel panel,
        IReadOnlyList<string> units,
        IReadOnlyList<OutcomeDefinition> outcomes,
        int fromWeek,
        int toWeek,
        string groupBy = "site",
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(outcomes);
        SmallCells.Check(minCell);
        var labels = UnitLabels.Distinct(units);
        var rows = new List<EverOutcomeRow>();
        int notFollowed = 0;
        foreach (var outcome in outcomes)
        {
            var ever = EverStatus.Compute(panel, outcome.Statuses, fromWeek, toWeek);
            notFollowed = ever.Count(double.IsNaN);
            var unitRows = labels
                .Select(u =>
                    Row(
                        groupBy,
                        RowLevel.Unit,
                        u,
                        outcome.Name,
                        Enumerable.Range(0, ever.Length).Where(i => units[i] == u).Select(i => ever[i]),
                        minCell
                    )
                )
                .ToList();
            var total = Row(groupBy, RowLevel.Total, "total", outcome.Name, ever, minCell);
            var range = UnitRange.Of(unitRows.Select(r => r.Share));
            rows.AddRange(unitRows);
            rows.Add(total with { RangeLow = range?.Low, RangeHigh = range?.High, RangeUnits = range?.Units ?? 0 });
        }
        return new EverOutcomeTable(rows, fromWeek, toWeek, notFollowed, minCell);
    }

    private static EverOutcomeRow Row(
        string groupBy,
        RowLevel level,
        string unit,
        string outcome,
        IEnumerable<double> values,
        int minCell
    )
    {
        int n = 0,
            count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                n++;
                count += v > 0 ? 1 : 0;
            }
        }
        bool suppressed = SmallCells.TooFewPersons(n, minCell) || SmallCells.IsSmallCount(count, minCell);
        return new EverOutcomeRow(
            groupBy,
            level,
            unit,
            outcome,
            n,
            suppressed ? null : count,
            suppressed || n == 0 ? null : (double)count / n,
            null,
            null,
            null,
            suppressed
        );
    }

    /// <summary>The tidy table.</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            FormattableString.Invariant($"Ever in outcome, event weeks {FromWeek}..{ToWeek}"),
            Rows,
            new Dictionary<string, string>
            {
                ["window"] = FormattableString.Invariant(
                    $"event weeks {FromWeek}..{ToWeek} (week 1 = the visitation week); complete-window rule"
                ),
                ["not_followed"] = NotFollowed.ToString(CultureInfo.InvariantCulture),
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["suppression"] = SmallCells.Note(MinCell),
            }
        );
}
