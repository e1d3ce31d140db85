using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary>The official panel and indicator table reproduce the fixture's in-memory calibration figures.</summary>
public sealed class SimulatedPanelTests(JobFirstSimulationFixture fx) : IClassFixture<JobFirstSimulationFixture>
{
    [Fact]
    public void Indicator_table_from_the_panel_matches_the_in_memory_computation()
    {
        var panel = fx.Study.ToEventPanel(
            new EventPanelOptions { ExitHandling = ExitHandling.KeepAsCategory, MaxFollowUpWeeks = 44 }
        );
        var rows = IndicatorTable.Compute(
            panel,
            fx.Study.Treated(),
            [WeeklyIndicator.Employed, WeeklyIndicator.Hours, WeeklyIndicator.Internship, WeeklyIndicator.Active13],
            minCell: 1
        );
        foreach (var (arm, label) in new[] { (SimulatedArm.Treatment, "treatment"), (SimulatedArm.Control, "control") })
        {
            foreach (int week in new[] { 1, 20, 35, 44 })
            {
                double Get(string indicator) =>
                    rows.Single(r => r.Indicator == indicator && r.Week == week && r.Arm == label).Mean!.Value;
                Assert.Equal(fx.Employed(arm, week), Get("employed"), 12);
                Assert.Equal(fx.Hours(arm, week), Get("hours"), 4);
                Assert.Equal(fx.Share(arm, week, Codebook.BenefitCategory.Internship), Get("internship"), 12);
                Assert.Equal(fx.Reached13(arm, week), Get("active13"), 12);
            }
        }
    }
}
