using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Studies;

/// <summary>
/// <see cref="Study.Load"/> streams hours straight into the event panel and fills it from the register in
/// parallel chunks. Its panel must equal, cell for cell, the panel built the plain way: a sequential
/// register scan with each person's hours filled from a <see cref="HoursTable"/>.
/// </summary>
public sealed class StreamedLoadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public StreamedLoadTests()
    {
        var simulated = StudySimulator.Simulate(
            SimulationOptions.For(SimulationScenario.JobFirst) with
            {
                Persons = 900,
            }
        );
        StudySimulator.Write(simulated, _dir.Path);
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Weekly_hours_streamed_into_the_panel_equal_the_hours_table_path(int chunks)
    {
        var files = StudyFiles.InDirectory(_dir.Path);
        var study = Study.Load(files, new StudyLoadOptions { Chunks = chunks });
        var table = HoursReader.ReadWeekly(files.Hours!, study.Roster);
        AssertSamePanel(PlainPanel(files, table, new EventPanelOptions()), study.Panel);
        Assert.Equal(table.RowsRead, study.Linkage.HoursRows);
        Assert.Equal(table.MatchedPersons, study.Linkage.HoursMatched);
        Assert.Equal(table.HoursOnlyRows, study.Linkage.HoursOnlyRows);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Monthly_hours_and_exits_kept_as_a_category_give_the_same_panel(int chunks)
    {
        var baseFiles = StudyFiles.InDirectory(_dir.Path);
        var roster = RosterReader.Read(baseFiles.Roster);
        var random = new Random(3);
        var monthly = new StringBuilder("person_id;month;hours\n");
        foreach (var p in roster.Persons)
        {
            // Months from three years before visitation to three years after, some outside the extract.
            var month = new YearMonth(p.VisitationDate.Year - 3, p.VisitationDate.Month);
            for (int m = 0; m < 72; m += 1 + random.Next(3))
            {
                string hours = (random.Next(160) + random.Next(100) / 100.0).ToString(CultureInfo.InvariantCulture);
                monthly.Append(
                    CultureInfo.InvariantCulture,
                    $"{p.PersonId};{month.AddMonths(m)};{hours.Replace('.', ',')}\n"
                );
            }
        }
        var files = baseFiles with
        {
            Hours = _dir.Write("monthly.csv", monthly.ToString()),
            HoursResolution = HoursResolution.Monthly,
        };
        var panelOptions = new EventPanelOptions { ExitHandling = ExitHandling.KeepAsCategory, HistoryWeeks = 100 };
        var study = Study.Load(files, new StudyLoadOptions { Chunks = chunks, Panel = panelOptions });
        var reference = PlainPanel(files, HoursReader.ReadMonthly(files.Hours!, roster), panelOptions);
        AssertSamePanel(reference, study.Panel);
        Assert.Equal(roster.Count, study.Linkage.HoursMatched);
    }

    [Fact]
    public void Without_an_hours_file_the_panel_has_no_hours()
    {
        var files = StudyFiles.InDirectory(_dir.Path) with { Hours = null };
        var study = Study.Load(files, new StudyLoadOptions { Chunks = 4 });
        Assert.False(study.Panel.HasHours);
        Assert.Null(study.Linkage.HoursRows);
    }

    [Fact]
    public void A_duplicate_hours_week_outside_every_window_is_still_an_error()
    {
        var files = StudyFiles.InDirectory(_dir.Path);
        var lines = File.ReadAllLines(files.Hours!).ToList();
        var id = lines[1].Split(',')[0];
        lines.Add($"{id},1999-W10,1");
        lines.Add($"{id},1999-W10,2");
        var hours = _dir.File("dup-hours.csv");
        File.WriteAllLines(hours, lines);
        var ex = Assert.Throws<InputException>(() =>
            Study.Load(files with { Hours = hours }, new StudyLoadOptions { Chunks = 3 })
        );
        Assert.Contains(
            FormattableString.Invariant($"lines {lines.Count - 1} and {lines.Count}"),
            ex.Message,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(id, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_errors_come_before_register_header_errors_as_in_a_sequential_load()
    {
        var files = StudyFiles.InDirectory(_dir.Path);
        var badHours = _dir.Write("bad-hours.csv", "person_id,iso_week,hours\nX,2016-W10,-1\n");
        var badRegister = _dir.Write("bad-register.csv", "person_id,y_1610,y_1612\nX,,\n");
        var ex = Assert.Throws<InputException>(() =>
            Study.Load(files with { Hours = badHours, Register = badRegister })
        );
        Assert.Equal(badHours, ex.File);
        var missing = Assert.Throws<FileNotFoundException>(() =>
            Study.Load(files with { Register = _dir.File("absent.csv") })
        );
        Assert.Contains("absent.csv", missing.Message, StringComparison.Ordinal);
        var registerError = Assert.Throws<InputException>(() => Study.Load(files with { Register = badRegister }));
        Assert.Equal(badRegister, registerError.File);
    }

    private static EventPanel PlainPanel(StudyFiles files, HoursTable hours, EventPanelOptions options)
    {
        var roster = RosterReader.Read(files.Roster);
        RegisterLayout layout;
        using (var reader = Evaluation.Input.Csv.DelimitedReader.Open(files.Register))
        {
            layout = RegisterLayout.ParseWide(reader.Header, files.Register);
        }
        var builder = new EventPanelBuilder(
            [.. roster.Persons.Select(p => p.VisitationWeek)],
            new ExtractWindow(layout.FirstWeek, layout.LastWeek),
            options
        );
        var buffer = new float[layout.WeekCount];
        DreamWideReader.Scan(
            files.Register,
            roster,
            CodebookTable.Load(files.Codebook!),
            RegisterScanOptions.Default,
            (person, weeks, _) =>
            {
                hours.FillWeekly(person, layout.FirstWeek, buffer);
                builder.Add(person, weeks, buffer);
            }
        );
        return builder.Build();
    }

    private static void AssertSamePanel(EventPanel expected, EventPanel actual)
    {
        Assert.Equal(expected.PersonCount, actual.PersonCount);
        Assert.Equal(expected.HasHours, actual.HasHours);
        for (int p = 0; p < expected.PersonCount; p++)
        {
            Assert.Equal(expected.IsLinked(p), actual.IsLinked(p));
            Assert.Equal(expected.ObservedWeeks(p), actual.ObservedWeeks(p));
            Assert.Equal(expected.Categories(p).ToArray(), actual.Categories(p).ToArray());
            Assert.Equal(expected.HoursSeries(p).ToArray(), actual.HoursSeries(p).ToArray());
            Assert.Equal(expected.Active13Week(p), actual.Active13Week(p));
            Assert.Equal(expected.History(p), actual.History(p));
            for (int w = expected.ObservedWeeks(p) + 1; w <= expected.MaxFollowUpWeeks; w++)
            {
                Assert.Equal(0f, actual.Hours(p, w));
            }
        }
    }
}
