using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Survival.DiscreteTime;
using JobFirst.Evaluation.Survival.KaplanMeier;
using JobFirst.Evaluation.Survival.Spells;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>
/// The simulator plants a weekly hazard of losing ordinary hours of 0.11 (control) vs 0.11 × 0.77 (treatment)
/// (seed 001:113-114, docs/simulator.md). The spell table and the discrete-time cloglog model must find it on
/// the default JobFirst scenario with the final extract, read back through the files.
/// </summary>
public sealed class SimulatorStabilityCheckTests(FinalExtractFixture sim, ITestOutputHelper output)
    : IClassFixture<FinalExtractFixture>
{
    [Fact]
    public void The_cloglog_hazard_ratio_of_losing_ordinary_hours_recovers_the_planted_0_77()
    {
        var study = Study.Load(StudyFiles.InDirectory(sim.Directory));
        var spells = SpellExtractor.Extract(study).WithoutOngoingAtEntry();
        var fit = DiscreteTimeHazard.Fit(spells);
        var hr = fit.Ratio("treatment");
        // The planted discrete weekly probabilities 0.11 and 0.0847 correspond to a continuous-time hazard
        // ratio of log(1 − 0.0847)/log(1 − 0.11) = 0.7596, which is what exp(β) of the cloglog model estimates.
        double planted = Math.Log(1 - 0.11 * 0.77) / Math.Log(1 - 0.11);
        output.WriteLine(
            $"cloglog hazard ratio {hr.Ratio:F4} ({hr.ConfLow:F4}-{hr.ConfHigh:F4}), planted {planted:F4} (discrete ratio {StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.JobFirst) with { Persons = 10 }).PlantedHoursExitHazardRatio}); {fit.Spells} spells, {fit.PersonPeriods} person-weeks, {fit.Events} exits, {fit.Fit.Clusters} persons"
        );
        Assert.InRange(hr.Ratio, 0.70, 0.86);
        Assert.InRange(planted, hr.ConfLow, hr.ConfHigh);
        // Baseline: exp(α) of the first duration band gives a control weekly hazard near 0.11.
        double baseline = 1 - Math.Exp(-Math.Exp(fit.Coefficients[0].Estimate));
        output.WriteLine($"control weekly hazard in week 1 of a spell {baseline:F4}");
        Assert.InRange(baseline, 0.095, 0.125);
        // Treated persons hold their hours longer: more weeks within the first year, and log-rank significant.
        var km = KaplanMeierEstimator.Fit(spells.ToSurvivalData());
        var rmst = Assert.Single(km.RestrictedMeanDifferences(52));
        output.WriteLine($"{rmst.Term} = {rmst.Estimate:F2} weeks ({rmst.ConfLow:F2}-{rmst.ConfHigh:F2})");
        Assert.True(rmst.ConfLow > 0);
        Assert.True(LogRankTest.Compute(spells.ToSurvivalData()).PValue < 0.001);
        // The curves feed the report's Kaplan-Meier figure (treatment first, cut below min_cell at risk).
        var curves = km.ToFigureCurves([0, 4, 8, 13, 26, 52]);
        var svg = JobFirst.Evaluation.Figures.Svg.SvgWriter.Write(
            JobFirst.Evaluation.Figures.Builders.KaplanMeierFigure.Build(
                curves,
                [0, 4, 8, 13, 26, 52],
                new JobFirst.Evaluation.Figures.Builders.FigureOptions()
            )
        );
        Assert.Contains("treatment", svg, StringComparison.Ordinal);
        Assert.Equal([2402, 1979], curves.Select(c => c.AtRisk![0]));
        Assert.DoesNotContain(sim.RosterIds, id => svg.Contains(id, StringComparison.Ordinal));
    }
}
