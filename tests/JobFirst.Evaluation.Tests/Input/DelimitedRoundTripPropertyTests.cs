using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>Any table written with RFC 4180 quoting reads back field for field, with either delimiter and line end.</summary>
public class DelimitedRoundTripPropertyTests
{
    private static readonly string[] Pieces = ["a", "7", ",", ";", "\"", "\n", "\r\n", " ", "é", "ø", "x y", "\"\""];

    [Fact]
    public void Quoted_tables_round_trip()
    {
        using var dir = new TempDirectory();
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    char delimiter = random.Next(2) == 0 ? ',' : ';';
                    string newline = random.Next(2) == 0 ? "\n" : "\r\n";
                    int columns = 2 + random.Next(4);
                    int rows = random.Next(6);
                    var header = Enumerable.Range(0, columns).Select(c => $"c{c}").ToArray();
                    var table = new List<string[]>();
                    for (int r = 0; r < rows; r++)
                    {
                        table.Add(Enumerable.Range(0, columns).Select(_ => RandomField(random)).ToArray());
                    }
                    var text = new StringBuilder();
                    // Enough delimiters in the header for detection: quoted names with the chosen delimiter.
                    text.Append(string.Join(delimiter, header.Select(h => $"\"{h}\""))).Append(newline);
                    foreach (var row in table)
                    {
                        text.Append(string.Join(delimiter, row.Select(f => Quote(f, delimiter)))).Append(newline);
                    }
                    var path = dir.File("rt.csv");
                    File.WriteAllText(path, text.ToString(), new UTF8Encoding(random.Next(2) == 0));

                    using var reader = DelimitedReader.Open(path);
                    Assert.Equal(delimiter, reader.Delimiter);
                    Assert.Equal(header, reader.Header);
                    foreach (var row in table)
                    {
                        Assert.True(reader.ReadRecord());
                        for (int c = 0; c < columns; c++)
                        {
                            Assert.Equal(row[c], reader[c].ToString());
                        }
                    }
                    Assert.False(reader.ReadRecord());
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static string RandomField(Random random)
    {
        int n = random.Next(4);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }

    // Always quote a field that is empty in the first column too: an unquoted empty record would be an
    // empty line, which the reader skips by design.
    private static string Quote(string field, char delimiter) =>
        field.Length == 0 || field.AsSpan().IndexOfAny(['"', '\n', '\r', delimiter]) >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
