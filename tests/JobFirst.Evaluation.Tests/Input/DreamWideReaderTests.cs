using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Tests.Input;

public class DreamWideReaderTests
{
    private static readonly BenefitCategory S = BenefitCategory.SelfSupport;
    private static readonly BenefitCategory I = BenefitCategory.Internship;
    private static readonly BenefitCategory C = BenefitCategory.CashBenefit;

    [Fact]
    public void Links_roster_persons_and_counts_register_and_roster_only()
    {
        using var f = new RegisterFixture();
        var (result, persons) = f.ScanWide(
            "person_id,y_1610,y_1611,y_1612,akYY\nOUTSIDER9,130,130,130,x\nSECRET3,211,,130,x\nSECRET1,,,,x\n"
        );
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(2, result.MatchedPersons);
        Assert.Equal(1, result.RosterOnlyPersons);
        Assert.Equal(1, result.RegisterOnlyRows);
        Assert.Equal(0, result.DuplicateRows);
        Assert.Equal(new IsoWeek(2016, 10), result.Layout.FirstWeek);
        Assert.Equal(3, result.Layout.WeekCount);
        Assert.Equal(["akYY"], result.Layout.IgnoredColumns);
        Assert.Equal([I, S, C], persons[2].Weeks);
        Assert.Equal([S, S, S], persons[0].Weeks);
        Assert.Empty(persons[0].Grad);
    }

    [Fact]
    public void Week_columns_out_of_text_order_are_ordered_by_week_across_53_week_years()
    {
        using var f = new RegisterFixture();
        // 2015 has 53 weeks; text order would put y_1601 before y_1552.
        var (result, persons) = f.ScanWide("pnr,y_1601,y_1553,y_1552,y_1602\nSECRET1,211,130,,750\n");
        Assert.Equal(new IsoWeek(2015, 52), result.Layout.FirstWeek);
        Assert.Equal(new IsoWeek(2016, 2), result.Layout.LastWeek);
        Assert.Equal([S, C, I, BenefitCategory.SicknessBenefit], persons[0].Weeks);
    }

    [Fact]
    public void Years_90_to_99_are_1900s()
    {
        using var f = new RegisterFixture();
        var (result, _) = f.ScanWide("pnr,y_9152,y_9201\nSECRET1,,\n");
        Assert.Equal(new IsoWeek(1991, 52), result.Layout.FirstWeek);
        Assert.Equal(2, result.Layout.WeekCount);
    }

    [Fact]
    public void Id_column_need_not_be_first()
    {
        using var f = new RegisterFixture();
        var (result, persons) = f.ScanWide("y_1610,person_id\n211,SECRET2\n130,OUTSIDER9\n");
        Assert.Equal(1, result.MatchedPersons);
        Assert.Equal([I], persons[1].Weeks);
    }

    [Theory]
    [InlineData("y_1654", 3)]
    [InlineData("y_16W1", 3)]
    [InlineData("y_1600", 3)]
    [InlineData("Y_123", 3)]
    public void Unparseable_week_columns_are_named(string bad, int column)
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide($"pnr,y_1610,{bad},y_1611\nSECRET1,,,\n"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(bad, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("wide.csv", ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Holes_in_the_week_sequence_list_the_missing_weeks()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1552,y_1601,y_1604\nSECRET1,,,\n"));
        Assert.Contains("y_1553 (2015-W53)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("y_1602 (2016-W02)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("y_1603", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 week(s) missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_week_twice_is_an_error()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1610,Y_1610\nSECRET1,,\n"));
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void Missing_id_column()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("id,y_1610\nSECRET1,\n"));
        Assert.Equal(1, ex.Line);
        Assert.Contains("person_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicated_id_column()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1610,person_id\nSECRET1,,SECRET1\n"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void Same_roster_person_twice_names_both_lines_never_the_id()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1610\nSECRET2,\nSECRET1,\nSECRET2,130\n"));
        Assert.Equal(4, ex.Line);
        Assert.Equal(1, ex.Column);
        Assert.Contains("lines 2 and 4", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_rows_can_be_counted_and_skipped()
    {
        using var f = new RegisterFixture();
        var (result, persons) = f.ScanWide(
            "pnr,y_1610\nSECRET2,\nSECRET2,130\n",
            new RegisterScanOptions { DuplicateRows = DuplicateRowPolicy.KeepFirst }
        );
        Assert.Equal(1, result.DuplicateRows);
        Assert.Equal([S], persons[1].Weeks);
    }

    [Fact]
    public void Unknown_codes_are_one_error_listing_codes_and_counts()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() =>
            f.ScanWide("pnr,y_1610,y_1611,y_1612\nSECRET1,130,5,5\nSECRET2,4444,5,xy\nOUTSIDER9,6,6,6\n")
        );
        Assert.Equal(2, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("5 (3)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4444 (1)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("xy (1)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("6 (", ex.Message, StringComparison.Ordinal); // register-only rows are not read
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_long_values_are_reported_by_length_only()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1610,y_1611\nSECRET1,0101901234,SECRET2\n"));
        Assert.Contains("<value of 10 characters> (1)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("<value of 7 characters> (1)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_mapped_to_other_when_asked_with_counts_in_the_result()
    {
        using var f = new RegisterFixture();
        var (result, persons) = f.ScanWide(
            "pnr,y_1610,y_1611\nSECRET1,130,5\nSECRET2,5,5\n",
            new RegisterScanOptions { UnknownCodes = UnknownCodePolicy.MapToOther }
        );
        Assert.Equal([C, BenefitCategory.Other], persons[0].Weeks);
        Assert.Equal([new UnknownCodeCount("5", 3)], result.UnknownCodes);
        Assert.Equal(3, result.UnknownCodeCells);
    }

    [Fact]
    public void Grad_columns_become_weekly_hours_spread_by_thursday()
    {
        using var f = new RegisterFixture();
        // March 2016 has Thursdays 3, 10, 17, 24, 31 → ISO weeks 9..13 (5 weeks); April → weeks 14..17.
        var (_, persons) = f.ScanWide(
            "pnr,y_1612,y_1613,y_1614,grad_2016_04,grad_2016_03\nSECRET1,,,,0.5,1\n",
            new RegisterScanOptions { FullTimeMonthlyHours = 160 }
        );
        Assert.Equal([32f, 32f, 20f], persons[0].Grad);
    }

    [Fact]
    public void Grad_with_semicolons_and_decimal_comma()
    {
        using var f = new RegisterFixture();
        var (_, persons) = f.ScanWide("pnr;y_1614;grad_2016_04\r\nSECRET1;;0,25\r\n");
        Assert.Equal((float)(0.25 * 160.33 / 4), persons[0].Grad[0]);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("5")]
    public void Bad_grad_values(string value)
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide($"pnr,y_1614,grad_2016_04\nSECRET1,,{value}\n"));
        Assert.Equal(2, ex.Line);
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void Ragged_row_of_a_roster_person()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide("pnr,y_1610,y_1611\nSECRET1,130\n"));
        Assert.Equal(2, ex.Line);
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void Empty_register_file()
    {
        using var f = new RegisterFixture();
        var ex = Assert.Throws<InputException>(() => f.ScanWide(""));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }
}
