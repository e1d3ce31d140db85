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
}
