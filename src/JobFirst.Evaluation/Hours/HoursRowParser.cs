using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Hours;

/// <summary>
/// Parses the rows of one chunk of an hours file (or the whole file) and hands the rows of roster
/// persons to a sink. Plain rows take a byte-level fast path; anything it does not accept goes
/// through the general decode-tokenise-validate path, which alone raises errors.
/// </summary>
/// <remarks>
/// The fast path accepts a row only when the general path would accept it with the same values: ASCII
/// bytes without quotes, as many fields as the header, an id without surrounding blanks, the period as
/// <c>YYYY-Www</c> (weekly) or <c>YYYY-MM</c>/<c>YYYY_MM</c> (monthly) naming a valid week or month, and
/// hours as at most 15 digits with an optional decimal mark (<c>.</c>, or <c>,</c> in semicolon files),
/// within 168 a week. Such a number is an exact integer divided by an exact power of ten, and IEEE
/// division rounds correctly, so it equals what <see cref="double.TryParse(ReadOnlySpan{char}, out double)"/>
/// returns. Hours files are usually sorted by person, so the last id's roster index is reused when
/// the next row has the same id bytes.
/// </remarks>
internal sealed class HoursRowParser
{
    private const int MaxFastIdBytes = 128;
    private const int MaxYear = 9998;
    private static readonly double[] PowersOfTen =
    [
        1,
        1e1,
        1e2,
        1e3,
        1e4,
        1e5,
        1e6,
        1e7,
        1e8,
        1e9,
        1e10,
        1e11,
        1e12,
        1e13,
        1e14,
        1e15,
    ];

    private readonly Roster.Roster _roster;
    private readonly HoursResolution _resolution;
    private readonly int _idColumn;
    private readonly int _periodColumn;
    private readonly int _hoursColumn;
    private readonly int _fieldCount;
    private readonly byte _delimiter;
    private readonly char[] _idChars = new char[MaxFastIdBytes];
    private readonly byte[] _lastId = new byte[MaxFastIdBytes];
    private int _lastIdLength = -1;
    private int _lastIndex = -1;
    private readonly int[] _weekOneIndexPlusOne = new int[MaxYear + 1];
    private readonly byte[] _weeksInYear = new byte[MaxYear + 1];
    private readonly Dictionary<int, (int First, int Count)> _months = [];

    public HoursRowParser(Roster.Roster roster, HoursResolution resolution, HoursColumns columns, char delimiter)
    {
        _roster = roster;
        _resolution = resolution;
        _idColumn = columns.Id;
        _periodColumn = columns.Period;
        _hoursColumn = columns.Hours;
        _fieldCount = columns.FieldCount;
        _delimiter = (byte)delimiter;
    }

    /// <summary>Data rows read.</summary>
    public long Rows { get; private set; }

    /// <summary>Rows whose person is not in the roster.</summary>
    public long HoursOnly { get; private set; }

    /// <summary>Reads every remaining record of <paramref name="reader"/>; stops early when <paramref name="stop"/> is set.</summary>
    /// <exception cref="Errors.InputException">The first bad row (general path).</exception>
    public void ParseAll(DelimitedReader reader, IHoursRowSink sink, StopSignal? stop)
    {
        while (reader.BeginRecord())
        {
            Rows++;
            if ((Rows & 1023) == 0 && stop is { IsSet: true })
            {
                return;
            }
            if (reader.RecordHasQuote || !TryFast(reader.RawRecord, sink))
            {
                reader.Tokenize();
                General(reader, sink);
            }
        }
    }

