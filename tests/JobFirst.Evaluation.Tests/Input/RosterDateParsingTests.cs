using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>The roster's digit-by-digit date fast path accepts exactly what <c>DateOnly.TryParseExact("yyyy-MM-dd")</c> accepts.</summary>
public class RosterDateParsingTests
{
    [Theory]
    [InlineData("2016-03-10")]
    [InlineData("2016-02-29")]
    [InlineData("2015-02-29")]
    [InlineData("2016-02-30")]
    [InlineData("2016-13-01")]
    [InlineData("2016-00-10")]
    [InlineData("2016-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2016-3-10")]
    [InlineData("2016/03/10")]
    [InlineData("16-03-10")]
    [InlineData("2016-03-1O")]
    [InlineData("+016-03-10")]
    [InlineData("２016-03-10")]
    public void Dates_parse_as_the_exact_framework_parser_parses_them(string text)
    {
        bool expected = DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        );
        using var dir = new TempDirectory();
        var path = dir.Write(
            "roster.csv",
            $"person_id,arm,visitation_date,site,target_group\nA,1,{text},s,g\nB,0,2016-01-01,s,g\n"
        );
        if (expected)
        {
            Assert.Equal(date, RosterReader.Read(path).Persons[0].VisitationDate);
        }
        else
        {
            var ex = Assert.Throws<InputException>(() => RosterReader.Read(path));
            Assert.Equal(2, ex.Line);
            Assert.Equal(3, ex.Column);
        }
    }
}
