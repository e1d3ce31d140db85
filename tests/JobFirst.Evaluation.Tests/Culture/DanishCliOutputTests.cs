using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Culture;

/// <summary>The CLI's shared <c>--format</c> offers Danish tables on request (<c>csv-da</c>, <c>markdown-da</c>, <c>text-da</c>).</summary>
public class DanishCliOutputTests
{
    private static string Frame(TempDirectory tmp) =>
        tmp.Write("frame.csv", "y,t,site\n1.5,1,a\n2.25,1,a\n0.5,0,b\n1,0,b\n3,1,b\n0.75,0,a\n");

    [Fact]
    public void Csv_da_is_semicolon_separated_with_decimal_commas_and_reads_back()
    {
        using var tmp = new TempDirectory();
        string data = Frame(tmp);
        var (code, invariant, _) = CliHarness.Run("diff", "--data", data, "--outcome", "y", "--treatment", "t");
        Assert.Equal(0, code);
        var (codeDa, danish, err) = CliHarness.Run(
            "diff",
            "--data",
            data,
            "--outcome",
            "y",
            "--treatment",
            "t",
            "--format",
            "csv-da"
        );
        Assert.True(codeDa == 0, err);
        Assert.StartsWith("term;estimate;std_error;", danish, StringComparison.Ordinal);
        var a = DataFrameReader.Read(new StringReader(invariant), "a.csv");
        var b = DataFrameReader.Read(new StringReader(danish), "b.csv");
        Assert.Equal(a["estimate"].Numbers[0], b["estimate"].Numbers[0]);
        Assert.Equal(a["std_error"].Numbers[0], b["std_error"].Numbers[0]);
        Assert.Contains(',', danish.Split('\n')[1].Split(';')[1]); // the estimate has a decimal comma

        string file = tmp.File("out/diff-da.csv");
        Assert.Equal(
            0,
            CliHarness
                .Run("diff", "--data", data, "--outcome", "y", "--treatment", "t", "--format", "csv-da", "--out", file)
                .ExitCode
        );
        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // for Excel
        Assert.Equal(danish, System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Text_da_uses_decimal_commas_and_json_has_no_danish_form()
    {
        using var tmp = new TempDirectory();
        string data = Frame(tmp);
        var (code, text, _) = CliHarness.Run(
            "diff",
            "--data",
            data,
            "--outcome",
            "y",
            "--treatment",
            "t",
            "--format",
            "text-da"
        );
        Assert.Equal(0, code);
        Assert.Matches(@"\b\d+,\d+\b", text.Split('\n')[2]);
        var (bad, _, err) = CliHarness.Run(
            "diff",
            "--data",
            data,
            "--outcome",
            "y",
            "--treatment",
            "t",
            "--format",
            "json-da"
        );
        Assert.Equal(2, bad);
        Assert.Contains(
            "--format must be csv, json, markdown or text (or csv-da, markdown-da, text-da)",
            err,
            StringComparison.Ordinal
        );
    }
}
