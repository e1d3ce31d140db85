using System.Text;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// The example files rewritten the Danish way (semicolons, decimal commas, BOM, CRLF, quoted
/// headers) give exactly the same linkage report as the originals.
/// </summary>
public class DanishCsvRoundTripTests
{
    [Fact]
    public void Danish_csv_gives_the_same_linkage_report()
    {
        using var dir = new TempDirectory();
        string Danish(string name)
        {
            var lines = File.ReadAllLines(RepositoryFiles.DataSchema(name));
            var converted = lines.Select(
                (line, i) =>
                {
                    var fields = line.Split(',');
                    return string.Join(';', fields.Select(f => i == 0 ? $"\"{f}\"" : f.Replace('.', ',')));
                }
            );
            var path = dir.File("dk-" + name);
            File.WriteAllText(
                path,
                string.Join("\r\n", converted) + "\r\n",
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)
            );
            return path;
        }

        string[] Link(string roster, string register, string hours) =>
            [
                .. CliHarness
                    .Run(
                        "link",
                        "--roster",
                        roster,
                        "--register",
                        register,
                        "--hours",
                        hours,
                        "--hours-format",
                        "monthly"
                    )
                    .Stdout.Split('\n'),
            ];

        var original = Link(
            RepositoryFiles.DataSchema("roster.example.csv"),
            RepositoryFiles.DataSchema("register-wide.example.csv"),
            RepositoryFiles.DataSchema("hours-monthly.example.csv")
        );
        var danish = Link(
            Danish("roster.example.csv"),
            Danish("register-wide.example.csv"),
            Danish("hours-monthly.example.csv")
        );
        Assert.True(original.Length > 5);
        Assert.Equal(original, danish);
    }

    [Fact]
    public void Empty_codebook_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cb.csv", "");
        InputAssert.Fails(() => Evaluation.Codebook.Codebook.Load(path), path, 0, 0);
    }
}
