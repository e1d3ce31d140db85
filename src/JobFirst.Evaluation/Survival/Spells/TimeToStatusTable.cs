using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// Time from visitation to the first week in a status (default: first ordinary hours), one row per person
/// followed at least one week, keyed pseudonymously. Columns: <c>key, time, event, end_reason</c>, then the
/// person columns of <see cref="SpellTable"/>. Immutable.
/// </summary>
public sealed partial class TimeToStatusTable
{
    private readonly List<PersonTableColumns.Column> _columns;

    internal TimeToStatusTable(
        SpellStatus status,
        IReadOnlyList<TimeToStatus> rows,
        IReadOnlyList<SpellPerson> persons,
        IReadOnlyList<string> covariateNames,
        ExtractWindow window,
        string? rosterFile
    )
    {
        Status = status;
        Rows = rows;
        Persons = persons;
        Window = window;
        _columns =
        [
            new("key", true, (i, _) => Rows[i].Key),
            new("time", true, (i, _) => Rows[i].Time),
            new("event", true, (i, _) => Rows[i].Event ? 1 : 0),
            new("end_reason", false, (i, _) => ResultTable.SnakeCase(Rows[i].EndReason.ToString())),
            .. PersonTableColumns.PersonColumns(covariateNames, persons),
        ];
        PersonTableColumns.CheckNames(_columns, rosterFile);
    }

    /// <summary>The status waited for.</summary>
    public SpellStatus Status { get; }

    /// <summary>One row per person followed at least one week, in key order.</summary>
    public IReadOnlyList<TimeToStatus> Rows { get; }

    /// <summary>Every roster person (index = key − 1).</summary>
    public IReadOnlyList<SpellPerson> Persons { get; }

    /// <summary>The register extract.</summary>
    public ExtractWindow Window { get; }

    /// <summary>Counts for metadata.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["status"] = Status.Name,
            ["extract"] = $"{Window.First}..{Window.Last}",
            ["persons_in_roster"] = I(Persons.Count),
            ["persons_not_followed"] = I(Persons.Count - Rows.Count),
            ["persons"] = I(Rows.Count),
            ["events"] = I(Rows.Count(r => r.Event)),
            ["key"] = "pseudonymous: roster order, never the person id",
        };
    }

    /// <summary>The table as a <see cref="ResultTable"/>.</summary>
    public ResultTable ToResultTable() =>
        PersonTableColumns.ToResultTable($"Time to first {Status.Name}", _columns, Pairs(), Metadata());

    /// <summary>The table as a <see cref="DataFrame"/>.</summary>
    public DataFrame ToDataFrame() => PersonTableColumns.ToDataFrame(_columns, Pairs());

    /// <summary>As survival data grouped by <paramref name="group"/> (default <c>arm</c>).</summary>
    public SurvivalData ToSurvivalData(string? group = "arm", string? strata = null) =>
        SurvivalData.FromFrame(ToDataFrame(), new SurvivalColumns("time", "event", Group: group, Strata: strata));

    private List<(int Row, SpellPerson Person)> Pairs() => [.. Rows.Select((r, i) => (i, Persons[r.Key - 1]))];
}