    private bool TryFast(ReadOnlySpan<byte> row, IHoursRowSink sink)
    {
        int idStart = 0,
            idEnd = 0,
            periodStart = 0,
            periodEnd = 0,
            hoursStart = 0,
            hoursEnd = 0;
        byte delimiter = _delimiter;
        int start = 0;
        for (int field = 0; field < _fieldCount; field++)
        {
            bool last = field + 1 == _fieldCount;
            int end = row.Length;
            if (!last)
            {
                int k = row[start..].IndexOf(delimiter);
                if (k < 0)
                {
                    return false;
                }
                end = start + k;
            }
            if (field == _idColumn)
            {
                (idStart, idEnd) = (start, end);
                // The period and hours parsers accept only ASCII digits and marks, so a delimiter left in
                // their last field (too many fields) fails them; an id must be checked.
                if (last && row[start..end].Contains(delimiter))
                {
                    return false;
                }
            }
            else if (field == _periodColumn)
            {
                (periodStart, periodEnd) = (start, end);
            }
            else if (field == _hoursColumn)
            {
                (hoursStart, hoursEnd) = (start, end);
            }
            else if (!System.Text.Ascii.IsValid(row[start..end]) || (last && row[start..end].Contains(delimiter)))
            {
                return false;
            }
            start = end + 1;
        }
        var period = row[periodStart..periodEnd];
        int first;
        int count;
        if (_resolution == HoursResolution.Weekly)
        {
            if (!TryParseWeek(period, out first))
            {
                return false;
            }
            count = 1;
        }
        else if (!TryParseMonth(period, out first, out count))
        {
            return false;
        }
        if (!TryParseHours(row[hoursStart..hoursEnd], out double hours))
        {
            return false;
        }
        double weekly = hours / count;
        if (weekly > DreamWideReader.MaxWeeklyHours)
        {
            return false;
        }
        var id = row[idStart..idEnd];
        if (id.IsEmpty || id.Length > MaxFastIdBytes || id[0] <= (byte)' ' || id[^1] <= (byte)' ')
        {
            return false;
        }
        int index;
        if (id.Length == _lastIdLength && id.SequenceEqual(_lastId.AsSpan(0, _lastIdLength)))
        {
            index = _lastIndex;
        }
        else
        {
            var chars = _idChars.AsSpan(0, id.Length);
            for (int i = 0; i < id.Length; i++)
            {
                if (id[i] >= 0x80)
                {
                    return false;
                }
                chars[i] = (char)id[i];
            }
            if (!_roster.TryGetIndex(chars, out index))
            {
                index = -1;
            }
            id.CopyTo(_lastId);
            _lastIdLength = id.Length;
            _lastIndex = index;
        }
        if (index < 0)
        {
            HoursOnly++;
            return true;
        }
        sink.Add(index, first, count, (float)weekly);
        return true;
    }

    private void General(DelimitedReader reader, IHoursRowSink sink)
    {
        int first;
        int count;
        if (_resolution == HoursResolution.Weekly)
        {
            if (!IsoWeek.TryParse(reader[_periodColumn], out var week, out _))
            {
                throw reader.Error("iso_week is not an ISO week of the form 2016-W10", _periodColumn + 1);
            }
            first = week.Index;
            count = 1;
        }
        else
        {
            if (!YearMonth.TryParse(reader[_periodColumn], out var month) || month.Year > MaxYear)
            {
                throw reader.Error("month is not of the form YYYY-MM", _periodColumn + 1);
            }
            (first, count) = MonthWeeks(month);
        }
        var cell = reader[_hoursColumn];
        if (!DelimitedNumbers.TryParseDouble(cell, reader.Delimiter, out double hours))
        {
            throw reader.Error("hours is not a number", _hoursColumn + 1);
        }
        if (double.IsNaN(hours))
        {
            throw reader.Error("hours is NaN", _hoursColumn + 1);
        }
        if (hours < 0)
        {
            throw reader.Error("hours is negative", _hoursColumn + 1);
        }
        double weekly = hours / count;
        if (weekly > DreamWideReader.MaxWeeklyHours)
        {
            throw reader.Error(
                _resolution == HoursResolution.Weekly
                    ? "hours exceed 168 in a week"
                    : FormattableString.Invariant(
                        $"monthly hours exceed 168 a week when spread over the month's {count} ISO weeks"
                    ),
                _hoursColumn + 1
            );
        }
        if (!_roster.TryGetIndex(reader[_idColumn].Trim(), out int index))
        {
            HoursOnly++;
            return;
        }
        sink.Add(index, first, count, (float)weekly);
    }

