using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

public class RosterReaderTests
{
    private const string Header = "person_id,arm,visitation_date,site,target_group,gender";

    [Fact]
    public void Reads_persons_arms_weeks_and_covariates()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "roster.csv",
            Header + "\nSECRET1,Treatment,2016-03-10,A,cash,f\nSECRET2,0,2016-01-01,B,rc,\n"
        );
        var roster = RosterReader.Read(path);
        Assert.Equal(2, roster.Count);
        Assert.Equal(["gender"], roster.CovariateNames);
        var p = roster.Persons[0];
        Assert.Equal(Arm.Treatment, p.Arm);
        Assert.Equal(new IsoWeek(2016, 10), p.VisitationWeek);
        Assert.Equal("f", p.Covariates[0]);
        Assert.Equal(2, p.Line);
        Assert.Equal(Arm.Control, roster.Persons[1].Arm);
        Assert.Equal(new IsoWeek(2015, 53), roster.Persons[1].VisitationWeek);
        Assert.Null(roster.Persons[1].Covariates[0]);
        Assert.True(roster.TryGetIndex("SECRET2".AsSpan(), out int i));
        Assert.Equal(1, i);
        Assert.False(roster.TryGetIndex("nobody".AsSpan(), out _));
        Assert.DoesNotContain("SECRET", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_id_column()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", "id,arm,visitation_date,site,target_group\nSECRET1,1,2016-03-10,A,c\n");
        var ex = InputAssert.Fails(() => RosterReader.Read(path), path, 1, 0);
        Assert.Contains("person_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicated_id_column()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "r.csv",
            "person_id,arm,visitation_date,site,target_group,PERSON_ID\nSECRET1,1,2016-03-10,A,c,x\n"
        );
        InputAssert.Fails(() => RosterReader.Read(path), path, 1, 6);
    }

    [Fact]
    public void Same_person_twice_names_both_lines_not_the_id()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "r.csv",
            Header + "\nSECRET1,1,2016-03-10,A,c,f\nSECRET2,0,2016-03-10,A,c,f\nSECRET1,0,2016-03-11,A,c,f\n"
        );
        var ex = InputAssert.Fails(() => RosterReader.Read(path), path, 4, 1, "SECRET1");
        Assert.Contains("lines 2 and 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("placebo")]
    [InlineData("")]
    public void Arm_with_a_third_level(string arm)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", Header + $"\nSECRET1,1,2016-03-10,A,c,f\nSECRET2,{arm},2016-03-10,A,c,f\n");
        InputAssert.Fails(() => RosterReader.Read(path), path, 3, 2, "SECRET2");
    }

    [Fact]
    public void Arm_with_only_one_level()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", Header + "\nSECRET1,treatment,2016-03-10,A,c,f\nSECRET2,1,2016-03-10,A,c,f\n");
        var ex = InputAssert.Fails(() => RosterReader.Read(path), path, 1, 2);
        Assert.Contains("one level", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10-03-2016")]
    [InlineData("2016-02-30")]
    [InlineData("2016/03/10")]
    [InlineData("")]
    public void Unparseable_visitation_date(string date)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", Header + $"\nSECRET1,1,2016-03-10,A,c,f\nSECRET2,0,{date},A,c,f\n");
        InputAssert.Fails(() => RosterReader.Read(path), path, 3, 3, "SECRET2");
    }

    [Fact]
    public void Visitation_outside_the_extract()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", Header + "\nSECRET1,1,2016-03-10,A,c,f\nSECRET2,0,2017-01-10,A,c,f\n");
        var roster = RosterReader.Read(path);
        roster.ValidateAgainstExtract(new IsoWeek(2016, 1), new IsoWeek(2017, 2));
        var ex = InputAssert.Fails(
            () => roster.ValidateAgainstExtract(new IsoWeek(2016, 1), new IsoWeek(2016, 52)),
            path,
            3,
            3,
            "SECRET2"
        );
        Assert.Contains("2017-W02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_only_roster_is_an_error()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", Header + "\n");
        InputAssert.Fails(() => RosterReader.Read(path), path, 2, 0);
    }

    [Fact]
    public void Empty_roster_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("r.csv", "");
        InputAssert.Fails(() => RosterReader.Read(path), path, 0, 0);
    }

    [Fact]
    public void Lookup_finds_every_roster_id_and_no_other()
    {
        var roster = Evaluation.Register.RegisterScanBenchmark.GenerateRoster(60_000, every: 3, new IsoWeek(2016, 10));
        for (int p = 0; p < 60_000; p++)
        {
            string id = (1_000_000_000L + p).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool found = roster.TryGetIndex(id, out int index);
            Assert.Equal(p % 3 == 0, found);
            if (found)
            {
                Assert.Equal(p / 3, index);
            }
        }
        Assert.False(roster.TryGetIndex("", out _));
    }
}
