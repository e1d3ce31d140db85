using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Reads a DREAM register in long form, <c>person_id, iso_week, code</c> (one row per person-week,
/// <c>iso_week</c> as <c>2016-W10</c>, rows in any order), and hands each roster person's weekly
/// categories to the same <see cref="RegisterPersonHandler"/> as <see cref="DreamWideReader"/>.
/// </summary>
/// <remarks>
/// The extract runs from the earliest to the latest <c>iso_week</c> in the file; a person-week absent
/// from the file is <see cref="BenefitCategory.SelfSupport"/> (as a blank wide cell). Only rows of roster
/// persons are kept (memory ∝ the roster's person-weeks); every row is tokenised because its week
/// bounds the extract. The handler is called after the whole file is read, in roster order, with
/// reused buffers; <c>gradWeeklyHours</c> is always empty.
/// </remarks>
public static class DreamLongReader
{
    /// <summary>Reads the long register at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">
    /// Missing columns, a week that does not parse, the same roster person-week twice (unless
    /// <see cref="DuplicateRowPolicy.KeepFirst"/>), unknown codes under <see cref="UnknownCodePolicy.Error"/>.
    /// </exception>
    public static RegisterScanResult Scan(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        RegisterPersonHandler onPerson
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onPerson);

        using var reader = DelimitedReader.Open(path);
        int idColumn = RegisterLayout.FindIdColumn(reader.Header, path);
        int weekColumn = RequireColumn(reader, "iso_week");
        int codeColumn = RequireColumn(reader, "code");
        string[] ignored = [.. reader.Header.Where((_, c) => c != idColumn && c != weekColumn && c != codeColumn)];

        var entries = new List<Entry>();
        var unknown = new UnknownCodeTally();
        long rows = 0;
        long registerOnly = 0;
        int minWeek = int.MaxValue;
        int maxWeek = int.MinValue;
        while (reader.ReadRecord())
        {
            rows++;
            if (!IsoWeek.TryParse(reader[weekColumn], out var week, out _))
            {
                throw reader.Error("iso_week is not an ISO week of the form 2016-W10", weekColumn + 1);
            }
            minWeek = Math.Min(minWeek, week.Index);
            maxWeek = Math.Max(maxWeek, week.Index);
            if (!roster.TryGetIndex(reader[idColumn].Trim(), out int index))
            {
                registerOnly++;
                continue;
            }
            var cell = reader[codeColumn];
            if (!codebook.TryMap(cell, week, out var category))
            {
                unknown.Add(cell, reader.Line, codeColumn + 1);
                category = BenefitCategory.Other;
            }
            entries.Add(new Entry(index, week.Index, category, reader.Line));
        }
        if (unknown.Total > 0 && options.UnknownCodes == UnknownCodePolicy.Error)
        {
            throw unknown.ToException(path);
        }
        if (rows == 0)
        {
            throw new InputException(
                "the register has a header but no rows, so the extract's weeks are unknown",
                path,
                2,
                0
            );
        }

        var first = IsoWeek.FromIndex(minWeek);
        var layout = RegisterLayout.ForLong(
            idColumn,
            reader.Header[idColumn],
            first,
            IsoWeek.FromIndex(maxWeek),
            ignored
        );
        entries.Sort(
            static (a, b) =>
                a.Person != b.Person ? a.Person.CompareTo(b.Person)
                : a.Week != b.Week ? a.Week.CompareTo(b.Week)
                : a.Line.CompareTo(b.Line)
        );

        var categories = new BenefitCategory[layout.WeekCount];
        long duplicates = 0;
        int matched = 0;
        int i = 0;
        while (i < entries.Count)
        {
            int person = entries[i].Person;
            Array.Clear(categories);
            int previousWeek = int.MinValue;
            long previousLine = 0;
            for (; i < entries.Count && entries[i].Person == person; i++)
            {
                var e = entries[i];
                if (e.Week == previousWeek)
                {
                    duplicates++;
                    if (options.DuplicateRows == DuplicateRowPolicy.Error)
                    {
                        throw new InputException(
                            FormattableString.Invariant(
                                $"a roster person has two rows for week {IsoWeek.FromIndex(e.Week)} (lines {previousLine} and {e.Line})"
                            ),
                            path,
                            e.Line,
                            weekColumn + 1
                        );
                    }
                    continue;
                }
                categories[e.Week - minWeek] = e.Category;
                previousWeek = e.Week;
                previousLine = e.Line;
            }
            matched++;
            onPerson(person, categories, ReadOnlySpan<float>.Empty);
        }
        return new RegisterScanResult(
            layout,
            rows,
            matched,
            roster.Count - matched,
            registerOnly,
            duplicates,
            unknown.ToList(),
            options.UnknownCodes
        );
    }

    private static int RequireColumn(DelimitedReader reader, string name)
    {
        int c = reader.FindColumn(name);
        return c >= 0 ? c : throw new InputException($"the long register has no '{name}' column", reader.File, 1, 0);
    }

    private readonly record struct Entry(int Person, int Week, BenefitCategory Category, long Line);
}
