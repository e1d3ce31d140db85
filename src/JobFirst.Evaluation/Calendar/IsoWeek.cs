using System.Globalization;

namespace JobFirst.Evaluation.Calendar;

/// <summary>
/// An ISO-8601 week (week-based year and week number 1..52/53), the time unit of the DREAM register.
/// </summary>
/// <remarks>
/// <para>
/// ISO weeks start on Monday; week 1 of a week-based year is the week containing that year's first
/// Thursday, so 2015, 2020 and 2026 have 53 weeks and 2016-01-01 (a Friday) lies in 2015-W53.
/// </para>
/// <para>
/// The value is stored as an absolute week index (the Monday's day number since 0001-01-01, which
/// was a Monday, divided by 7), so ordering and differences are plain integer arithmetic and never
/// depend on text sorting (<c>y_0101</c> &lt; <c>y_9201</c> as text, but 2001-W01 &gt; 1992-W01).
/// </para>
/// </remarks>
public readonly struct IsoWeek : IEquatable<IsoWeek>, IComparable<IsoWeek>
{
    private readonly int _index;

    private IsoWeek(int index) => _index = index;

    /// <summary>Creates the week <paramref name="week"/> of ISO week-based year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The week does not exist in that year.</exception>
    public IsoWeek(int year, int week)
    {
        if (year < 1 || year > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be in 1..9998.");
        }
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(
                nameof(week),
                week,
                $"ISO year {year} has {ISOWeek.GetWeeksInYear(year)} weeks."
            );
        }
        _index = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)).DayNumber / 7;
    }

    /// <summary>Absolute week index (weeks since the week of 0001-01-01). Consecutive weeks differ by one.</summary>
    public int Index => _index;

    /// <summary>The Monday that starts the week.</summary>
    public DateOnly Monday => DateOnly.FromDayNumber(_index * 7);

    /// <summary>The Thursday of the week; it decides the week's ISO year and, by STAR's convention, its month.</summary>
    public DateOnly Thursday => DateOnly.FromDayNumber(_index * 7 + 3);

    /// <summary>The ISO week-based year (the calendar year of the week's Thursday).</summary>
    public int Year => Thursday.Year;

    /// <summary>The week number within the ISO week-based year, 1..53.</summary>
    public int Week => ISOWeek.GetWeekOfYear(Thursday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The calendar month containing the week's Thursday (STAR's week-to-month convention).</summary>
    public YearMonth Month => new(Thursday.Year, Thursday.Month);

    /// <summary>The ISO week containing <paramref name="date"/>.</summary>
    public static IsoWeek FromDate(DateOnly date)
    {
        int dayNumber = date.DayNumber;
        int mondayIndex = dayNumber / 7; // day 0 is a Monday, so integer division gives the week.
        return new IsoWeek(mondayIndex);
    }

    /// <summary>Creates a week from its absolute <see cref="Index"/>.</summary>
    public static IsoWeek FromIndex(int index) => new(index);

    /// <summary>The number of ISO weeks (52 or 53) in ISO week-based year <paramref name="year"/>.</summary>
    public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

    /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
    public IsoWeek AddWeeks(int weeks) => new(_index + weeks);

    /// <summary>Number of weeks from <paramref name="b"/> to <paramref name="a"/>.</summary>
    public static int operator -(IsoWeek a, IsoWeek b) => a._index - b._index;

    /// <summary>Formats as <c>YYYY-Www</c>, e.g. <c>2016-W10</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>Formats as a DREAM column name <c>y_YYWW</c>, e.g. <c>y_1610</c>.</summary>
    public string ToDreamColumn() => string.Create(CultureInfo.InvariantCulture, $"y_{Year % 100:D2}{Week:D2}");

    /// <summary>Parses <c>YYYY-Www</c> (e.g. <c>2016-W10</c>); also accepts <c>YYYYWww</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IsoWeek week, out string? error)
    {
        week = default;
        text = text.Trim();
        int w = text.IndexOfAny('W', 'w');
        if (w < 4 || w + 1 >= text.Length)
        {
            error = $"'{text}' is not an ISO week of the form YYYY-Www";
            return false;
        }
        var yearPart = text[..w].TrimEnd('-');
        var weekPart = text[(w + 1)..];
        if (
            yearPart.Length != 4
            || weekPart.Length is < 1 or > 2
            || !int.TryParse(yearPart, NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(weekPart, NumberStyles.None, CultureInfo.InvariantCulture, out int wk)
        )
        {
            error = $"'{text}' is not an ISO week of the form YYYY-Www";
            return false;
        }
        return TryCreate(y, wk, text, out week, out error);
    }

    /// <summary>Parses <c>YYYY-Www</c>; throws <see cref="FormatException"/> on failure.</summary>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week, out var error) ? week : throw new FormatException(error);

    /// <summary>
    /// Parses a DREAM week column name <c>y_YYWW</c> (case-insensitive prefix). Two-digit years
    /// 90..99 mean 1990..1999 (DREAM starts in 1991), all others 2000..2089.
    /// </summary>
    public static bool TryParseDreamColumn(ReadOnlySpan<char> name, out IsoWeek week, out string? error)
    {
        week = default;
        name = name.Trim();
        if (
            name.Length != 6
            || (name[0] != 'y' && name[0] != 'Y')
            || name[1] != '_'
            || !int.TryParse(name.Slice(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int yy)
            || !int.TryParse(name.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int wk)
        )
        {
            error = $"'{name}' is not a week column of the form y_YYWW";
            return false;
        }
        int year = yy >= 90 ? 1900 + yy : 2000 + yy;
        return TryCreate(year, wk, name, out week, out error);
    }

    /// <summary>True when <paramref name="name"/> looks like a week column (<c>y_</c> prefix), valid or not.</summary>
    public static bool LooksLikeDreamColumn(ReadOnlySpan<char> name) =>
        name.Length >= 2 && (name[0] == 'y' || name[0] == 'Y') && name[1] == '_';

    private static bool TryCreate(int year, int wk, ReadOnlySpan<char> text, out IsoWeek week, out string? error)
    {
        week = default;
        if (year < 1 || year > 9998 || wk < 1 || wk > ISOWeek.GetWeeksInYear(year))
        {
            error = $"'{text}': ISO year {year} has no week {wk}";
            return false;
        }
        week = new IsoWeek(year, wk);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(IsoWeek other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IsoWeek other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => _index.CompareTo(other._index);

    /// <summary>Equality.</summary>
    public static bool operator ==(IsoWeek a, IsoWeek b) => a._index == b._index;

    /// <summary>Inequality.</summary>
    public static bool operator !=(IsoWeek a, IsoWeek b) => a._index != b._index;

    /// <summary>Earlier than.</summary>
    public static bool operator <(IsoWeek a, IsoWeek b) => a._index < b._index;

    /// <summary>Later than.</summary>
    public static bool operator >(IsoWeek a, IsoWeek b) => a._index > b._index;

    /// <summary>Earlier or equal.</summary>
    public static bool operator <=(IsoWeek a, IsoWeek b) => a._index <= b._index;

    /// <summary>Later or equal.</summary>
    public static bool operator >=(IsoWeek a, IsoWeek b) => a._index >= b._index;
}