    /// <summary>
    /// The (person, period) of a row read by the general path, for locating duplicate rows; false when the
    /// row does not parse or is not a roster person's.
    /// </summary>
    public bool TryLocate(DelimitedReader reader, out int person, out int first, out int count)
    {
        person = -1;
        first = 0;
        count = 0;
        if (_resolution == HoursResolution.Weekly)
        {
            if (!IsoWeek.TryParse(reader[_periodColumn], out var week, out _))
            {
                return false;
            }
            (first, count) = (week.Index, 1);
        }
        else
        {
            if (!YearMonth.TryParse(reader[_periodColumn], out var month) || month.Year > MaxYear)
            {
                return false;
            }
            (first, count) = MonthWeeks(month);
        }
        return _roster.TryGetIndex(reader[_idColumn].Trim(), out person);
    }

    private bool TryParseWeek(ReadOnlySpan<byte> s, out int weekIndex)
    {
        weekIndex = 0;
        if (s.Length != 8 || s[4] != (byte)'-' || (s[5] | 0x20) != (byte)'w')
        {
            return false;
        }
        uint y0 = (uint)(s[0] - '0'),
            y1 = (uint)(s[1] - '0'),
            y2 = (uint)(s[2] - '0'),
            y3 = (uint)(s[3] - '0'),
            w0 = (uint)(s[6] - '0'),
            w1 = (uint)(s[7] - '0');
        if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || w0 > 9 || w1 > 9)
        {
            return false;
        }
        int year = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
        int week = (int)(w0 * 10 + w1);
        if (year < 1 || year > MaxYear || week < 1)
        {
            return false;
        }
        if (_weekOneIndexPlusOne[year] == 0)
        {
            _weeksInYear[year] = (byte)IsoWeek.WeeksInYear(year);
            _weekOneIndexPlusOne[year] = new IsoWeek(year, 1).Index + 1;
        }
        if (week > _weeksInYear[year])
        {
            return false;
        }
        weekIndex = _weekOneIndexPlusOne[year] - 1 + week - 1;
        return true;
    }

    private bool TryParseMonth(ReadOnlySpan<byte> s, out int first, out int count)
    {
        first = 0;
        count = 0;
        if (s.Length != 7 || (s[4] != (byte)'-' && s[4] != (byte)'_'))
        {
            return false;
        }
        uint y0 = (uint)(s[0] - '0'),
            y1 = (uint)(s[1] - '0'),
            y2 = (uint)(s[2] - '0'),
            y3 = (uint)(s[3] - '0'),
            m0 = (uint)(s[5] - '0'),
            m1 = (uint)(s[6] - '0');
        if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9)
        {
            return false;
        }
        int year = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
        int month = (int)(m0 * 10 + m1);
        if (year < 1 || year > MaxYear || month is < 1 or > 12)
        {
            return false;
        }
        (first, count) = MonthWeeks(new YearMonth(year, month));
        return true;
    }

    private (int First, int Count) MonthWeeks(YearMonth month)
    {
        if (!_months.TryGetValue(month.Index, out var weeks))
        {
            // The ISO weeks whose Thursday lies in a month are consecutive.
            var list = month.IsoWeeks();
            weeks = (list[0].Index, list.Count);
            _months[month.Index] = weeks;
        }
        return weeks;
    }

    private bool TryParseHours(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 16)
        {
            return false;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (int i = 0; i < s.Length; i++)
        {
            uint d = (uint)(s[i] - '0');
            if (d <= 9)
            {
                mantissa = mantissa * 10 + d;
                digits++;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (
                (s[i] == (byte)'.' || (s[i] == (byte)',' && _delimiter == (byte)';'))
                && fraction < 0
                && i > 0
                && i < s.Length - 1
            )
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }
        if (digits > 15)
        {
            return false;
        }
        value = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        return true;
    }
}
