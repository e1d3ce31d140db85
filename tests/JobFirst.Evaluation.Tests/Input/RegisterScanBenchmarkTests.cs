using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>The benchmark helper runs end to end on a tiny file (no timing assertions).</summary>
public class RegisterScanBenchmarkTests
{
    [Fact]
    public void Generated_register_scans_against_a_sparse_roster()
    {
        using var dir = new TempDirectory();
        var path = dir.File("wide.csv");
        var first = new IsoWeek(2015, 50);
        RegisterScanBenchmark.GenerateWideFile(path, persons: 500, weeks: 10, first, seed: 7);
        var roster = RegisterScanBenchmark.GenerateRoster(500, every: 20, first.AddWeeks(3));
        var result = RegisterScanBenchmark.Run(path, roster, CodebookTable.Default);
        Assert.Equal(500, result.RowsRead);
        Assert.Equal(25, result.MatchedPersons);
        Assert.Equal(250, result.PersonWeeks);
        Assert.Equal(501, result.Lines);
        Assert.True(result.ScanMegabytesPerSecond > 0);
    }

    [Fact]
    public void Byte_fast_path_and_general_path_agree()
    {
        // A grad column sends every row down the general (decode + tokenise) path; without it plain
        // rows take the byte-level fast path. Both must deliver the same categories.
        using var dir = new TempDirectory();
        var plain = dir.File("plain.csv");
        var first = new IsoWeek(2015, 40);
        RegisterScanBenchmark.GenerateWideFile(plain, persons: 400, weeks: 30, first, seed: 11);
        var lines = File.ReadAllLines(plain);
        lines[0] += ",grad_2015_10";
        for (int i = 1; i < lines.Length; i++)
        {
            lines[i] += ",";
        }
        var withGrad = dir.File("grad.csv");
        File.WriteAllLines(withGrad, lines);
        var roster = RegisterScanBenchmark.GenerateRoster(400, every: 3, first);

        Dictionary<int, Codebook.BenefitCategory[]> Scan(string path)
        {
            var persons = new Dictionary<int, Codebook.BenefitCategory[]>();
            DreamWideReader.Scan(
                path,
                roster,
                CodebookTable.Default,
                RegisterScanOptions.Default,
                (i, w, _) => persons.Add(i, w.ToArray())
            );
            return persons;
        }

        var fast = Scan(plain);
        var general = Scan(withGrad);
        Assert.Equal(roster.Count, fast.Count);
        foreach (var (index, weeks) in fast)
        {
            Assert.Equal(general[index], weeks);
        }
        Assert.Contains(fast.Values, w => w.Contains(Codebook.BenefitCategory.Internship));
    }
}
