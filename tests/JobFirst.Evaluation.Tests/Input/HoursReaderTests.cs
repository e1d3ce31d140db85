using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Hours;

namespace JobFirst.Evaluation.Tests.Input;

public class HoursReaderTests
{
    [Fact]
    public void Weekly_hours_are_sparse_with_zero_elsewhere()
    {
        using var f = new RegisterFixture();
        var path = f.Dir.Write(
            "h.csv",
            "person_id,iso_week,hours\nSECRET2,2016-W11,7.5\nOUTSIDER9,2016-W11,3\nSECRET2,2016-W13,0\nSECRET1,2015-W53,37\n"
        );
        var table = HoursReader.ReadWeekly(path, f.Roster);
        Assert.Equal(4, table.RowsRead);
        Assert.Equal(1, table.HoursOnlyRows);
        Assert.Equal(2, table.MatchedPersons);
        var week = new float[4];
        table.FillWeekly(1, new IsoWeek(2016, 10), week);
        Assert.Equal([0f, 7.5f, 0f, 0f], week);
        table.FillWeekly(0, new IsoWeek(2015, 52), week);
        Assert.Equal([0f, 37f, 0f, 0f], week);
        table.FillWeekly(2, new IsoWeek(2015, 52), week);
        Assert.Equal([0f, 0f, 0f, 0f], week);
    }

    [Fact]
    public void Monthly_hours_are_spread_over_the_weeks_whose_thursday_is_in_the_month()
    {
        using var f = new RegisterFixture();
        // March 2016: Thursdays 3, 10, 17, 24, 31 → 2016-W09..W13; 2016-W13's Monday is 28 March.
        var path = f.Dir.Write("h.csv", "person_id;month;hours\r\nSECRET1;2016-03;100\r\nSECRET1;2016-04;\"8,5\"\r\n");
        var table = HoursReader.ReadMonthly(path, f.Roster);
        var weeks = new float[10];
        table.FillWeekly(0, new IsoWeek(2016, 8), weeks);
        Assert.Equal([0f, 20f, 20f, 20f, 20f, 20f, 2.125f, 2.125f, 2.125f, 2.125f], weeks);
        Assert.Equal(HoursResolution.Monthly, table.Resolution);
    }

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("NaN", "NaN")]
    [InlineData("168.5", "168")]
    [InlineData("lots", "not a number")]
    [InlineData("", "not a number")]
    public void Bad_weekly_hours_name_file_line_and_column(string value, string expected)
    {
        using var f = new RegisterFixture();
        var path = f.Dir.Write("h.csv", $"person_id,iso_week,hours\nSECRET1,2016-W10,1\nSECRET2,2016-W10,{value}\n");
        var ex = InputAssert.Fails(() => HoursReader.ReadWeekly(path, f.Roster), path, 3, 3, "SECRET2");
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Monthly_hours_over_168_a_week_after_spreading()
    {
        using var f = new RegisterFixture();
        // April 2016 has 4 ISO weeks: 700 h → 175 h/week.
        var path = f.Dir.Write("h.csv", "person_id,month,hours\nSECRET1,2016-04,700\n");
        InputAssert.Fails(() => HoursReader.ReadMonthly(path, f.Roster), path, 2, 3, "SECRET1");
        // March has 5: 800 h → 160 h/week is fine.
        var ok = f.Dir.Write("h2.csv", "person_id,month,hours\nSECRET1,2016-03,800\n");
        Assert.Equal(5, HoursReader.ReadMonthly(ok, f.Roster).PersonWeeks);
    }

    [Fact]
    public void Same_person_week_twice_is_an_error()
    {
        using var f = new RegisterFixture();
        var path = f.Dir.Write("h.csv", "person_id,iso_week,hours\nSECRET1,2016-W10,1\nSECRET1,2016-W10,2\n");
        var ex = InputAssert.Fails(() => HoursReader.ReadWeekly(path, f.Roster), path, 3, 2, "SECRET1");
        Assert.Contains("lines 2 and 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_week_or_month_or_missing_columns()
    {
        using var f = new RegisterFixture();
        var weekly = f.Dir.Write("h.csv", "person_id,iso_week,hours\nSECRET1,2016-10,1\n");
        InputAssert.Fails(() => HoursReader.ReadWeekly(weekly, f.Roster), weekly, 2, 2);
        var monthly = f.Dir.Write("m.csv", "person_id,month,hours\nSECRET1,2016-13,1\n");
        InputAssert.Fails(() => HoursReader.ReadMonthly(monthly, f.Roster), monthly, 2, 2);
        InputAssert.Fails(() => HoursReader.ReadMonthly(weekly, f.Roster), weekly, 1, 0);
        var empty = f.Dir.Write("e.csv", "");
        InputAssert.Fails(() => HoursReader.ReadWeekly(empty, f.Roster), empty, 0, 0);
    }
}
