using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>The strict site-table reader: the documented example, and errors naming file, line and column.</summary>
public sealed class SiteTableReaderTests
{
    [Fact]
    public void Reads_the_documented_example()
    {
        var t = SiteTableReader.Read(RepoPaths.File("data-schema", "sites.example.csv"));
        Assert.Equal(["caseload", "control_success_rate", "internship_share", "caseload_below_40"], t.TraitNames);
        Assert.Equal(3, t.Sites.Count);
        Assert.Equal(38, t.Value("Jobcentre B", "caseload"));
        Assert.True(double.IsNaN(t.Value("Jobcentre C", "internship_share"))); // empty cell = missing
        Assert.True(double.IsNaN(t.Value("Jobcentre Z", "caseload"))); // site not in the table
        Assert.Throws<InputException>(() => t.Value("Jobcentre A", "nonsense"));
    }

    [Fact]
    public void Semicolon_files_accept_a_decimal_comma()
    {
        using var tmp = new TempDirectory();
        var t = SiteTableReader.Read(tmp.Write("s.csv", "site;rate\nA;0,25\nB;0,5\n"));
        Assert.Equal(0.25, t.Value("A", "rate"));
    }

    [Theory]
    [InlineData("caseload\n40\n", 1, 0, "no 'site' column")]
    [InlineData("site\nA\n", 1, 0, "no trait columns")]
    [InlineData("site,caseload\nA,40\nA,41\n", 3, 1, "lines 2 and 3")]
    [InlineData("site,caseload\nA,forty\n", 2, 2, "must be a finite number")]
    [InlineData("site,caseload\n,40\n", 2, 1, "empty site name")]
    [InlineData("site,caseload,caseload\nA,1,2\n", 1, 3, "appears twice")]
    [InlineData("site,caseload\n", 2, 0, "no sites")]
    [InlineData("site,caseload\nA,Infinity\n", 2, 2, "finite")]
    public void Malformed_tables_are_errors_with_file_line_and_column(
        string content,
        int line,
        int column,
        string message
    )
    {
        using var tmp = new TempDirectory();
        string path = tmp.Write("sites.csv", content);
        var ex = Assert.Throws<InputException>(() => SiteTableReader.Read(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
