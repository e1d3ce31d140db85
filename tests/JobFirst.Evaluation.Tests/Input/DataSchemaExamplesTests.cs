using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

public class DataSchemaExamplesTests
{
    [Fact]
    public void Every_example_file_reads_and_the_examples_are_consistent()
    {
        var roster = RosterReader.Read(RepositoryFiles.DataSchema("roster.example.csv"));
        Assert.Equal(6, roster.Count);
        Assert.Equal(["gender", "birth_year"], roster.CovariateNames);
        var codebook = CodebookTable.Load(RepositoryFiles.DataSchema("codebook.default.csv"));

        int widePersons = 0;
        var wide = DreamWideReader.Scan(
            RepositoryFiles.DataSchema("register-wide.example.csv"),
            roster,
            codebook,
            RegisterScanOptions.Default,
            (_, weeks, grad) =>
            {
                widePersons++;
                Assert.Equal(12, weeks.Length);
                Assert.Equal(12, grad.Length);
            }
        );
        roster.ValidateAgainstExtract(wide.Layout.FirstWeek, wide.Layout.LastWeek);
        Assert.Equal(5, widePersons);
        Assert.Equal(1, wide.RosterOnlyPersons);
        Assert.Equal(1, wide.RegisterOnlyRows);
        Assert.Equal(["branche_2016_03"], wide.Layout.IgnoredColumns);

        var longForm = DreamLongReader.Scan(
            RepositoryFiles.DataSchema("register-long.example.csv"),
            roster,
            codebook,
            RegisterScanOptions.Default,
            (_, _, _) => { }
        );
        Assert.Equal(5, longForm.MatchedPersons);
        Assert.Equal(wide.Layout.FirstWeek, longForm.Layout.FirstWeek);
        Assert.Equal(wide.Layout.LastWeek, longForm.Layout.LastWeek);

        var weekly = HoursReader.ReadWeekly(RepositoryFiles.DataSchema("hours-weekly.example.csv"), roster);
        Assert.Equal(1, weekly.HoursOnlyRows);
        var monthly = HoursReader.ReadMonthly(RepositoryFiles.DataSchema("hours-monthly.example.csv"), roster);
        Assert.Equal(1, monthly.HoursOnlyRows);
        Assert.Equal(2, monthly.MatchedPersons);

        var report = LinkageReport.Create(roster, wide, weekly);
        Assert.Equal(1, report.RosterOnly);
    }
}
