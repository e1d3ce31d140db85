using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Tests.Support;
using CodebookFile = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary>
/// Files → official readers → event panel gives exactly the in-memory study (two code paths agree), and
/// the linkage report counts the planted roster-only and register-only persons.
/// </summary>
public sealed class SimulatedFilesRoundTripTests
{
    [Fact]
    public void Reading_the_written_files_reproduces_the_in_memory_panel_and_linkage()
    {
        using var dir = new TempDirectory();
        var options = new SimulationOptions(
            SimulationScenario.JobFirst,
            Seed: 11,
            Persons: 600,
            MissingFromRegister: 4
        );
        var result = StudySimulator.Run(options, dir.Path);
        var study = result.Study;

        var roster = RosterReader.Read(dir.File("roster.csv"));
        roster.ValidateAgainstExtract(study.ExtractStart, study.ExtractEnd);
        var codebook = CodebookFile.Load(dir.File("codebook.csv"));
        var hours = HoursReader.ReadWeekly(dir.File("hours.csv"), roster);
        var builder = new EventPanelBuilder(
            roster.Persons.Select(p => p.VisitationWeek).ToList(),
            new ExtractWindow(study.ExtractStart, study.ExtractEnd)
        );
        var scan = DreamWideReader.Scan(
            dir.File("register.csv"),
            roster,
            codebook,
            RegisterScanOptions.Default,
            (index, weeks, _) =>
            {
                var h = new float[weeks.Length];
                hours.FillWeekly(index, study.ExtractStart, h);
                builder.Add(index, weeks, h);
            }
        );
        var fromFiles = builder.Build();
        var inMemory = study.ToEventPanel();

        var memoryRoster = study.Roster();
        Assert.Equal(memoryRoster.Count, roster.Count);
        for (int i = 0; i < roster.Count; i++)
        {
            Assert.Equal(memoryRoster[i].PersonId, roster.Persons[i].PersonId);
            Assert.Equal(memoryRoster[i].Arm == SimulatedArm.Treatment, roster.Persons[i].Arm == Arm.Treatment);
            Assert.Equal(inMemory.IsLinked(i), fromFiles.IsLinked(i));
            Assert.Equal(inMemory.ObservedWeeks(i), fromFiles.ObservedWeeks(i));
            Assert.True(inMemory.Categories(i).SequenceEqual(fromFiles.Categories(i)));
            Assert.True(inMemory.HoursSeries(i).SequenceEqual(fromFiles.HoursSeries(i)));
            Assert.Equal(inMemory.Active13Week(i), fromFiles.Active13Week(i));
            Assert.Equal(inMemory.History(i), fromFiles.History(i));
        }

        var linkage = LinkageReport.Create(roster, scan, hours);
        Assert.Equal(4, linkage.RosterOnly);
        Assert.Equal(study.Persons.Count(p => !p.InRoster), linkage.RegisterOnlyRows);
        Assert.Equal(0, linkage.UnknownCodeCells);
    }
}
