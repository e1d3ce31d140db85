using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Linkage;

/// <summary>
/// The roster ↔ register (↔ hours) linkage table evaluators publish alongside an effect analysis
/// (cf. the discrepancy table of seed 004, Tabel 1): rows read per source, persons matched, roster
/// persons absent from the register (reported, never silently dropped), register-only and
/// hours-only rows, duplicates, and what was excluded and why. Counts only, never identifiers.
/// </summary>
/// <param name="RosterPersons">Persons in the roster (one row each).</param>
/// <param name="RegisterRows">Data rows read from the register.</param>
/// <param name="RegisterMatched">Roster persons found in the register.</param>
/// <param name="RosterOnly">Roster persons absent from the register (kept in the roster; no register weeks).</param>
/// <param name="RegisterOnlyRows">Register rows of persons not in the roster.</param>
/// <param name="RegisterDuplicateRows">Repeated register rows of roster persons (first kept).</param>
/// <param name="UnknownCodeCells">Register cells whose code the codebook does not map, mapped to <c>other</c>.</param>
/// <param name="UnknownCodes">Each unmapped code with its cell count.</param>
/// <param name="HoursRows">Data rows read from the hours file (null without hours).</param>
/// <param name="HoursMatched">Roster persons with at least one hours row (null without hours).</param>
/// <param name="HoursOnlyRows">Hours rows of persons not in the roster (null without hours).</param>
/// <param name="Excluded">What was left out and why.</param>
public sealed partial record LinkageReport(
    int RosterPersons,
    long RegisterRows,
    int RegisterMatched,
    int RosterOnly,
    long RegisterOnlyRows,
    long RegisterDuplicateRows,
    long UnknownCodeCells,
    IReadOnlyList<UnknownCodeCount> UnknownCodes,
    long? HoursRows,
    int? HoursMatched,
    long? HoursOnlyRows,
    IReadOnlyList<ExclusionCount> Excluded
)
{
    /// <summary>Builds the report from a roster, a finished register scan and optional hours.</summary>
    public static LinkageReport Create(Roster.Roster roster, RegisterScanResult register, HoursTable? hours) =>
        FromCounts(roster, register, hours?.Linkage);

    /// <summary>Builds the report from a roster, a finished register scan and the counts of an optional hours file.</summary>
    public static LinkageReport FromCounts(Roster.Roster roster, RegisterScanResult register, HoursLinkage? hours)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(register);
        var excluded = new List<ExclusionCount>();
        if (register.RegisterOnlyRows > 0)
        {
            excluded.Add(new ExclusionCount("register", "person not in the roster", register.RegisterOnlyRows));
        }
        if (register.DuplicateRows > 0)
        {
            excluded.Add(
                new ExclusionCount(
                    "register",
                    "repeated row of a roster person (first row kept)",
                    register.DuplicateRows
                )
            );
        }
        if (hours is { HoursOnlyRows: > 0 })
        {
            excluded.Add(new ExclusionCount("hours", "person not in the roster", hours.HoursOnlyRows));
        }
        return new LinkageReport(
            roster.Count,
            register.RowsRead,
            register.MatchedPersons,
            register.RosterOnlyPersons,
            register.RegisterOnlyRows,
            register.DuplicateRows,
            register.UnknownCodeCells,
            register.UnknownCodes,
            hours?.RowsRead,
            hours?.MatchedPersons,
            hours?.HoursOnlyRows,
            excluded
        );
    }

    /// <summary>The report as tidy rows <c>source, measure, count</c>, in a fixed order.</summary>
    public IReadOnlyList<LinkageRow> ToRows()
    {
        var rows = new List<LinkageRow>
        {
            new("roster", "rows_read", RosterPersons),
            // Repeated persons in the roster or repeated person-weeks in the hours stop the run with an
            // error naming both lines, so a finished report always shows zero for them.
            new("roster", "duplicates", 0),
            new("register", "rows_read", RegisterRows),
            new("register", "matched", RegisterMatched),
            new("register", "roster_only", RosterOnly),
            new("register", "register_only", RegisterOnlyRows),
            new("register", "duplicates", RegisterDuplicateRows),
            new("register", "unknown_code_cells_mapped_to_other", UnknownCodeCells),
        };
        rows.AddRange(
            UnknownCodes.Select(u => new LinkageRow("register", "unknown_code_mapped_to_other: " + u.Code, u.Cells))
        );
        if (HoursRows is { } hoursRows)
        {
            rows.Add(new("hours", "rows_read", hoursRows));
            rows.Add(new("hours", "matched", HoursMatched ?? 0));
            rows.Add(new("hours", "roster_without_hours", RosterPersons - (HoursMatched ?? 0)));
            rows.Add(new("hours", "hours_only", HoursOnlyRows ?? 0));
            rows.Add(new("hours", "duplicates", 0));
        }
        foreach (var e in Excluded)
        {
            rows.Add(new(e.Source, "excluded: " + e.Reason, e.Count));
        }
        return rows;
    }
}
