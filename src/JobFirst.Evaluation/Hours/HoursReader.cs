using JobFirst.Evaluation.Calendar;
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
public static class HoursReader
{
    /// <summary>Reads weekly hours.</summary>
    /// <exception cref="InputException">Missing columns, unparseable week, invalid hours, duplicate person-week.</exception>
    public static HoursTable ReadWeekly(string path, Roster.Roster roster) =>
        Read(path, roster, HoursResolution.Weekly);

    /// <summary>Reads monthly hours and spreads each month equally over its ISO weeks (Thursday rule).</summary>
    /// <exception cref="InputException">Missing columns, unparseable month, invalid hours, duplicate person-month.</exception>
    public static HoursTable ReadMonthly(string path, Roster.Roster roster) =>
        Read(path, roster, HoursResolution.Monthly);

    private static HoursTable Read(string path, Roster.Roster roster, HoursResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        using var reader = DelimitedReader.Open(path);
        int idColumn = RegisterLayout.FindIdColumn(reader.Header, path);
        string periodName = resolution == HoursResolution.Weekly ? "iso_week" : "month";
        int periodColumn = reader.FindColumn(periodName);
        int hoursColumn = reader.FindColumn("hours");
        if (periodColumn < 0 || hoursColumn < 0)
        {
            throw new InputException($"the hours file needs columns person_id, {periodName}, hours", path, 1, 0);
        }

        var entries = new List<Entry>();
        long rows = 0;
        long hoursOnly = 0;
        while (reader.ReadRecord())
        {
            rows++;
            IReadOnlyList<IsoWeek> weeks;
            if (resolution == HoursResolution.Weekly)
            {
                if (!IsoWeek.TryParse(reader[periodColumn], out var week, out _))
                {
                    throw reader.Error("iso_week is not an ISO week of the form 2016-W10", periodColumn + 1);
                }
                weeks = [week];
            }
            else
            {
                if (!YearMonth.TryParse(reader[periodColumn], out var month) || month.Year > 9998)
                {
                    throw reader.Error("month is not of the form YYYY-MM", periodColumn + 1);
                }
                weeks = month.IsoWeeks();
            }
            var cell = reader[hoursColumn];
            if (!DelimitedNumbers.TryParseDouble(cell, reader.Delimiter, out double hours))
            {
                throw reader.Error("hours is not a number", hoursColumn + 1);
            }
            if (double.IsNaN(hours))
            {
                throw reader.Error("hours is NaN", hoursColumn + 1);
            }
            if (hours < 0)
            {
                throw reader.Error("hours is negative", hoursColumn + 1);
            }
            double weekly = hours / weeks.Count;
            if (weekly > DreamWideReader.MaxWeeklyHours)
            {
                throw reader.Error(
                    resolution == HoursResolution.Weekly
                        ? "hours exceed 168 in a week"
                        : FormattableString.Invariant(
                            $"monthly hours exceed 168 a week when spread over the month's {weeks.Count} ISO weeks"
                        ),
                    hoursColumn + 1
                );
            }
            if (!roster.TryGetIndex(reader[idColumn].Trim(), out int index))
            {
                hoursOnly++;
                continue;
            }
            foreach (var w in weeks)
            {
                entries.Add(new Entry(index, w.Index, (float)weekly, reader.Line));
            }
        }

        entries.Sort(
            static (a, b) =>
                a.Person != b.Person ? a.Person.CompareTo(b.Person)
                : a.Week != b.Week ? a.Week.CompareTo(b.Week)
                : a.Line.CompareTo(b.Line)
        );
        var offsets = new int[roster.Count + 1];
        var weekIndex = new int[entries.Count];
        var values = new float[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (i > 0 && entries[i - 1].Person == e.Person && entries[i - 1].Week == e.Week)
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"a roster person has two rows for the same {(resolution == HoursResolution.Weekly ? "week" : "month")} (lines {entries[i - 1].Line} and {e.Line})"
                    ),
                    path,
                    e.Line,
                    periodColumn + 1
                );
            }
            offsets[e.Person + 1]++;
            weekIndex[i] = e.Week;
            values[i] = e.Hours;
        }
        for (int p = 0; p < roster.Count; p++)
        {
            offsets[p + 1] += offsets[p];
        }
        return new HoursTable(offsets, weekIndex, values, resolution, rows, hoursOnly, path);
    }

    private readonly record struct Entry(int Person, int Week, float Hours, long Line);
}
