using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Tests.Calendar;

public class IsoWeekTests
{
    [Theory]
    [InlineData(2016, 1, 1, 2015, 53)] // Friday → last week of the 53-week year 2015
    [InlineData(2016, 1, 4, 2016, 1)]
    [InlineData(2020, 12, 31, 2020, 53)]
    [InlineData(2021, 1, 3, 2020, 53)]
    [InlineData(2026, 12, 31, 2026, 53)]
    [InlineData(2019, 12, 30, 2020, 1)] // Monday belongs to next ISO year
    [InlineData(2016, 3, 10, 2016, 10)]
    public void FromDate_matches_iso8601(int y, int m, int d, int isoYear, int isoWeek)
    {
        var w = IsoWeek.FromDate(new DateOnly(y, m, d));
        Assert.Equal(isoYear, w.Year);
        Assert.Equal(isoWeek, w.Week);
    }

    [Fact]
    public void Arithmetic_crosses_53_week_years()
    {
        var w = new IsoWeek(2015, 52);
        Assert.Equal(new IsoWeek(2015, 53), w.AddWeeks(1));
        Assert.Equal(new IsoWeek(2016, 1), w.AddWeeks(2));
        Assert.Equal(53, new IsoWeek(2016, 1) - new IsoWeek(2015, 1));
        Assert.Equal(52, new IsoWeek(2017, 1) - new IsoWeek(2016, 1));
        Assert.Equal(53, new IsoWeek(2021, 1) - new IsoWeek(2020, 1));
    }

    [Theory]
    [InlineData("y_1610", 2016, 10)]
    [InlineData("Y_9201", 1992, 1)]
    [InlineData("y_0101", 2001, 1)]
    [InlineData("y_1553", 2015, 53)]
    public void Parses_dream_columns_with_pivot(string name, int year, int week)
    {
        Assert.True(IsoWeek.TryParseDreamColumn(name, out var w, out _));
        Assert.Equal(new IsoWeek(year, week), w);
        Assert.Equal(name.ToLowerInvariant(), w.ToDreamColumn());
    }

    [Theory]
    [InlineData("y_1654")] // 2016 has 52 weeks
    [InlineData("y_1653")]
    [InlineData("y_16W1")]
    [InlineData("y_1600")]
    [InlineData("y_161")]
    [InlineData("x_1610")]
    public void Rejects_invalid_dream_columns(string name)
    {
        Assert.False(IsoWeek.TryParseDreamColumn(name, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Dream_column_order_comes_from_the_week_not_the_text()
    {
        Assert.True(IsoWeek.TryParseDreamColumn("y_0101", out var a, out _));
        Assert.True(IsoWeek.TryParseDreamColumn("y_9201", out var b, out _));
        Assert.True(string.CompareOrdinal("y_0101", "y_9201") < 0);
        Assert.True(a > b);
    }

    [Theory]
    [InlineData("2016-W10", 2016, 10)]
    [InlineData("2015-W53", 2015, 53)]
    [InlineData("2016W01", 2016, 1)]
    public void Parses_iso_text(string text, int year, int week)
    {
        Assert.Equal(new IsoWeek(year, week), IsoWeek.Parse(text));
    }

    [Theory]
    [InlineData("2016-W53")]
    [InlineData("2016-10")]
    [InlineData("")]
    [InlineData("16-W10")]
    public void Rejects_bad_iso_text(string text) => Assert.False(IsoWeek.TryParse(text, out _, out _));

    [Fact]
    public void Round_trips_text_and_index_for_any_week()
    {
        Prop.ForAll(
                Gen.Choose(
                        IsoWeek.FromDate(new DateOnly(1991, 1, 1)).Index,
                        IsoWeek.FromDate(new DateOnly(2080, 1, 1)).Index
                    )
                    .ToArbitrary(),
                i =>
                {
                    var w = IsoWeek.FromIndex(i);
                    return IsoWeek.Parse(w.ToString()) == w
                        && IsoWeek.FromDate(w.Thursday) == w
                        && w.AddWeeks(1) - w == 1
                        && w.Thursday.DayOfWeek == DayOfWeek.Thursday;
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(2016, 3, new[] { 9, 10, 11, 12, 13 })] // Thursdays 3, 10, 17, 24, 31 March 2016
    [InlineData(2016, 2, new[] { 5, 6, 7, 8 })]
    [InlineData(2016, 1, new[] { 1, 2, 3, 4 })] // 2016-W53 of 2015 has Thursday 31 Dec 2015
    public void Month_contains_the_weeks_whose_thursday_it_holds(int year, int month, int[] weeks)
    {
        var got = new YearMonth(year, month).IsoWeeks().Select(w => w.Week).ToArray();
        Assert.Equal(weeks, got);
        Assert.All(new YearMonth(year, month).IsoWeeks(), w => Assert.Equal(new YearMonth(year, month), w.Month));
    }
}
