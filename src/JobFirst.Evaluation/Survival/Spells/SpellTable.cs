using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// The spells of one weekly status for a study's roster, with the person-level columns an analysis needs,
/// keyed pseudonymously (never the person id). Convertible to a <see cref="ResultTable"/> (the CLI's
/// <c>spells</c> output), a <see cref="DataFrame"/> (for formula-based models such as Cox or discrete-time
/// hazards) and <see cref="SurvivalData"/> (Kaplan–Meier, log-rank). Immutable.
/// </summary>
/// <remarks>
/// Columns: <c>key, spell, entry_week, last_week, length, weeks_in_status, time, event, end_reason,
/// exit_week, exit_category, exit_group, ongoing_at_entry</c>, then <c>arm, treatment</c> (0/1),
/// <c>site, target_group</c>, the roster covariates, and <c>hist_weeks_observed, hist_weeks_employed,
/// hist_weeks_self_supporting, hist_weeks_sick</c>. Booleans are written 0/1.
/// </remarks>
public sealed partial class SpellTable
{
    private readonly List<PersonTableColumns.Column> _columns;
    private readonly string? _rosterFile;

    internal SpellTable(
        SpellOptions options,
        IReadOnlyList<Spell> spells,
        IReadOnlyList<SpellPerson> persons,
        IReadOnlyList<string> covariateNames,
        ExtractWindow window,
        string? rosterFile,
        int excludedOngoing = 0
    )
    {
        Options = options;
        Spells = spells;
        Persons = persons;
        CovariateNames = covariateNames;
        Window = window;
        ExcludedOngoingAtEntry = excludedOngoing;
        _columns =
        [
            new("key", true, (i, _) => Spells[i].Key),
            new("spell", true, (i, _) => Spells[i].SpellNumber),
            new("entry_week", true, (i, _) => Spells[i].EntryWeek),
            new("last_week", true, (i, _) => Spells[i].LastWeek),
            new("length", true, (i, _) => Spells[i].Length),
            new("weeks_in_status", true, (i, _) => Spells[i].WeeksInStatus),
            new("time", true, (i, _) => Spells[i].Time),
            new("event", true, (i, _) => Spells[i].Event ? 1 : 0),
            new("end_reason", false, (i, _) => ResultTable.SnakeCase(Spells[i].EndReason.ToString())),
            new("exit_week", true, (i, _) => Spells[i].ExitWeek),
            new("exit_category", false, (i, _) => Spells[i].ExitCategory),
            new(
                "exit_group",
                false,
                (i, _) => Spells[i].ExitGroup is { } g ? ResultTable.SnakeCase(g.ToString()) : null
            ),
            new("ongoing_at_entry", true, (i, _) => Spells[i].OngoingAtEntry ? 1 : 0),
            .. PersonTableColumns.PersonColumns(covariateNames, persons),
        ];
        PersonTableColumns.CheckNames(_columns, rosterFile);
        _rosterFile = rosterFile;
    }

    /// <summary>How the spells were built.</summary>
    public SpellOptions Options { get; }

    /// <summary>The spells, by key then spell number.</summary>
    public IReadOnlyList<Spell> Spells { get; }

    /// <summary>Every roster person (index = key − 1), including those without spells.</summary>
    public IReadOnlyList<SpellPerson> Persons { get; }

    /// <summary>Roster covariate names (columns after <c>target_group</c>).</summary>
    public IReadOnlyList<string> CovariateNames { get; }

    /// <summary>The register extract.</summary>
    public ExtractWindow Window { get; }

    /// <summary>Column names in output order.</summary>
    public IReadOnlyList<string> ColumnNames => [.. _columns.Select(c => c.Name)];

    /// <summary>Spells ongoing in event week 1 removed by <see cref="WithoutOngoingAtEntry"/> (0 otherwise).</summary>
    public int ExcludedOngoingAtEntry { get; }

    /// <summary>Persons followed at least one week after visitation.</summary>
    public int PersonsFollowed => Persons.Count(p => p.ObservedWeeks > 0);

    /// <summary>Persons with at least one spell.</summary>
    public int PersonsWithSpells => Spells.Select(s => s.Key).Distinct().Count();

    /// <summary>Spells ending inside follow-up.</summary>
    public int Events => Spells.Count(s => s.Event);

    /// <summary>
    /// The same table without spells ongoing in event week 1 (left-truncated, true start unknown); the number
    /// removed is kept in <see cref="ExcludedOngoingAtEntry"/> and the metadata.
    /// </summary>
    public SpellTable WithoutOngoingAtEntry()
    {
        var kept = Spells.Where(s => !s.OngoingAtEntry).ToList();
        return new SpellTable(
            Options,
            kept,
            Persons,
            CovariateNames,
            Window,
            _rosterFile,
            ExcludedOngoingAtEntry + Spells.Count - kept.Count
        );
    }

    /// <summary>Only each person's first spell (<see cref="Spell.SpellNumber"/> 1 after any exclusion).</summary>
    public SpellTable FirstSpells()
    {
        var kept = Spells.GroupBy(s => s.Key).Select(g => g.First()).ToList();
        return new SpellTable(Options, kept, Persons, CovariateNames, Window, _rosterFile, ExcludedOngoingAtEntry);
    }

    /// <summary>Counts and conventions for table metadata and stderr summaries.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["status"] = Options.Status.Name,
            ["max_bridged_gap"] = I(Options.MaxBridgedGap),
            ["censored_time"] = ResultTable.SnakeCase(Options.CensoredTime.ToString()),
            ["extract"] = $"{Window.First}..{Window.Last}",
            ["persons_in_roster"] = I(Persons.Count),
            ["persons_followed"] = I(PersonsFollowed),
            ["persons_with_spells"] = I(PersonsWithSpells),
            ["spells"] = I(Spells.Count),
            ["events"] = I(Events),
            ["ongoing_at_entry"] = I(Spells.Count(s => s.OngoingAtEntry)),
            ["excluded_ongoing_at_entry"] = I(ExcludedOngoingAtEntry),
            ["key"] = "pseudonymous: roster order, never the person id",
        };
    }

    /// <summary>The table as a <see cref="ResultTable"/> (one row per spell).</summary>
    public ResultTable ToResultTable() =>
        PersonTableColumns.ToResultTable($"Spells of {Options.Status.Name}", _columns, Rows(), Metadata());

    /// <summary>The table as a <see cref="DataFrame"/> with the same columns (numbers as doubles, NaN = missing).</summary>
    public DataFrame ToDataFrame() => PersonTableColumns.ToDataFrame(_columns, Rows());

    /// <summary>
    /// The spells as survival data: <c>time</c>, <c>event</c>, grouped by <paramref name="group"/> (a column
    /// name, default <c>arm</c>), optionally stratified, clustered by person <c>key</c>.
    /// </summary>
    public SurvivalData ToSurvivalData(string? group = "arm", string? strata = null) =>
        SurvivalData.FromFrame(
            ToDataFrame(),
            new SurvivalColumns("time", "event", Group: group, Strata: strata, Cluster: "key")
        );

    private List<(int Row, SpellPerson Person)> Rows() => [.. Spells.Select((s, i) => (i, Persons[s.Key - 1]))];
}
