using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Scripting;

public class PersonFrameTests
{
    [Fact]
    public void Study_person_frame_holds_the_indicator_of_the_week_and_no_identifier()
    {
        var study = ScriptingData.Study;
        var frame = study.PersonFrame(WeeklyIndicator.Employed, 26);
        Assert.Equal(study.Roster.Count, frame.RowCount);
        Assert.Equal("employed", frame.Columns[0].Name);
        Assert.Contains("treatment", frame.Columns.Select(c => c.Name));
        Assert.Contains("hist_weeks_sick", frame.Columns.Select(c => c.Name));
        Assert.DoesNotContain("person_id", frame.Columns.Select(c => c.Name));
        var employed = frame["employed"].Numbers.ToArray();
        var treatment = frame["treatment"].Numbers.ToArray();
        for (int p = 0; p < study.Panel.PersonCount; p++)
        {
            if (study.Panel.IsObserved(p, 26))
            {
                Assert.Equal(study.Panel.Hours(p, 26) > 0 ? 1.0 : 0.0, employed[p]);
            }
            else
            {
                Assert.True(double.IsNaN(employed[p]));
            }
            Assert.Equal(study.Treated[p] ? 1.0 : 0.0, treatment[p]);
        }
        // The indicator table's week-26 means are the frame's means by arm.
        var rows = IndicatorTable.Compute(study.Panel, study.Treated, [WeeklyIndicator.Employed], 26, 1);
        double t26 = rows.Single(r => r.Week == 26 && r.Arm == "treatment").Mean!.Value;
        var observedTreated = Enumerable
            .Range(0, employed.Length)
            .Where(p => treatment[p] == 1 && !double.IsNaN(employed[p]));
        Assert.Equal(t26, observedTreated.Average(p => employed[p]), 12);
        var ids = ScriptingData.PersonIds.ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(
            frame.Columns.Where(c => c.Kind == DataColumnKind.Text).SelectMany(c => c.Texts),
            t => t is not null && ids.Contains(t)
        );
    }

    [Fact]
    public void First_outcome_frame_matches_the_first_outcome_table()
    {
        using var tmp = new TempDirectory();
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Rum) with { Persons = 300 }, tmp.Path);
        var rum = MonitoringStudy.Load(MonitoringFiles.InDirectory(tmp.Path));
        var frame = rum.FirstOutcomeFrame();
        Assert.Equal(rum.Participants.Count, frame.RowCount);
        Assert.Equal(["reached", "first_outcome", "site", "target_group"], frame.Columns.Select(c => c.Name).Take(4));
        Assert.DoesNotContain("treatment", frame.Columns.Select(c => c.Name)); // participants only: no arms
        Assert.Equal(DataColumnKind.Numeric, frame["age"].Kind);
        var table = rum.FirstOutcomes().ToResultTable();
        int total = table.IndexOf("level");
        var any = table.Rows.Single(r => (string)r[total]! == "total" && (string)r[table.IndexOf("outcome")]! == "any");
        Assert.Equal(
            Convert.ToInt32(any[table.IndexOf("count")], System.Globalization.CultureInfo.InvariantCulture),
            (int)frame["reached"].Numbers.ToArray().Sum()
        );
        var firsts = frame["first_outcome"].Texts;
        var reached = frame["reached"].Numbers.ToArray();
        for (int i = 0; i < frame.RowCount; i++)
        {
            Assert.Equal(reached[i] == 1, firsts[i] is "employment" or "education" or "flexjob");
        }
    }
}
