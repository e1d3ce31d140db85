using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Hours;

/// <summary>
/// Weekly ordinary (unsubsidised) hours per roster person, stored sparsely: only the person-weeks
/// present in the hours file. A person-week absent from the file has zero ordinary hours. Also
/// carries the linkage counts of the hours file (no person identifiers).
/// </summary>
public sealed class HoursTable
{
    private readonly int[] _offsets;
    private readonly int[] _weeks;
    private readonly float[] _hours;

    internal HoursTable(
        int[] offsets,
        int[] weeks,
        float[] hours,
        HoursResolution resolution,
        long rowsRead,
        long hoursOnlyRows,
        string? sourceFile
    )
    {
        _offsets = offsets;
        _weeks = weeks;
        _hours = hours;
        Resolution = resolution;
        RowsRead = rowsRead;
        HoursOnlyRows = hoursOnlyRows;
        SourceFile = sourceFile;
        int matched = 0;
        for (int i = 0; i + 1 < offsets.Length; i++)
        {
            if (offsets[i + 1] > offsets[i])
            {
                matched++;
            }
        }
        MatchedPersons = matched;
    }

    /// <summary>Number of roster persons the table is indexed by.</summary>
    public int RosterCount => _offsets.Length - 1;

    /// <summary>Whether the hours came weekly or were spread from months.</summary>
    public HoursResolution Resolution { get; }

    /// <summary>Data rows read from the hours file.</summary>
    public long RowsRead { get; }

    /// <summary>Rows whose person is not in the roster (skipped; reported as hours-only).</summary>
    public long HoursOnlyRows { get; }

    /// <summary>Roster persons with at least one row in the hours file.</summary>
    public int MatchedPersons { get; }

    /// <summary>The file the hours came from, if any.</summary>
    public string? SourceFile { get; }

    /// <summary>The linkage counts of the hours file.</summary>
    public HoursLinkage Linkage => new(RowsRead, MatchedPersons, HoursOnlyRows, Resolution, SourceFile);

    /// <summary>Number of stored person-weeks.</summary>
    public int PersonWeeks => _weeks.Length;

    /// <summary>
    /// Writes person <paramref name="rosterIndex"/>'s weekly hours for weeks
    /// <paramref name="first"/> .. <paramref name="first"/> + destination.Length − 1 into
    /// <paramref name="destination"/> (hours per week; zero where the file has no row).
    /// </summary>
    public void FillWeekly(int rosterIndex, IsoWeek first, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rosterIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rosterIndex, RosterCount);
        destination.Clear();
        int start = first.Index;
        for (int i = _offsets[rosterIndex]; i < _offsets[rosterIndex + 1]; i++)
        {
            int k = _weeks[i] - start;
            if ((uint)k < (uint)destination.Length)
            {
                destination[k] = _hours[i];
            }
        }
    }

    /// <summary>An empty table (no hours for anyone) for a roster of <paramref name="rosterCount"/> persons.</summary>
    public static HoursTable Empty(int rosterCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rosterCount);
        return new HoursTable(new int[rosterCount + 1], [], [], HoursResolution.Weekly, 0, 0, null);
    }
}
