using System.Text;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Scripting;

public class TableDialectTests
{
    internal static ResultTable Sample() =>
        new(
            "effects; by arm",
            ["term", "estimate", "n", "note", "flag"],
            [
                new object?[] { "treatment", 0.125, 2407, "a;b", true },
                new object?[] { "control", -1.5e-7, 2449L, null, false },
                new object?[] { "æøå", double.NaN, 3, "x,y", false },
            ],
            new Dictionary<string, string> { ["level"] = "0.95" }
        );

    [Fact]
    public void Danish_csv_uses_semicolons_decimal_commas_and_quotes_semicolons_only()
    {
        var lines = Sample().ToString(TableFormat.Csv, TableDialect.Danish).Split('\n');
        Assert.Equal("term;estimate;n;note;flag", lines[0]);
        Assert.Equal("treatment;0,125;2407;\"a;b\";true", lines[1]);
        Assert.Equal("control;-1,5E-07;2449;;false", lines[2]);
        Assert.Equal("æøå;;3;x,y;false", lines[3]);
    }

    [Fact]
    public void Invariant_is_the_default_and_unchanged()
    {
        var t = Sample();
        Assert.Equal(t.ToString(TableFormat.Csv), t.ToString(TableFormat.Csv, TableDialect.Invariant));
        Assert.StartsWith(
            "term,estimate,n,note,flag\ntreatment,0.125,2407,a;b,true\n",
            t.ToString(TableFormat.Csv),
            StringComparison.Ordinal
        );
        Assert.Contains("æøå,,3,\"x,y\",false", t.ToString(TableFormat.Csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Danish_csv_reads_back_through_the_library_reader_to_the_same_numbers()
    {
        var table = Sample();
        var frame = DataFrameReader.Read(
            new StringReader(table.ToString(TableFormat.Csv, TableDialect.Danish)),
            "danish.csv"
        );
        var estimate = frame["estimate"].Numbers.ToArray();
        Assert.Equal(0.125, estimate[0]);
        Assert.Equal(-1.5e-7, estimate[1]);
        Assert.True(double.IsNaN(estimate[2]));
        Assert.Equal("a;b", frame["note"].TextAt(0));
        Assert.Equal([2407.0, 2449.0, 3.0], frame["n"].Numbers.ToArray());
    }

    [Fact]
    public void Danish_text_and_markdown_use_decimal_commas_and_keep_alignment()
    {
        var text = Sample().ToString(TableFormat.Text, TableDialect.Danish).Split('\n');
        Assert.Equal("# effects; by arm", text[0]);
        Assert.Contains("0,125", text[2], StringComparison.Ordinal);
        Assert.Contains("-1,5e-7", text[3], StringComparison.Ordinal);
        // Numbers are right-aligned: the estimate column ends at the same position in every row.
        int end = text[1].IndexOf("estimate", StringComparison.Ordinal) + "estimate".Length;
        Assert.Equal(end, text[2].IndexOf("0,125", StringComparison.Ordinal) + "0,125".Length);
        Assert.Equal(end, text[4].IndexOf("NA", StringComparison.Ordinal) + 2);
        Assert.Equal("# level: 0.95", text[^2]); // metadata stays invariant text
        var md = Sample().ToString(TableFormat.Markdown, TableDialect.Danish);
        Assert.Contains("| treatment | 0,125 | 2407 | a;b | true |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_same_in_every_dialect()
    {
        var t = Sample();
        Assert.Equal(t.ToString(TableFormat.Json), t.ToString(TableFormat.Json, TableDialect.Danish));
    }

    [Fact]
    public void Save_picks_the_format_from_the_extension_and_creates_the_folder()
    {
        using var tmp = new TempDirectory();
        var t = Sample();
        foreach (
            var (name, format) in new[]
            {
                ("a.csv", TableFormat.Csv),
                ("b.JSON", TableFormat.Json),
                ("c.md", TableFormat.Markdown),
                ("d.markdown", TableFormat.Markdown),
                ("e.txt", TableFormat.Text),
            }
        )
        {
            string path = t.Save(Path.Combine(tmp.Path, "out", "nested", name));
            Assert.Equal(Path.Combine(tmp.Path, "out", "nested", name), path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetBytes(t.ToString(format)), bytes); // no BOM, LF line ends
        }
        var ex = Assert.Throws<ArgumentException>(() => t.Save(Path.Combine(tmp.Path, "f.xlsx")));
        Assert.Contains(".csv, .json, .markdown, .md, .txt", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(tmp.Path, "f.xlsx")));
    }

    [Fact]
    public void Danish_csv_file_gets_a_byte_order_mark_for_excel_other_files_do_not()
    {
        using var tmp = new TempDirectory();
        var t = Sample();
        var csv = File.ReadAllBytes(t.Save(tmp.File("da.csv"), TableDialect.Danish));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(t.ToString(TableFormat.Csv, TableDialect.Danish), Encoding.UTF8.GetString(csv[3..]));
        var txt = File.ReadAllBytes(t.Save(tmp.File("da.txt"), TableDialect.Danish));
        Assert.NotEqual(0xEF, txt[0]);
        // The reader accepts the BOM.
        Assert.Equal(0.125, DataFrameReader.ReadCsv(tmp.File("da.csv"))["estimate"].Numbers[0]);
    }
}
