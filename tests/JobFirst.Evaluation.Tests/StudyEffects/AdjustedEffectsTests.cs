using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// Definitions and properties of the covariate-adjusted weekly effects on hand-built panels: complete cases counted per
/// column, agreement with the difference in means without covariates, person order, an irrelevant covariate, the
/// precision gain from a prognostic covariate, and the option checks.
/// </summary>
public sealed class AdjustedEffectsTests
{
    internal sealed record Person(int Start, bool Treated, double X, string F, double[] Hours);

    private static (HandPanel Panel, BalanceCovariate[] Covariates) Build(IReadOnlyList<Person> persons) =>
        (
            new HandPanel([.. persons.Select(p => (p.Start, p.Treated, (double[]?)p.Hours))]),
            [
                BalanceCovariate.Numeric("x", [.. persons.Select(p => p.X)]),
                BalanceCovariate.Categorical("f", [.. persons.Select(p => (string?)p.F)]),
            ]
        );

    private static IReadOnlyList<WeeklyEffects> Run(
        HandPanel h,
        IReadOnlyList<BalanceCovariate> covariates,
        EffectEstimator estimator = EffectEstimator.Lin,
        WeekRange? weeks = null,
        OlsVariance? variance = null
    ) =>
        PanelWeeklyEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            weeks ?? new WeekRange(1, 6),
            Population.Available,
            new WeeklyEffectOptions
            {
                Estimator = estimator,
                Covariates = [.. covariates.Select(c => c.Name)],
                MinCell = 2,
                Variance = variance,
            },
            covariates: covariates
        );

    /// <summary>A simulated trial on a 12-week panel: hours = 10 + effect·t + slope·x + noise (x ~ N(0, 1), independent of t).</summary>
    private static List<Person> Simulate(int n, double effect, double slope, int seed)
    {
        var rng = new Random(seed);
        var persons = new List<Person>(n);
        for (int i = 0; i < n; i++)
        {
            bool t = i % 2 == 0;
            double x = Normal(rng);
            var hours = new double[12];
            for (int k = 0; k < 12; k++)
            {
                hours[k] = Math.Max(0, 10 + (t ? effect : 0) + slope * x + 3 * Normal(rng));
            }
            persons.Add(
                new Person(
                    rng.Next(0, 4),
                    t,
                    x,
                    rng.Next(3) switch
                    {
                        0 => "a",
                        1 => "b",
                        _ => "c",
                    },
                    hours
                )
            );
        }
        return persons;
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Fact]
    public void Persons_with_a_missing_covariate_are_excluded_and_counted_per_column()
    {
        var persons = Simulate(40, 1, 1, 3);
        var (h, covs) = Build(persons);
        var x = covs[0].Numbers!.ToArray();
        var f = covs[1].Texts!.ToArray();
        x[0] = double.NaN;
        x[1] = double.NaN;
        f[1] = null;
        f[2] = null;
        f[3] = null;
        var effects = Run(h, [BalanceCovariate.Numeric("x", x), BalanceCovariate.Categorical("f", f)])[0];
        Assert.Equal(4, effects.Exclusions["missing_covariates"]); // persons 0..3
        Assert.Equal(2, effects.Exclusions["missing_x"]);
        Assert.Equal(3, effects.Exclusions["missing_f"]);
        var week1 = effects.Effects[0];
        Assert.Equal(36, week1.NFollowed);
        Assert.Equal(36, week1.Adjusted!.Observations);
        var meta = effects.ToTable().Metadata;
        Assert.Equal("4", meta["excluded_missing_covariates"]);
        Assert.Equal("2", meta["excluded_missing_x"]);
        Assert.StartsWith("complete cases", meta["covariate_rule"], StringComparison.Ordinal);
        Assert.Equal("lm_lin per event week", meta["estimator"]);
        Assert.Equal("HC2", meta["se_type"]);
        Assert.Contains("estimatr::lm_lin(y ~ t, covariates = ~ x + f, se_type = \"HC2\")", meta["reference"]);
    }

    [Fact]
    public void Persons_not_in_the_register_are_not_counted_again_for_missing_history()
    {
        var persons = Simulate(20, 1, 1, 4);
        var panel = new HandPanel([.. persons.Select((p, i) => (p.Start, p.Treated, i == 0 ? null : p.Hours))]);
        var x = persons.Select((p, i) => i == 0 ? double.NaN : p.X).ToArray();
        var effects = Run(panel, [BalanceCovariate.Numeric("x", x)])[0];
        Assert.Equal(1, effects.Exclusions["not_in_register"]);
        Assert.False(effects.Exclusions.ContainsKey("missing_covariates"));
    }

    [Fact]
    public void Without_covariates_Lin_is_the_difference_in_means_with_the_Neyman_SE()
    {
        Prop.ForAll(
                Gen.Choose(0, 100_000).ToArbitrary(),
                seed =>
                {
                    var (h, _) = Build(Simulate(30, 0.5, 2, seed));
                    var lin = Run(h, [])[0];
                    var dim = PanelWeeklyEffects.Estimate(
                        h.Panel,
                        h.Treated,
                        [WeeklyIndicator.Hours],
                        new WeekRange(1, 6),
                        Population.Available,
                        new WeeklyEffectOptions { MinCell = 2 }
                    )[0];
                    return lin
                        .Effects.Zip(dim.Effects)
                        .All(e =>
                            e.First.Adjusted is { } a
                            && e.Second.Result is { } r
                            && Near(a.Effect.Estimate, r.Estimate)
                            && Near(a.Effect.StdError, r.StdError)
                            && a.Effect.Df == e.First.NFollowed - 2
                            && Near(e.First.MeanTreated!.Value, e.Second.MeanTreated!.Value)
                        );
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void Order_of_persons_does_not_matter()
    {
        Prop.ForAll(
                Gen.Choose(0, 100_000).ToArbitrary(),
                Gen.Elements(EffectEstimator.Lin, EffectEstimator.Ols).ToArbitrary(),
                (seed, estimator) =>
                {
                    var persons = Simulate(36, 1, 2, seed);
                    var order = new Random(seed + 1);
                    var shuffled = persons.OrderBy(_ => order.Next()).ToList();
                    var (h1, c1) = Build(persons);
                    var (h2, c2) = Build(shuffled);
                    var a = Run(h1, c1, estimator)[0];
                    var b = Run(h2, c2, estimator)[0];
                    return a
                        .Effects.Zip(b.Effects)
                        .All(e =>
                            (e.First.Inference is null) == (e.Second.Inference is null)
                            && (
                                e.First.Inference is not { } x
                                || (
                                    Near(x.Estimate, e.Second.Inference!.Estimate)
                                    && Near(x.StdError, e.Second.Inference.StdError)
                                    && x.Df == e.Second.Inference.Df
                                )
                            )
                        );
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void A_covariate_unrelated_to_treatment_and_outcome_leaves_the_estimate_consistent()
    {
        // x does not enter the outcome (slope 0): the adjusted and unadjusted estimates differ by far less than one SE.
        var (h, covs) = Build(Simulate(4000, 1.5, 0, 11));
        var lin = Run(h, [covs[0]], weeks: new WeekRange(1, 8))[0];
        var dim = Run(h, [], weeks: new WeekRange(1, 8))[0];
        foreach (var (l, d) in lin.Effects.Zip(dim.Effects))
        {
            var a = l.Inference!;
            var b = d.Inference!;
            Assert.True(
                Math.Abs(a.Estimate - b.Estimate) < 0.1 * b.StdError,
                $"week {l.Week}: {a.Estimate} vs {b.Estimate}"
            );
            Assert.True(
                Math.Abs(a.StdError / b.StdError - 1) < 0.01,
                $"week {l.Week}: SE {a.StdError} vs {b.StdError}"
            );
            Assert.True(Math.Abs(a.Estimate - 1.5) < 4 * a.StdError, $"week {l.Week}: {a.Estimate} far from 1.5");
        }
    }

    [Theory]
    [InlineData(EffectEstimator.Lin)]
    [InlineData(EffectEstimator.Ols)]
    public void A_prognostic_covariate_shrinks_the_standard_error(EffectEstimator estimator)
    {
        // hours = 10 + t + 4x + 3ε: residual SD 3 instead of 5, so the SE should fall to about 3/5 of the unadjusted SE.
        var (h, covs) = Build(Simulate(600, 1, 4, 5));
        var adjusted = Run(h, [covs[0]], estimator)[0];
        var dim = Run(h, [], EffectEstimator.Lin)[0];
        foreach (var (a, d) in adjusted.Effects.Zip(dim.Effects))
        {
            double ratio = a.Inference!.StdError / d.Inference!.StdError;
            Assert.InRange(ratio, 0.45, 0.75);
        }
    }

    [Fact]
    public void Weeks_with_a_small_arm_are_suppressed()
    {
        var (h, covs) = Build(Simulate(12, 1, 1, 2));
        var effects = PanelWeeklyEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            new WeekRange(1, 2),
            Population.Available,
            new WeeklyEffectOptions
            {
                Estimator = EffectEstimator.Lin,
                Covariates = ["x"],
                MinCell = 7,
            },
            covariates: [covs[0]]
        )[0];
        Assert.All(effects.Effects, e => Assert.True(e.Suppressed && e.Inference is null && e.MeanTreated is null));
    }

    [Fact]
    public void Too_many_coefficients_for_the_persons_is_a_note_not_a_failure()
    {
        // 6 persons, Lin with a 3-level factor and x: k = 2 + 2·3 = 8 > 6.
        var (h, covs) = Build(Simulate(6, 1, 1, 9));
        var e = Run(h, covs)[0].Effects[0];
        Assert.Null(e.Inference);
        Assert.StartsWith("not estimable this week: ", e.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Normal_intervals_use_z()
    {
        var (h, covs) = Build(Simulate(200, 1, 2, 7));
        var options = new WeeklyEffectOptions
        {
            Estimator = EffectEstimator.Lin,
            Covariates = ["x"],
            Interval = IntervalMethod.Normal,
            Adjustment = PValueAdjustment.Holm,
        };
        var effects = PanelWeeklyEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            new WeekRange(1, 6),
            Population.Available,
            options,
            covariates: [covs[0]]
        )[0];
        var a = effects.Effects[0].Adjusted!;
        Assert.True(double.IsPositiveInfinity(a.Effect.Df));
        Assert.Equal(DegreesOfFreedomMethod.Infinite, a.DfMethod);
        Assert.Equal(a.Effect.Estimate - 1.959963984540054 * a.Effect.StdError, a.Effect.ConfLow, 12);
        Assert.NotNull(effects.AdjustedPValues);
        Assert.Contains("p_adjusted", effects.ToTable().Columns);
    }

    [Fact]
    public void Window_effects_take_the_adjusted_estimator()
    {
        var (h, covs) = Build(Simulate(300, 1, 4, 8));
        var options = new WeeklyEffectOptions { Estimator = EffectEstimator.Ols, Covariates = ["x", "f"] };
        var w = PanelWindowEffects.Estimate(
            h.Panel,
            h.Treated,
            [WeeklyIndicator.Hours],
            WindowSpec.Parse("1:10:mean"),
            Population.Available,
            options,
            covariates: covs
        )[0];
        Assert.NotNull(w.Comparison.Adjusted);
        Assert.True(w.IncompleteTreated + w.IncompleteControl > 0);
        var table = WindowEffect.ToTable([w]);
        Assert.Equal("lm_robust (additive covariates) of per-person window outcomes", table.Metadata["estimator"]);
        Assert.Equal(w.Comparison.Inference!.Estimate, (double)table[0, "estimate"]!);
    }

    [Fact]
    public void Invalid_combinations_are_input_errors()
    {
        var (h, covs) = Build(Simulate(30, 1, 1, 1));
        InputException Fails(WeeklyEffectOptions o) =>
            Assert.Throws<InputException>(() =>
                PanelWeeklyEffects.Estimate(
                    h.Panel,
                    h.Treated,
                    [WeeklyIndicator.Hours],
                    new WeekRange(1, 3),
                    Population.Available,
                    o,
                    covariates: [covs[0]]
                )
            );
        Assert.Contains(
            "band",
            Fails(
                new()
                {
                    Estimator = EffectEstimator.Lin,
                    Covariates = ["x"],
                    Band = new SimultaneousBandOptions(),
                }
            ).Message
        );
        Assert.Contains(
            "cluster",
            Fails(
                new()
                {
                    Estimator = EffectEstimator.Lin,
                    Covariates = ["x"],
                    Variance = OlsVariance.CR2,
                }
            ).Message
        );
        Assert.Contains("adjusted estimator", Fails(new() { Covariates = ["x"] }).Message);
        Assert.Contains(
            "regression variance",
            Fails(
                new()
                {
                    Estimator = EffectEstimator.Ols,
                    Covariates = ["x"],
                    StandardError = DimStandardError.Classical,
                }
            ).Message
        );
        Assert.Contains(
            "more than once",
            Fails(new() { Estimator = EffectEstimator.Ols, Covariates = ["x", "X"] }).Message
        );
    }

    private static bool Near(double a, double b) =>
        Math.Abs(a - b) <= Math.Max(1e-11, 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)));
}
