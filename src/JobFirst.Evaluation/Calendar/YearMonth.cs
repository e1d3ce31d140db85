using System.Globalization;

namespace JobFirst.Evaluation.Calendar;

/// <summary>A calendar month (year, month 1..12), the unit of eIndkomst hours and DREAM's <c>grad_YYYY_MM</c>.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month.</summary>
    public YearMonth(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1..12.");
        }
        Year = year;
        Month = month;
    }

    /// <summary>Calendar year.</summary>
    public int Year { get; }

    /// <summary>Month 1..12.</summary>
    public int Month { get; }

    /// <summary>Months since year 0, so consecutive months differ by one.</summary>
    public int Index => Year * 12 + Month - 1;

    /// <summary>The month <paramref name="months"/> later.</summary>
    public YearMonth AddMonths(int months)
    {
        int i = Index + months;
        return new YearMonth(i / 12, i % 12 + 1);
    }

    /// <summary>The ISO weeks whose Thursday falls in this month (4 or 5 weeks; STAR's convention).</summary>
    public IReadOnlyList<IsoWeek> IsoWeeks()
    {
        var first = new DateOnly(Year, Month, 1);
        // The first Thursday on or after the 1st belongs to the first week of the month.
        int offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        var thursday = first.AddDays(offset);
        var weeks = new List<IsoWeek>(5);
        while (thursday.Month == Month)
        {
            weeks.Add(IsoWeek.FromDate(thursday));
            thursday = thursday.AddDays(7);
        }
        return weeks;
    }

    /// <summary>Parses <c>YYYY-MM</c> or <c>YYYY_MM</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out YearMonth month)
    {
        month = default;
        text = text.Trim();
        if (
            text.Length != 7
            || (text[4] != '-' && text[4] != '_')
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || m is < 1 or > 12
            || y < 1
        )
        {
            return false;
        }
        month = new YearMonth(y, m);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>Formats as <c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Earlier than.</summary>
    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    /// <summary>Later than.</summary>
    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    /// <summary>Earlier or equal.</summary>
    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    /// <summary>Later or equal.</summary>
    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;
}
