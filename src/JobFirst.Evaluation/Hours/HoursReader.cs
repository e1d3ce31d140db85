using System.Runtime.ExceptionServices;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Hours;

/// <summary>
/// Reads ordinary hours files: weekly <c>person_id, iso_week, hours</c> or monthly
/// <c>person_id, month, hours</c> (<c>month</c> as <c>YYYY-MM</c>, spread equally over the ISO weeks
/// whose Thursday lies in the month). Hours must be finite, ≥ 0 and at most 168 per week (after
/// spreading); a decimal comma is accepted in semicolon files. Rows of persons not in the roster are
/// counted as hours-only and skipped; the same person-week twice is an error.
/// </summary>
/// <remarks>
/// Files of more than a few MB are cut at line breaks into chunks parsed on all cores (plain rows
/// take a byte-level fast path). The result and every error are those of a sequential read: the first
/// bad row in file order is reported (a chunk that fails makes the whole file be read again
/// sequentially to find it), and a duplicate person-week is reported after all rows are read, for
/// the first person and week in roster order, naming the file lines of its first two rows.
/// </remarks>
public static class HoursReader
{
    /// <summary>Reads weekly hours.</summary>
    /// <exception cref="InputException">Missing columns, unparseable week, invalid hours, duplicate person-week.</exception>
    public static HoursTable ReadWeekly(string path, Roster.Roster roster) =>
        Read(path, roster, HoursResolution.Weekly, null);

    /// <summary>Reads monthly hours and spreads each month equally over its ISO weeks (Thursday rule).</summary>
    /// <exception cref="InputException">Missing columns, unparseable month, invalid hours, duplicate person-month.</exception>
    public static HoursTable ReadMonthly(string path, Roster.Roster roster) =>
        Read(path, roster, HoursResolution.Monthly, null);

    /// <summary>Reads hours into a <see cref="HoursTable"/> with an explicit number of chunks (1 = sequential).</summary>
    internal static HoursTable Read(string path, Roster.Roster roster, HoursResolution resolution, int? chunks)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        var builder = new HoursTableBuilder(roster.Count);
        var linkage = ReadInto(path, roster, resolution, builder, chunks);
        return builder.Build(resolution, linkage.RowsRead, linkage.HoursOnlyRows, path);
    }

    /// <summary>
    /// Reads the hours file at <paramref name="path"/> into <paramref name="destination"/>, in parallel
    /// chunks unless <paramref name="chunks"/> says otherwise, with the errors of a sequential read.
    /// </summary>
    internal static HoursLinkage ReadInto(
        string path,
        Roster.Roster roster,
        HoursResolution resolution,
        IHoursDestination destination,
        int? chunks = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(destination);
        using var reader = DelimitedReader.Open(path);
        var columns = FindColumns(reader, path, resolution);
        long dataStart = reader.NextRecordOffset;
        int count = chunks ?? FileChunks.DefaultCount(new FileInfo(path).Length - dataStart);
        var ranges = count > 1 ? FileChunks.Split(path, dataStart, count) : [];
        long rows = 0;
        long hoursOnly = 0;
        bool done = false;
        if (ranges.Count > 1)
        {
            (done, rows, hoursOnly) = TryReadParallel(path, roster, resolution, destination, reader, columns, ranges);
            if (!done)
            {
                destination.Reset();
            }
        }
        if (!done)
        {
            var parser = new HoursRowParser(roster, resolution, columns, reader.Delimiter);
            parser.ParseAll(reader, destination.ForChunk(0), null);
            rows = parser.Rows;
            hoursOnly = parser.HoursOnly;
        }
        if (destination.TryFindFirstDuplicate(out int person, out int week))
        {
            throw DuplicateError(path, roster, resolution, columns, person, week);
        }
        return new HoursLinkage(rows, destination.MatchedPersons(), hoursOnly, resolution, path);
    }

    private static (bool Done, long Rows, long HoursOnly) TryReadParallel(
        string path,
        Roster.Roster roster,
        HoursResolution resolution,
        IHoursDestination destination,
        DelimitedReader header,
        HoursColumns columns,
        IReadOnlyList<(long Start, long Length)> ranges
    )
    {
        var stop = new StopSignal();
        var rows = new long[ranges.Count];
        var hoursOnly = new long[ranges.Count];
        try
        {
            Parallel.For(
                0,
                ranges.Count,
                new ParallelOptions { MaxDegreeOfParallelism = FileChunks.Workers(ranges.Count) },
                c =>
                {
                    if (stop.IsSet)
                    {
                        return;
                    }
                    using var chunk = DelimitedReader.OpenRange(path, header, ranges[c].Start, ranges[c].Length);
                    var parser = new HoursRowParser(roster, resolution, columns, header.Delimiter);
                    try
                    {
                        parser.ParseAll(chunk, destination.ForChunk(c), stop);
                    }
                    catch (InputException)
                    {
                        // The sequential re-read names the first bad row in file order.
                        stop.Set();
                    }
                    rows[c] = parser.Rows;
                    hoursOnly[c] = parser.HoursOnly;
                }
            );
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return (!stop.IsSet, rows.Sum(), hoursOnly.Sum());
    }

    private static HoursColumns FindColumns(DelimitedReader reader, string path, HoursResolution resolution)
    {
        int idColumn = RegisterLayout.FindIdColumn(reader.Header, path);
        string periodName = resolution == HoursResolution.Weekly ? "iso_week" : "month";
        int periodColumn = reader.FindColumn(periodName);
        int hoursColumn = reader.FindColumn("hours");
        if (periodColumn < 0 || hoursColumn < 0)
        {
            throw new InputException($"the hours file needs columns person_id, {periodName}, hours", path, 1, 0);
        }
        return new HoursColumns(idColumn, periodColumn, hoursColumn, reader.Header.Count);
    }

    // Rare: re-read the file to name the lines of the first two rows of the duplicate person-week.
    private static InputException DuplicateError(
        string path,
        Roster.Roster roster,
        HoursResolution resolution,
        HoursColumns columns,
        int person,
        int week
    )
    {
        using var reader = DelimitedReader.Open(path);
        var parser = new HoursRowParser(roster, resolution, columns, reader.Delimiter);
        long firstLine = 0;
        long secondLine = 0;
        while (reader.ReadRecord())
        {
            if (
                parser.TryLocate(reader, out int p, out int first, out int count)
                && p == person
                && week >= first
                && week < first + count
            )
            {
                if (firstLine == 0)
                {
                    firstLine = reader.Line;
                }
                else
                {
                    secondLine = reader.Line;
                    break;
                }
            }
        }
        return new InputException(
            FormattableString.Invariant(
                $"a roster person has two rows for the same {(resolution == HoursResolution.Weekly ? "week" : "month")} (lines {firstLine} and {secondLine})"
            ),
            path,
            secondLine,
            columns.Period + 1
        );
    }
}
