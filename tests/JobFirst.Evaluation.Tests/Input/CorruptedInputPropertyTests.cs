using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// Randomly corrupted valid files (characters deleted, duplicated, altered, files truncated) must
/// either read or fail with an <see cref="InputException"/>; no other exception type may escape.
/// </summary>
public class CorruptedInputPropertyTests
{
    private static readonly char[] Noise =
    [
        ',',
        ';',
        '"',
        '\n',
        '\r',
        ' ',
        'x',
        '9',
        '0',
        '-',
        'W',
        '_',
        '.',
        'é',
        '\t',
    ];

    private static readonly string[] Examples =
    [
        "roster.example.csv",
        "codebook.default.csv",
        "register-wide.example.csv",
        "register-long.example.csv",
        "hours-weekly.example.csv",
        "hours-monthly.example.csv",
    ];

    [Fact]
    public void Only_input_exceptions_escape_the_readers()
    {
        var texts = Examples.Select(e => File.ReadAllText(RepositoryFiles.DataSchema(e))).ToList();
        // The wide example without its grad/branche columns, so plain rows take the byte-level fast path.
        texts.Add(string.Join('\n', texts[2].Split('\n').Select(l => string.Join(',', l.Split(',').Take(13)))));
        var roster = RosterReader.Read(RepositoryFiles.DataSchema("roster.example.csv"));
        using var dir = new TempDirectory();
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    int which = random.Next(texts.Count);
                    var corrupted = Corrupt(texts[which], random);
                    var path = dir.Write(FormattableString.Invariant($"corrupt-{which}.csv"), corrupted);
                    try
                    {
                        Read(which, path, roster);
                    }
                    catch (InputException ex)
                    {
                        Assert.Equal(path, ex.File ?? path);
                    }
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static void Read(int which, string path, Evaluation.Roster.Roster roster)
    {
        var codebook = CodebookTable.Default;
        var options = new RegisterScanOptions();
        switch (which)
        {
            case 0:
                var r = RosterReader.Read(path);
                r.ValidateAgainstExtract(
                    new Evaluation.Calendar.IsoWeek(2016, 9),
                    new Evaluation.Calendar.IsoWeek(2016, 20)
                );
                break;
            case 1:
                CodebookTable.Load(path);
                break;
            case 2:
            case 6:
                DreamWideReader.Scan(path, roster, codebook, options, (_, _, _) => { });
                break;
            case 3:
                DreamLongReader.Scan(path, roster, codebook, options, (_, _, _) => { });
                break;
            case 4:
                HoursReader.ReadWeekly(path, roster);
                break;
            default:
                HoursReader.ReadMonthly(path, roster);
                break;
        }
    }

    private static string Corrupt(string text, Random random)
    {
        var chars = new List<char>(text);
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && chars.Count > 0; e++)
        {
            int at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, chars[at]);
                    break;
                case 2:
                    chars[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    chars.RemoveRange(at, chars.Count - at);
                    break;
            }
        }
        return new string([.. chars]);
    }
}
