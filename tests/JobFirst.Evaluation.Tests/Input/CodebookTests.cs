using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

public class CodebookTests
{
    private const string Header = "code,category,label,valid_from,valid_to\n";

    [Fact]
    public void Default_codebook_maps_documented_codes()
    {
        var book = CodebookTable.Default;
        var week = new IsoWeek(2016, 10);
        Assert.True(book.TryMap("", week, out var c));
        Assert.Equal(BenefitCategory.SelfSupport, c);
        Assert.True(book.TryMap(" ", week, out c));
        Assert.Equal(BenefitCategory.SelfSupport, c);
        Assert.True(book.TryMap("651", week, out c));
        Assert.Equal(BenefitCategory.StudentGrant, c);
        Assert.True(book.TryMap("998", week, out c));
        Assert.Equal(BenefitCategory.Exit, c);
        Assert.True(book.TryMap("881", week, out c));
        Assert.Equal(BenefitCategory.Leave, c);
        Assert.True(book.TryMap("755", week, out c));
        Assert.Equal(BenefitCategory.SicknessBenefit, c);
        Assert.False(book.TryMap("5", week, out _));
        Assert.False(book.TryMap("abc", week, out _));
        Assert.False(book.TryMap("123456", week, out _));
        // Resource course codes exist only from 2013.
        Assert.False(book.TryMap("760", new IsoWeek(2012, 10), out _));
    }

    [Fact]
    public void Default_resource_equals_the_data_schema_file()
    {
        var schema = RepositoryFiles.DataSchema("codebook.default.csv");
        var fromFile = CodebookTable.Load(schema);
        Assert.Equal(CodebookTable.Default.Entries.Select(e => e with { }).Count(), fromFile.Entries.Count);
        Assert.Equal(
            CodebookTable.Default.Entries.Select(e => (e.CodeFrom, e.CodeTo, e.Category, e.ValidFrom, e.ValidTo)),
            fromFile.Entries.Select(e => (e.CodeFrom, e.CodeTo, e.Category, e.ValidFrom, e.ValidTo))
        );
    }

    [Fact]
    public void Validity_periods_switch_category_by_week()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "cb.csv",
            Header
                + "100,cash_benefit,old,,2014-W52\n100,integration_benefit,new,2015-W01,\n200-202,internship,x,2016-W10,2016-W20\n"
        );
        var book = CodebookTable.Load(path);
        Assert.True(book.TryMap("100", new IsoWeek(2014, 52), out var c));
        Assert.Equal(BenefitCategory.CashBenefit, c);
        Assert.True(book.TryMap("100", new IsoWeek(2015, 1), out c));
        Assert.Equal(BenefitCategory.IntegrationBenefit, c);
        Assert.True(book.TryMap("0201", new IsoWeek(2016, 20), out c));
        Assert.Equal(BenefitCategory.Internship, c);
        Assert.False(book.TryMap("201", new IsoWeek(2016, 21), out _));
    }

    [Fact]
    public void Overlapping_entries_for_the_same_code_and_week()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cb.csv", Header + "100-110,cash_benefit,a,,2015-W10\n105,internship,b,2015-W10,\n");
        var ex = InputAssert.Fails(() => CodebookTable.Load(path), path, 3, 1);
        Assert.Contains("lines 2 and 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc,cash_benefit,x,,", 1)]
    [InlineData("5-3,cash_benefit,x,,", 1)]
    [InlineData("10000,cash_benefit,x,,", 1)]
    [InlineData("5,cash,x,,", 2)]
    [InlineData("5,cash_benefit,x,2016-10,", 4)]
    [InlineData("5,cash_benefit,x,,2016-W54", 5)]
    [InlineData("5,cash_benefit,x,2016-W10,2016-W09", 4)]
    public void Malformed_entries(string row, int column)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cb.csv", Header + row + "\n");
        InputAssert.Fails(() => CodebookTable.Load(path), path, 2, column);
    }
}
