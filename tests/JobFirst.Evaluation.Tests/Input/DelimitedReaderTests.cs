using System.Text;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

public class DelimitedReaderTests
{
    [Fact]
    public void Semicolon_bom_crlf_quoted_header_and_decimal_comma_round_trip()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        var text = "\"person_id\";\"hours\";\"note\"\r\nX1;7,5;\"a;b\"\r\nX2;\"12,25\";\"say \"\"hi\"\"\"\r\n";
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        using var reader = DelimitedReader.Open(path);
        Assert.Equal(';', reader.Delimiter);
        Assert.Equal(["person_id", "hours", "note"], reader.Header);
        Assert.True(reader.ReadRecord());
        Assert.Equal(2, reader.Line);
        Assert.Equal("X1", reader[0].ToString());
        Assert.True(DelimitedNumbers.TryParseDouble(reader[1], reader.Delimiter, out double h1));
        Assert.Equal(7.5, h1);
        Assert.Equal("a;b", reader[2].ToString());
        Assert.True(reader.ReadRecord());
        Assert.Equal(3, reader.Line);
        Assert.True(DelimitedNumbers.TryParseDouble(reader[1], reader.Delimiter, out double h2));
        Assert.Equal(12.25, h2);
        Assert.Equal("say \"hi\"", reader[2].ToString());
        Assert.False(reader.ReadRecord());
    }

    [Fact]
    public void Comma_file_without_bom_lf_and_no_final_newline()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("b.csv", "a,b\n1,2\n\n3,4");
        using var reader = DelimitedReader.Open(path);
        Assert.Equal(',', reader.Delimiter);
        Assert.True(reader.ReadRecord());
        Assert.Equal("2", reader[1].ToString());
        Assert.True(reader.ReadRecord());
        Assert.Equal(4, reader.Line); // the blank line 3 is skipped but counted
        Assert.Equal("4", reader[1].ToString());
        Assert.False(reader.ReadRecord());
    }

    [Fact]
    public void Quoted_field_spanning_lines_keeps_line_numbers_right()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("c.csv", "a,b\n\"x\ny\",1\nz,\n");
        using var reader = DelimitedReader.Open(path);
        Assert.True(reader.ReadRecord());
        Assert.Equal("x\ny", reader[0].ToString());
        Assert.True(reader.ReadRecord());
        Assert.Equal(4, reader.Line);
        Assert.Equal("", reader[1].ToString());
    }

    [Fact]
    public void Decimal_comma_is_rejected_in_comma_files()
    {
        Assert.False(DelimitedNumbers.TryParseDouble("7,5", ',', out _));
        Assert.True(DelimitedNumbers.TryParseDouble(" 7.5 ", ';', out double v));
        Assert.Equal(7.5, v);
        Assert.False(DelimitedNumbers.TryParseDouble("1.234,5", ';', out _));
    }

    [Theory]
    [InlineData("a,b,c\n1,2\n", 2, 3)]
    [InlineData("a,b,c\n1,2,3\n1,2,3,4\n", 3, 4)]
    public void Ragged_rows_name_file_line_and_column(string text, long line, int column)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", text);
        using var reader = DelimitedReader.Open(path);
        var ex = InputAssert.Fails(
            () =>
            {
                while (reader.ReadRecord()) { }
            },
            path,
            line,
            column
        );
        Assert.Contains("ragged", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Empty_file_is_a_clear_error(string text)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("e.csv", text);
        var ex = Assert.Throws<InputException>(() => DelimitedReader.Open(path));
        Assert.Equal(path, ex.File);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_is_an_input_error()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("q.csv", "a,b\n\"x,1\n2,3\n");
        using var reader = DelimitedReader.Open(path);
        var ex = Assert.Throws<InputException>(() => reader.ReadRecord());
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Records_longer_than_the_buffer_are_read_whole()
    {
        using var dir = new TempDirectory();
        var sb = new StringBuilder("id");
        for (int i = 0; i < 30000; i++)
        {
            sb.Append(",c").Append(i);
        }
        sb.Append('\n');
        for (int row = 0; row < 3; row++)
        {
            sb.Append('r').Append(row);
            for (int i = 0; i < 30000; i++)
            {
                sb.Append(",v").Append(i % 97);
            }
            sb.Append('\n');
        }
        var path = dir.Write("long.csv", sb.ToString());
        using var reader = DelimitedReader.Open(path);
        int rows = 0;
        while (reader.ReadRecord())
        {
            Assert.Equal(30001, reader.FieldCount);
            Assert.Equal("v" + (29999 % 97), reader[30000].ToString());
            rows++;
        }
        Assert.Equal(3, rows);
    }

    [Fact]
    public void Non_ascii_text_reads_through_both_the_peek_and_the_tokenize_paths()
    {
        using var dir = new TempDirectory();
        var path = dir.File("u.csv");
        File.WriteAllText(path, "id;navn\nØrsted-1;Søren Æbelø\nxyz;å\n", new UTF8Encoding(true));
        using var reader = DelimitedReader.Open(path);
        Assert.True(reader.BeginRecord());
        Assert.Equal("Ørsted-1", reader.PeekFirstField().ToString());
        reader.Tokenize();
        Assert.Equal("Søren Æbelø", reader[1].ToString());
        Assert.True(reader.BeginRecord());
        Assert.Equal("xyz", reader.PeekFirstField().ToString());
    }

    [Fact]
    public void Invalid_utf8_is_an_input_error_at_its_line()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.csv");
        File.WriteAllBytes(path, [.. "a,b\n1,2\n"u8, (byte)'x', 0xC3, 0x28, (byte)',', (byte)'1', (byte)'\n']);
        using var reader = DelimitedReader.Open(path);
        Assert.True(reader.ReadRecord());
        var ex = Assert.Throws<InputException>(() => reader.ReadRecord());
        Assert.Equal(3, ex.Line);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
