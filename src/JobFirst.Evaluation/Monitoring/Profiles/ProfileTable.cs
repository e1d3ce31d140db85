using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Profiles;

/// <summary>
/// A participant profile table (seed 004 Tabel 1 "kommuneprofiler" and Tabel 2 "ydelsesprofiler"): per unit
/// and trait the mean (numeric) or the majority category with its share (categorical), and a total row with
/// the range across units. Built by <see cref="ProfileBuilder"/>.
/// </summary>
/// <param name="GroupBy">The roster column defining the units.</param>
/// <param name="Traits">The traits, in column order.</param>
/// <param name="Units">Unit labels in ordinal order, with the persons in each.</param>
/// <param name="Rows">Tidy rows: for each trait, the unit rows then the total row.</param>
/// <param name="MinCell">The disclosure threshold used.</param>
public sealed partial record ProfileTable(
    string GroupBy,
    IReadOnlyList<ProfileTrait> Traits,
    IReadOnlyList<UnitSize> Units,
    IReadOnlyList<ProfileRow> Rows,
    int MinCell
)
{
    /// <summary>The tidy long table (one row per unit × trait, plus totals).</summary>
    public ResultTable ToResultTable() => ResultTable.FromRecords($"Profiles by {GroupBy}", Rows, Metadata());

    /// <summary>
    /// The report layout: one row per unit plus the total, one column per trait with the mean ("44.1") or
    /// the majority category and share ("62% female"); the total row adds the range across units in
    /// parentheses ("44.1 (30.2–45.0)", "62% female (50–87%)"). Suppressed cells read <c>&lt;min_cell</c>.
    /// </summary>
    public ResultTable ToDisplayTable()
    {
        var columns = new List<string> { GroupBy, "n" };
        columns.AddRange(Traits.Select(t => t.Name));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (unit, persons) in Units)
        {
            var cells = new List<object?> { unit, SmallCells.IsSmallCount(persons, MinCell) ? null : persons };
            cells.AddRange(Traits.Select(t => (object?)Display(Find(RowLevel.Unit, unit, t.Name), false)));
            rows.Add(cells);
        }
        var total = new List<object?> { "total", Units.Sum(u => u.Persons) };
        total.AddRange(Traits.Select(t => (object?)Display(Find(RowLevel.Total, "total", t.Name), true)));
        rows.Add(total);
        return new ResultTable($"Profiles by {GroupBy}", columns, rows, Metadata());
    }

    private ProfileRow Find(RowLevel level, string unit, string trait) =>
        Rows.First(r => r.Level == level && r.Unit == unit && r.Trait == trait);

    private string Display(ProfileRow r, bool withRange)
    {
        if (r.Suppressed || r.Value is not { } v)
        {
            return r.N == 0 ? "" : "<" + MinCell.ToString(CultureInfo.InvariantCulture);
        }
        string main =
            r.Kind == TraitKind.Numeric
                ? v.ToString("0.0", CultureInfo.InvariantCulture)
                : Percent(v) + "% " + r.Category;
        if (!withRange || r.RangeLow is not { } lo || r.RangeHigh is not { } hi)
        {
            return main;
        }
        return r.Kind == TraitKind.Numeric
            ? $"{main} ({lo.ToString("0.0", CultureInfo.InvariantCulture)}–{hi.ToString("0.0", CultureInfo.InvariantCulture)})"
            : $"{main} ({Percent(lo)}–{Percent(hi)}%)";
    }

    private static string Percent(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture);

    private Dictionary<string, string> Metadata() =>
        new()
        {
            ["group_by"] = GroupBy,
            ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
            ["suppression"] = SmallCells.Note(MinCell),
            ["numeric"] = "mean of the non-missing values; total row: the mean over all persons (range: unit means)",
            ["categorical"] =
                "majority category and its share of the non-missing values; ties go to the first category in ordinal order (tie = true); total row: the overall majority category (range: that category's share in each unit)",
            ["units"] = Units.Count.ToString(CultureInfo.InvariantCulture),
        };
}
