using System.Globalization;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Outcomes;

/// <summary>
/// First outcome after visitation by unit (seed 004:797, 811, 828, Figur 3): the share reaching employment,
/// education or flexjob first, overall and per outcome, with the municipal range on the total rows
/// ("varierer ... mellem 20,5-60 pct."). Built from <see cref="FirstOutcome.Compute"/>.
/// </summary>
/// <param name="Rows">Per unit (ordinal order) its outcome rows, then the total rows.</param>
/// <param name="Outcomes">The outcome definitions, in tie-breaking order.</param>
/// <param name="FromWeek">First event week searched.</param>
/// <param name="ToWeek">Last event week searched (null: the whole observed follow-up).</param>
/// <param name="NotInRegister">Persons absent from the register (left out of every denominator).</param>
/// <param name="TiedWeeks">Persons whose first-outcome week had more than one outcome (the earliest-listed was taken).</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record FirstOutcomeTable(
    IReadOnlyList<FirstOutcomeRow> Rows,
    IReadOnlyList<OutcomeDefinition> Outcomes,
    int FromWeek,
    int? ToWeek,
    int NotInRegister,
    int TiedWeeks,
    int MinCell
)
{
    /// <summary>Summarises per-person records by unit.</summary>
    /// <param name="records">One record per roster person (from <see cref="FirstOutcome.Compute"/>).</param>
    /// <param name="units">Per roster person, the unit.</param>
    /// <param name="outcomes">The outcome definitions the records refer to.</param>
    /// <param name="groupBy">Name of the unit column.</param>
    /// <param name="fromWeek">First event week searched.</param>
    /// <param name="toWeek">Last event week searched, or null.</param>
    /// <param name="minCell">Disclosure threshold (persons).</param>
    public static FirstOutcomeTable Summarise(
        IReadOnlyList<FirstOutcomeRecord> records,
        IReadOnlyList<string> units,
        IReadOnlyList<OutcomeDefinition> outcomes,
        string groupBy = "site",
        int fromWeek = 1,
        int? toWeek = null,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(outcomes);
        SmallCells.Check(minCell);
        if (records.Count != units.Count)
        {
            throw new ArgumentException("One unit per record is needed.", nameof(units));
        }
        string[] names = ["any", .. outcomes.Select(o => o.Name)];
        var rows = new List<FirstOutcomeRow>();
        var unitRows = new List<FirstOutcomeRow[]>();
        foreach (var unit in UnitLabels.Distinct(units))
        {
            var members = Enumerable.Range(0, records.Count).Where(i => units[i] == unit).Select(i => records[i]);
            var r = UnitRows(groupBy, RowLevel.Unit, unit, names, members, minCell);
            unitRows.Add(r);
            rows.AddRange(r);
        }
        var total = UnitRows(groupBy, RowLevel.Total, "total", names, records, minCell);
        for (int o = 0; o < total.Length; o++)
        {
            var range = UnitRange.Of(unitRows.Select(u => u[o].Share));
            total[o] = total[o] with { RangeLow = range?.Low, RangeHigh = range?.High, RangeUnits = range?.Units ?? 0 };
        }
        rows.AddRange(total);
        return new FirstOutcomeTable(
            rows,
            [.. outcomes],
            fromWeek,
            toWeek,
            records.Count(r => !r.Linked),
            records.Count(r => r.Tied),
            minCell
        );
    }

    private static FirstOutcomeRow[] UnitRows(
        string groupBy,
        RowLevel level,
        string unit,
        string[] names,
        IEnumerable<FirstOutcomeRecord> members,
        int minCell
    )
    {
        var linked = members.Where(m => m.Linked).ToList();
        int n = linked.Count;
        var rows = new FirstOutcomeRow[names.Length];
        for (int o = 0; o < names.Length; o++)
        {
            var weeks = linked
                .Where(m => o == 0 ? m.Reached : m.Outcome == o - 1)
                .Select(m => (double)m.EventWeek)
                .Order()
                .ToList();
            bool suppressed = SmallCells.TooFewPersons(n, minCell) || SmallCells.IsSmallCount(weeks.Count, minCell);
            rows[o] = new FirstOutcomeRow(
                groupBy,
                level,
                unit,
                names[o],
                n,
                suppressed ? null : weeks.Count,
                suppressed || n == 0 ? null : (double)weeks.Count / n,
                suppressed || weeks.Count == 0 ? null : Median(weeks),
                null,
                null,
                null,
                suppressed
            );
        }
        return rows;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The tidy table.</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            "First outcome after visitation",
            Rows,
            new Dictionary<string, string>
            {
                ["outcomes"] = string.Join("; ", Outcomes.Select(o => $"{o.Name} = {o.Statuses.Describe()}")),
                ["ties"] = "a week with several outcomes counts as the earliest-listed one",
                ["window"] = ToWeek is { } t
                    ? FormattableString.Invariant($"event weeks {FromWeek}..{t} (week 1 = the visitation week)")
                    : FormattableString.Invariant(
                        $"event weeks {FromWeek}.. to the end of follow-up (week 1 = the visitation week)"
                    ),
                ["not_in_register"] = NotInRegister.ToString(CultureInfo.InvariantCulture),
                ["tied_weeks"] = TiedWeeks.ToString(CultureInfo.InvariantCulture),
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["suppression"] = SmallCells.Note(MinCell),
            }
        );
}
