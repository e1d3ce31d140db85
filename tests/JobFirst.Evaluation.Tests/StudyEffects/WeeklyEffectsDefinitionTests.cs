using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>Hand-built panels pinning the definitions of the weekly and window effects.</summary>
public sealed class WeeklyEffectsDefinitionTests
{
    // Week-1 hours: treated 10, 20, 30; control 0, 10 (and 2 more control persons visited later).
    private static HandPanel Small() =>
        new(
            (0, true, [10, 1, 1, 1, 1, 1]),
            (0, true, [20, 2, 2, 2, 2, 2]),
            (6, true, [30, 3, 3, 3, 3, 3]),
            (0, false, [0, 0, 0, 0, 0, 0]),
            (9, false, [10, 4, 4, 4, 4, 4])
        );

    private static WeeklyEffects Hours(HandPanel h, WeekRange weeks, Population? population = null, int minCell = 2) =>
        PanelWeeklyEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            weeks,
            population ?? Population.Available,
            new WeeklyEffectOptions { MinCell = minCell }
        )[0];

    [Fact]
    public void Week_effect_is_the_difference_in_means_with_the_Welch_standard_error()
    {
        var e = Hours(Small(), new WeekRange(1, 1)).Effects[0];
        Assert.Equal(3, e.NTreated);
        Assert.Equal(2, e.NControl);
        Assert.Equal(20, e.MeanTreated);
        Assert.Equal(5, e.MeanControl);
        var r = e.Result!;
        Assert.Equal(15, r.Estimate, 12);
        double vt = 100.0 / 3,
            vc = 50.0 / 2;
        Assert.Equal(Math.Sqrt(vt + vc), r.StdError, 12);
        Assert.Equal((vt + vc) * (vt + vc) / (vt * vt / 2 + vc * vc / 1), r.Df, 10);
        Assert.Equal(3.0, e.RelativeEffect!.Value, 12);
        Assert.Equal(5, e.NFollowed);
    }

    [Fact]
    public void Persons_followed_shrink_with_right_censoring()
    {
        // Extract of 12 weeks: visited at week index 0 → 12 weeks followed, 6 → 6, 9 → 3.
        var effects = Hours(Small(), new WeekRange(1, 12), minCell: 1).Effects;
        Assert.Equal([5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3], effects.Select(e => (int)e.NFollowed));
        Assert.All(effects.Take(6), e => Assert.Equal(3, e.NTreated));
        Assert.All(effects.Skip(6), e => Assert.Equal(2, e.NTreated));
        Assert.All(effects.Skip(3), e => Assert.Equal(1, e.NControl));
    }

    [Fact]
    public void Weeks_with_a_small_arm_are_suppressed_but_keep_their_counts()
    {
        var effects = Hours(Small(), new WeekRange(1, 6), minCell: 3).Effects;
        Assert.All(
            effects,
            e =>
            {
                Assert.True(e.Suppressed);
                Assert.Null(e.MeanControl);
                Assert.Null(e.Result);
                Assert.True(e.NControl < 3);
            }
        );
        var table = Hours(Small(), new WeekRange(1, 6), minCell: 3).ToTable();
        Assert.Null(table[0, "estimate"]);
        Assert.Equal(true, table[0, "suppressed"]);
        Assert.Equal(2L, table[0, "n_control"]);
    }

    [Fact]
    public void Balanced_population_keeps_only_persons_followed_through_week_K()
    {
        var w = Hours(Small(), new WeekRange(1, 6), Population.BalancedThrough(6), minCell: 1);
        Assert.All(w.Effects, e => Assert.Equal(4, e.NFollowed));
        Assert.Equal(1, w.Exclusions["outside_population"]);
        Assert.Throws<InputException>(() => Hours(Small(), new WeekRange(1, 7), Population.BalancedThrough(6)));
        Assert.Equal("balanced:6", w.Metadata()["population"]);
    }

    [Fact]
    public void Persons_missing_from_the_register_are_excluded_and_counted()
    {
        var h = new HandPanel(
            (0, true, [1, 1]),
            (0, true, [2, 2]),
            (0, false, [0, 0]),
            (0, false, [1, 1]),
            (0, false, null)
        );
        var w = Hours(h, new WeekRange(1, 2));
        Assert.Equal(1, w.Exclusions["not_in_register"]);
        Assert.Equal(2, w.Effects[0].NControl);
        Assert.Equal("1", w.Metadata()["excluded_not_in_register"]);
    }

    [Fact]
    public void Window_outcomes_are_per_person_with_incomplete_windows_counted_per_arm()
    {
        var h = Small();
        var w = PanelWindowEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            WindowSpec.Parse("2:4:mean"),
            Population.Available,
            new WeeklyEffectOptions { MinCell = 1 }
        )[0];
        // The control person visited at week index 9 is followed 3 weeks only: window 2..4 incomplete.
        Assert.Equal(0, w.IncompleteTreated);
        Assert.Equal(1, w.IncompleteControl);
        Assert.Equal(2.0, w.Comparison.MeanTreated!.Value, 12); // (1 + 2 + 3) / 3
        Assert.Equal(0.0, w.Comparison.MeanControl!.Value, 12);
        var sum = PanelWindowEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Employed],
            WindowSpec.Parse("1:3:sum"),
            Population.Available,
            new WeeklyEffectOptions { MinCell = 1 }
        )[0];
        Assert.Equal(3.0, sum.Comparison.MeanTreated!.Value, 12);
        Assert.Equal(1.5, sum.Comparison.MeanControl!.Value, 12); // 0 and 3 weeks employed
    }

    [Fact]
    public void Blocks_without_two_persons_per_arm_are_left_out_of_the_week()
    {
        var h = new HandPanel(
            (0, true, [1]),
            (0, true, [2]),
            (0, false, [0]),
            (0, false, [1]),
            (0, true, [9]), // block 1 has one treated and two control persons
            (0, false, [3]),
            (0, false, [4])
        );
        var blocks = new PersonGrouping("b", ["a", "b"], [0, 0, 0, 0, 1, 1, 1]);
        var e = PanelWeeklyEffects
            .Estimate(
                h.Panel,
                h.Treated,
                [WeeklyIndicator.Hours],
                new WeekRange(1, 1),
                Population.Available,
                new WeeklyEffectOptions { Design = DimDesign.Blocked, MinCell = 1 },
                new DesignCodes(blocks)
            )[0]
            .Effects[0];
        Assert.Equal(1.5 - 0.5, e.Result!.Estimate, 12); // block a only
        Assert.StartsWith("1 block(s) left out", e.Note, StringComparison.Ordinal);
        Assert.Equal(3, e.NTreated); // the counts and means cover every followed person
    }

    [Fact]
    public void A_cluster_in_both_arms_is_an_error_naming_the_cluster()
    {
        var h = new HandPanel((0, true, [1]), (0, false, [2]), (0, true, [1]), (0, false, [0]));
        var clusters = new PersonGrouping("c", ["x", "y"], [0, 0, 1, 1]);
        var ex = Assert.Throws<InputException>(() =>
            PanelWeeklyEffects.Estimate(
                h.Panel,
                h.Treated,
                [WeeklyIndicator.Hours],
                new WeekRange(1, 1),
                Population.Available,
                new WeeklyEffectOptions { Design = DimDesign.Clustered, MinCell = 1 },
                new DesignCodes(Clusters: clusters)
            )
        );
        Assert.Contains("cluster 'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_values_agree_with_the_panel_definitions_for_every_indicator()
    {
        var study = StudySimulator.Simulate(new SimulationOptions(SimulationScenario.JobFirst, 1, Persons: 300));
        var panel = study.ToEventPanel();
        var range = new WeekRange(3, 40);
        var buffer = new double[range.Count];
        foreach (var indicator in WeeklyIndicatorNames.All)
        {
            for (int p = 0; p < panel.PersonCount; p++)
            {
                int n = PanelValues.Fill(panel, p, indicator, range, buffer);
                Assert.Equal(Math.Clamp(panel.ObservedWeeks(p) - 2, 0, range.Count), n);
                for (int j = 0; j < n; j++)
                {
                    Assert.Equal(panel.Value(p, indicator, range.First + j), buffer[j]);
                }
            }
        }
    }

    [Fact]
    public void Weekly_accumulator_path_equals_the_core_array_estimator()
    {
        var h = Small();
        var r = Hours(h, new WeekRange(1, 1)).Effects[0].Result!;
        var core = DifferenceInMeans.Estimate(
            new double[] { 10, 20, 30, 0, 10 },
            new[] { true, true, true, false, false }
        );
        Assert.Equal(core.Estimate, r.Estimate, 12);
        Assert.Equal(core.StdError, r.StdError, 12);
        Assert.Equal(core.Df, r.Df, 10);
        Assert.Equal(core.PValue, r.PValue, 12);
    }

    [Theory]
    [InlineData("0:5")]
    [InlineData("5:3")]
    [InlineData("a:b")]
    [InlineData("1:2:3")]
    public void Bad_week_ranges_are_input_errors(string text) =>
        Assert.Throws<InputException>(() => WeekRange.Parse(text));

    [Theory]
    [InlineData("balanced")]
    [InlineData("balanced:0")]
    [InlineData("everyone")]
    public void Bad_populations_are_input_errors(string text) =>
        Assert.Throws<InputException>(() => Population.Parse(text));

    [Theory]
    [InlineData("27:78")]
    [InlineData("27:78:median")]
    [InlineData("78:27:mean")]
    public void Bad_windows_are_input_errors(string text) =>
        Assert.Throws<InputException>(() => WindowSpec.Parse(text));

    [Fact]
    public void Parsers_accept_the_documented_forms()
    {
        Assert.Equal(new WeekRange(1, 52), WeekRange.Parse("1:52"));
        Assert.Equal(new WeekRange(35, 35), WeekRange.Parse("35"));
        Assert.Equal(Population.BalancedThrough(30), Population.Parse("balanced:30"));
        Assert.Equal(Population.Available, Population.Parse("Available"));
        Assert.Equal(WindowStatistic.Ever, WindowSpec.Parse("1:26:ever").Statistic);
        Assert.Equal("27:78:mean", WindowSpec.Parse("27:78:mean").ToString());
    }
}
