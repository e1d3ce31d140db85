using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// The weekly effects on the simulator's default JobFirst data look like the midterm report (seed 000:326, 000:349,
/// 000:361): the 13-week indicator's effect is about 25 pp at week 35 and significant from week 14 on (week 13 is the
/// first week the indicator can be reached); about +5 pp on employment at week 35.
/// </summary>
public sealed class SeedEffectsTests
{
    [Fact]
    public void Default_JobFirst_effects_match_the_midterm_report()
    {
        var study = StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.JobFirst));
        var effects = PanelWeeklyEffects.Estimate(
            study.ToEventPanel(),
            study.Treated(),
            [WeeklyIndicator.Active13, WeeklyIndicator.Employed],
            new WeekRange(1, 44),
            Population.Available,
            new WeeklyEffectOptions { Band = new SimultaneousBandOptions(Draws: 2000) }
        );
        var active13 = effects[0].Effects;
        double week35 = active13[34].Result!.Estimate;
        Assert.InRange(week35, 0.20, 0.30);
        Assert.All(active13.Take(12), e => Assert.Equal(0, e.Result!.Estimate));
        Assert.All(active13.Skip(13), e => Assert.True(e.Result!.PValue < 0.05, $"week {e.Week}"));
        Assert.All(active13.Skip(13), e => Assert.True(effects[0].Band!.Low[e.Week - 1] > 0, $"band at week {e.Week}"));
        Assert.InRange(active13[43].Result!.Estimate, 0.25, 0.45);
        Assert.InRange(effects[1].Effects[34].Result!.Estimate, 0.02, 0.09);
    }
}
