using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Studies;

/// <summary>
/// End to end: simulate → write files → read them back through the streaming readers → panel. The
/// file path must agree with the simulator's in-memory panel (two code paths, one answer).
/// </summary>
public sealed class StudyLoadTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SimulatedStudy _simulated;
    private readonly Study _study;

    public StudyLoadTests()
    {
        _simulated = StudySimulator.Simulate(
            SimulationOptions.For(SimulationScenario.JobFirst) with
            {
                Persons = 1200,
            }
        );
        StudySimulator.Write(_simulated, _dir.Path);
        _study = Study.Load(StudyFiles.InDirectory(_dir.Path));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void File_path_and_in_memory_panel_agree_on_every_indicator_cell()
    {
        var memory = IndicatorTable.Compute(
            _simulated.ToEventPanel(),
            _simulated.Treated(),
            WeeklyIndicatorNames.All,
            60,
            1
        );
        var files = IndicatorTable.Compute(_study.Panel, _study.Treated, WeeklyIndicatorNames.All, 60, 1);
        Assert.Equal(memory.Count, files.Count);
        for (int i = 0; i < memory.Count; i++)
        {
            Assert.Equal(memory[i].NFollowed, files[i].NFollowed);
            Assert.Equal(memory[i].Mean!.Value, files[i].Mean!.Value, 1e-5);
        }
    }

    [Fact]
    public void Linkage_counts_register_only_rows_and_matches_every_roster_person()
    {
        Assert.Equal(_study.Roster.Count, _study.Linkage.RegisterMatched);
        Assert.Equal(0, _study.Linkage.RosterOnly);
        Assert.True(_study.Linkage.RegisterOnlyRows > 0);
    }

    [Fact]
    public void Long_register_gives_the_same_panel_as_the_wide_one()
    {
        // Rewrite the wide register in long form and load again.
        string longPath = _dir.File("register-long.csv");
        using (var w = new StreamWriter(longPath))
        {
            var lines = File.ReadAllLines(_dir.File("register.csv"));
            var header = lines[0].Split(',');
            w.Write("person_id,iso_week,code\n");
            foreach (var line in lines.Skip(1))
            {
                var f = line.Split(',');
                for (int c = 1; c < f.Length; c++)
                {
                    Assert.True(Evaluation.Calendar.IsoWeek.TryParseDreamColumn(header[c], out var week, out _));
                    w.Write($"{f[0]},{week},{f[c]}\n");
                }
            }
        }
        var longStudy = Study.Load(
            StudyFiles.InDirectory(_dir.Path) with
            {
                Register = longPath,
                RegisterFormat = RegisterFormat.LongForm,
            }
        );
        for (int p = 0; p < _study.Roster.Count; p += 7)
        {
            Assert.Equal(_study.Panel.ObservedWeeks(p), longStudy.Panel.ObservedWeeks(p));
            Assert.Equal(_study.Panel.Active13Week(p), longStudy.Panel.Active13Week(p));
            Assert.Equal(_study.Panel.History(p), longStudy.Panel.History(p));
        }
    }
}
