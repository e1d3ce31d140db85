using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Tests.Data;

public class DataFrameReaderTests
{
    private static DataFrame Read(string text) => DataFrameReader.Read(new StringReader(text), "t.csv");

    [Fact]
    public void Types_columns_and_marks_missing()
    {
        var df = Read("y,x,g\n1,2.5,a\n0,NA,b\n1,3,\n");
        Assert.Equal(3, df.RowCount);
        Assert.Equal(DataColumnKind.Numeric, df["x"].Kind);
        Assert.True(double.IsNaN(df["x"].Numbers[1]));
        Assert.Equal(DataColumnKind.Text, df["g"].Kind);
        Assert.Null(df["g"].Texts[2]);
    }

    [Fact]
    public void Semicolon_files_accept_decimal_comma_and_quotes()
    {
        var df = Read("\"y\";\"x\"\r\n1;2,5\r\n0;\"3,25\"\r\n");
        Assert.Equal(2.5, df["x"].Numbers[0]);
        Assert.Equal(3.25, df["x"].Numbers[1]);
    }

    [Fact]
    public void Ragged_row_names_line_and_column()
    {
        var ex = Assert.Throws<InputException>(() => Read("a,b\n1,2\n3\n"));
        Assert.Equal(3, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.StartsWith("t.csv:3:2:", ex.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_and_duplicate_header_are_errors()
    {
        Assert.Throws<InputException>(() => Read(""));
        var ex = Assert.Throws<InputException>(() => Read("a,a\n1,2\n"));
        Assert.Equal(2, ex.Column);
    }

    [Fact]
    public void Unknown_column_is_an_input_error()
    {
        var df = Read("a\n1\n");
        Assert.Throws<InputException>(() => df["b"]);
    }
}
