using System.Globalization;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary>Determinism and well-formedness of the simulator's files.</summary>
public sealed class SimulatorFilesTests
{
    private static SimulationOptions Small(SimulationScenario scenario, ulong seed) =>
        new(scenario, seed, Persons: 400, MissingFromRegister: 3);

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Theory]
    [InlineData(SimulationScenario.JobFirst)]
    [InlineData(SimulationScenario.Rum)]
    [InlineData(SimulationScenario.Monitoring)]
    public void Same_seed_gives_identical_bytes_and_another_seed_differs(SimulationScenario scenario)
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        using var c = new TempDirectory();
        StudySimulator.Run(Small(scenario, 7), a.Path);
        StudySimulator.Run(Small(scenario, 7), b.Path);
        StudySimulator.Run(Small(scenario, 8), c.Path);
        var fa = Files(a.Path);
        var fb = Files(b.Path);
        var fc = Files(c.Path);
        Assert.Equal(fa.Keys.Order(), fb.Keys.Order());
        foreach (var (name, bytes) in fa)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(fb[name]), $"{name} differs between equal seeds");
        }
        Assert.False(fa["register.csv"].AsSpan().SequenceEqual(fc["register.csv"]));
    }

    [Theory]
    [InlineData(SimulationScenario.JobFirst)]
    [InlineData(SimulationScenario.Rum)]
    [InlineData(SimulationScenario.Monitoring)]
    public void Files_are_well_formed(SimulationScenario scenario)
    {
        using var dir = new TempDirectory();
        var result = StudySimulator.Run(Small(scenario, 1), dir.Path);
        foreach (var path in result.Files)
        {
            string text = File.ReadAllText(path);
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            var lines = text.TrimEnd('\n').Split('\n');
            int fields = lines[0].Split(',').Length;
            Assert.All(lines, l => Assert.Equal(fields, l.Split(',').Length));
        }

        // Register: id then consecutive ISO week columns covering the extract.
        var register = File.ReadAllLines(dir.File("register.csv"));
        var header = register[0].Split(',');
        Assert.Equal("person_id", header[0]);
        var weeks = header
            .Skip(1)
            .Select(h => IsoWeek.TryParseDreamColumn(h, out var w, out _) ? w : throw new FormatException(h))
            .ToList();
        Assert.Equal(result.Study.ExtractStart, weeks[0]);
        Assert.Equal(result.Study.ExtractEnd, weeks[^1]);
        for (int i = 1; i < weeks.Count; i++)
        {
            Assert.Equal(1, weeks[i] - weeks[i - 1]);
        }
        var registerIds = register.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        Assert.Equal(registerIds.Count, registerIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(registerIds, id => Assert.Matches("^P[0-9]{6}$", id));

        // Codes in the register all fall in the default codebook.
        var ranges = File.ReadAllLines(dir.File("codebook.csv"))
            .Skip(1)
            .Select(l => l.Split(',')[0])
            .Select(ParseRange)
            .ToList();
        var codes = register
            .Skip(1)
            .SelectMany(l => l.Split(',').Skip(1))
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal);
        Assert.All(
            codes,
            c =>
                Assert.Contains(
                    ranges,
                    r =>
                        int.Parse(c, CultureInfo.InvariantCulture) >= r.Lo
                        && int.Parse(c, CultureInfo.InvariantCulture) <= r.Hi
                )
        );

        // Hours: only positive, <= 168, at most 2 decimals, weeks inside the extract, persons in the register.
        var ids = registerIds.ToHashSet(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dir.File("hours.csv")).Skip(1))
        {
            var f = line.Split(',');
            Assert.Contains(f[0], ids);
            Assert.True(IsoWeek.TryParse(f[1], out var w, out _));
            Assert.InRange(w.Index, result.Study.ExtractStart.Index, result.Study.ExtractEnd.Index);
            double h = double.Parse(f[2], CultureInfo.InvariantCulture);
            Assert.InRange(h, 0.01, 168);
            int dot = f[2].IndexOf('.', StringComparison.Ordinal);
            Assert.True(dot < 0 || f[2].Length - dot - 1 <= 2);
        }

        // Roster: fixed leading columns, valid dates inside the extract; a few roster persons missing from the register.
        var rosterFile = result.Study.Tables[0].FileName;
        var roster = File.ReadAllLines(dir.File(rosterFile));
        var rosterIds = roster.Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(3, rosterIds.Count(id => !ids.Contains(id)));
        Assert.True(registerIds.Any(id => !rosterIds.Contains(id)), "register-only persons exist");
        var rosterHeader = roster[0].Split(',');
        int dateColumn = Array.IndexOf(rosterHeader, "visitation_date");
        Assert.True(dateColumn > 0);
        foreach (var line in roster.Skip(1))
        {
            var date = DateOnly.ParseExact(line.Split(',')[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(
                IsoWeek.FromDate(date).Index,
                result.Study.ExtractStart.AddWeeks(156).Index,
                result.Study.ExtractEnd.Index
            );
        }
        if (scenario == SimulationScenario.JobFirst)
        {
            Assert.Equal(
                [
                    "person_id",
                    "arm",
                    "visitation_date",
                    "site",
                    "target_group",
                    "gender",
                    "birth_year",
                    "origin",
                    "education",
                ],
                rosterHeader
            );
            Assert.All(roster.Skip(1), l => Assert.Contains(l.Split(',')[1], new[] { "treatment", "control" }));
            Assert.StartsWith("site,caseload,", File.ReadAllLines(dir.File("sites.csv"))[0], StringComparison.Ordinal);
        }
    }

    private static (int Lo, int Hi) ParseRange(string text)
    {
        var parts = text.Split('-');
        int lo = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return (lo, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : lo);
    }

    [Fact]
    public void Memory_and_files_agree_on_hours_and_codes()
    {
        using var dir = new TempDirectory();
        var result = StudySimulator.Run(Small(SimulationScenario.JobFirst, 2), dir.Path);
        var study = result.Study;
        int expectedHoursRows = study.Persons.Where(p => p.InRegister).Sum(p => p.Hours.Count(h => h > 0));
        Assert.Equal(expectedHoursRows, result.HoursRows);
        Assert.Equal(expectedHoursRows, File.ReadLines(dir.File("hours.csv")).Count() - 1);
        var person = study.Persons.First(p => p.InRegister && p.Hours.Any(h => h > 0));
        int i = person.Hours.ToList().FindIndex(h => h > 0);
        string expected = string.Create(
            CultureInfo.InvariantCulture,
            $"{person.PersonId},{study.ExtractStart.AddWeeks(i)},{person.Hours[i]:0.##}"
        );
        Assert.Contains(expected, File.ReadLines(dir.File("hours.csv")));
    }

    [Fact]
    public void Later_extract_end_follows_the_same_persons_longer()
    {
        var midterm = StudySimulator.Simulate(new SimulationOptions(SimulationScenario.JobFirst, Persons: 300));
        var final = StudySimulator.Simulate(
            new SimulationOptions(SimulationScenario.JobFirst, Persons: 300, ExtractEnd: new IsoWeek(2018, 26))
        );
        Assert.Equal(midterm.ExtractStart, final.ExtractStart);
        Assert.True(final.Persons.Count(p => p.InRoster) > midterm.Persons.Count(p => p.InRoster));
        Assert.Equal(300, final.Persons.Count(p => p.InRoster));
    }
}
