using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Tests.Support;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>
/// The monitoring analyses, run through the files and readers on the simulator's rum (seed 004) and monitoring
/// (seed 003) scenarios with default seeds, reproduce what the simulator planted (docs/simulator.md).
/// </summary>
public sealed class MonitoringCalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void Rum_first_outcome_reproduces_the_planted_shares()
    {
        using var dir = new TempDirectory();
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Rum), dir.Path);
        var study = MonitoringStudy.Load(MonitoringFiles.InDirectory(dir.Path));
        var table = study.FirstOutcomes();
        var total = table.Rows.Where(r => r.Level == RowLevel.Total).ToDictionary(r => r.Outcome);
        double any = total["any"].Share!.Value;
        double hours = total["employment"].Count!.Value / (double)total["any"].Count!.Value;
        double su = total["education"].Count!.Value / (double)total["any"].Count!.Value;
        double flex = total["flexjob"].Count!.Value / (double)total["any"].Count!.Value;
        output.WriteLine(
            $"reached {any:P1} (range {total["any"].RangeLow:P1}..{total["any"].RangeHigh:P1}); of those hours {hours:P1}, SU {su:P1}, flexjob {flex:P1}"
        );
        Assert.Equal(1017, total["any"].N);
        Assert.Equal(0.485, any, 0.0005);
        Assert.InRange(hours, 0.80, 0.88);
        Assert.InRange(su, 0.09, 0.15);
        Assert.InRange(flex, 0.02, 0.06);
        Assert.Equal(0.280, total["any"].RangeLow!.Value, 0.0005);
        Assert.Equal(0.590, total["any"].RangeHigh!.Value, 0.0005);
    }

    [Fact]
    public void Monitoring_result_requirement_is_met_by_84_of_88_municipalities()
    {
        using var dir = new TempDirectory();
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Monitoring), dir.Path);
        var study = MonitoringStudy.Load(MonitoringFiles.InDirectory(dir.Path));
        var panel = study.MonthlyStatuses();
        var result = study.ResultRequirement(panel);
        output.WriteLine(
            $"period {panel.Months[0]}..{panel.Months[^1]}; met {result.UnitsMeeting} of {result.UnitsAssessed}"
        );
        var every = study.ResultRequirement(panel, rule: RequirementRule.EveryMonthInWindow);
        output.WriteLine($"every-month reading: met {every.UnitsMeeting} of {every.UnitsAssessed}");
        Assert.Equal((84, 88), (result.UnitsMeeting, result.UnitsAssessed));
    }
}
