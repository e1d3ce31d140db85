using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Tests.Input;

public class DreamLongReaderTests
{
    [Fact]
    public void Long_form_matches_the_wide_form()
    {
        using var f = new RegisterFixture();
        var (wide, widePersons) = f.ScanWide(
            "pnr,y_1553,y_1601,y_1602\nSECRET1,211,,130\nSECRET3,,750,\nOUTSIDER9,130,130,130\n"
        );
        var (longResult, longPersons) = f.ScanLong(
            "person_id,iso_week,code\nSECRET1,2016-W02,130\nOUTSIDER9,2015-W53,130\nSECRET3,2016-W01,750\nSECRET1,2015-W53,211\nOUTSIDER9,2016-W02,130\n"
        );
        Assert.Equal(wide.Layout.FirstWeek, longResult.Layout.FirstWeek);
        Assert.Equal(wide.Layout.WeekCount, longResult.Layout.WeekCount);
        Assert.Equal(RegisterFormat.LongForm, longResult.Layout.Format);
        Assert.Equal(2, longResult.MatchedPersons);
        Assert.Equal(1, longResult.RosterOnlyPersons);
        Assert.Equal(2, longResult.RegisterOnlyRows);
        Assert.Equal(widePersons[0].Weeks, longPersons[0]);
        Assert.Equal(widePersons[2].Weeks, longPersons[2]);
    }

    [Fact]
    public void Same_person_week_twice_names_both_lines()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() =>
            f.ScanLong("person_id,iso_week,code\nSECRET1,2016-W02,130\nSECRET1,2016-W01,130\nSECRET1,2016-W02,211\n")
        );
        Assert.Equal(4, ex.Line);
        Assert.Contains("lines 2 and 4", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparseable_week()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanLong("person_id,iso_week,code\nSECRET1,2016-W54,130\n"));
        Assert.Equal(2, ex.Line);
        Assert.Equal(2, ex.Column);
    }

    [Fact]
    public void Unknown_codes_error_or_other()
    {
        using var f = new RegisterFixture();
        const string text = "person_id,iso_week,code\nSECRET1,2016-W02,5\nSECRET2,2016-W02,5\n";
        var ex = Assert.Throws<InputException>(() => f.ScanLong(text));
        Assert.Contains("5 (2)", ex.Message, StringComparison.Ordinal);
        var (result, persons) = f.ScanLong(
            text,
            new RegisterScanOptions { UnknownCodes = UnknownCodePolicy.MapToOther }
        );
        Assert.Equal(2, result.UnknownCodeCells);
        Assert.Equal([BenefitCategory.Other], persons[1]);
        Assert.Equal(new IsoWeek(2016, 2), result.Layout.FirstWeek);
    }
}
