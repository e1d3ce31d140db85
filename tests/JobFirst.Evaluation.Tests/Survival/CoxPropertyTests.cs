using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Invariances of the Cox fit, on random spell tables (right-censored and (start, stop]).</summary>
public class CoxPropertyTests
{
    private static readonly CoxSpecification Right = new("~ treated + age + site", "weeks", "lost", Cluster: "person");

    private static readonly CoxSpecification Counting = Right with { Start = "entry" };

    private static CoxRegressionResult Fit(DataFrame d, CoxSpecification spec, CoxTies ties) =>
        CoxRegression.Fit(d, spec, new CoxOptions(ties, CoxVariance.ClusterR));

    private static void Check(Action<int, CoxSpecification, CoxTies> property, int tests = 12) =>
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var spec = seed % 2 == 0 ? Right : Counting;
                    var ties = seed % 3 == 0 ? CoxTies.Breslow : CoxTies.Efron;
                    property(seed, spec, ties);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(tests));

    private static void Same(double expected, double actual, string what, double tol = 1e-7) =>
        CoxGolden.Close(expected, actual, what, tol, 1e-9);

    [Fact]
    public void Row_order_does_not_change_the_fit()
    {
        Check(
            (seed, spec, ties) =>
            {
                var data = CoxTestData.RandomSpells(seed);
                var shuffle = new Random(seed + 7);
                int[] perm = [.. Enumerable.Range(0, data.RowCount).OrderBy(_ => shuffle.Next())];
                var a = Fit(data, spec, ties);
                var b = Fit(CoxTestData.Subset(data, perm), spec, ties);
                Assert.Equal(a.ColumnNames, b.ColumnNames);
                for (int j = 0; j < a.Coefficients.Count; j++)
                {
                    Same(a.Coefficients[j].Estimate, b.Coefficients[j].Estimate, "estimate");
                    Same(a.Coefficients[j].StdError, b.Coefficients[j].StdError, "cluster se");
                }
                Same(a.LogLikelihood, b.LogLikelihood, "loglik");
                Same(a.Concordance.Estimate, b.Concordance.Estimate, "concordance");
                Same(a.Concordance.StdError, b.Concordance.StdError, "concordance se");
            }
        );
    }

    [Fact]
    public void Negating_a_covariate_flips_its_coefficient_only()
    {
        Check(
            (seed, spec, ties) =>
            {
                var data = CoxTestData.RandomSpells(seed);
                var a = Fit(data, spec, ties);
                var b = Fit(CoxTestData.Map(data, "age", v => -v), spec, ties);
                for (int j = 0; j < a.Coefficients.Count; j++)
                {
                    double sign = a.Coefficients[j].Term == "age" ? -1 : 1;
                    Same(sign * a.Coefficients[j].Estimate, b.Coefficients[j].Estimate, a.Coefficients[j].Term);
                    Same(a.Coefficients[j].StdError, b.Coefficients[j].StdError, "se");
                }
                Same(a.LogLikelihood, b.LogLikelihood, "loglik");
            }
        );
    }

    [Fact]
    public void Adding_a_constant_to_a_covariate_leaves_hazard_ratios_unchanged()
    {
        Check(
            (seed, spec, ties) =>
            {
                var data = CoxTestData.RandomSpells(seed);
                var a = Fit(data, spec, ties);
                var b = Fit(CoxTestData.Map(data, "age", v => v + 1000), spec, ties);
                for (int j = 0; j < a.HazardRatios.Count; j++)
                {
                    Same(a.HazardRatios[j].Estimate, b.HazardRatios[j].Estimate, a.HazardRatios[j].Term);
                    Same(a.Coefficients[j].StdError, b.Coefficients[j].StdError, "se");
                }
                Same(a.Concordance.Estimate, b.Concordance.Estimate, "concordance", 1e-12);
            }
        );
    }

    [Fact]
    public void Rescaling_time_by_a_positive_constant_leaves_the_fit_unchanged()
    {
        Check(
            (seed, spec, ties) =>
            {
                var data = CoxTestData.RandomSpells(seed);
                double c = 1 + new Random(seed).Next(1, 100) / 7.0;
                var scaled = CoxTestData.Map(CoxTestData.Map(data, "weeks", v => v * c), "entry", v => v * c);
                var a = Fit(data, spec, ties);
                var b = Fit(scaled, spec, ties);
                for (int j = 0; j < a.Coefficients.Count; j++)
                {
                    Same(a.Coefficients[j].Estimate, b.Coefficients[j].Estimate, "estimate");
                    Same(a.Coefficients[j].StdError, b.Coefficients[j].StdError, "se");
                }
                Same(a.LogLikelihood, b.LogLikelihood, "loglik");
                Same(a.ScoreTest.ChiSquare, b.ScoreTest.ChiSquare, "score test");
                var za = a.ProportionalHazardsTest(CoxZphTransform.Rank);
                var zb = b.ProportionalHazardsTest(CoxZphTransform.Rank);
                Same(za.Global!.ChiSquare, zb.Global!.ChiSquare, "zph rank global");
            }
        );
    }

    [Fact]
    public void Score_residuals_sum_to_the_score_and_robust_variance_is_symmetric_positive()
    {
        Check(
            (seed, spec, ties) =>
            {
                var data = CoxTestData.RandomSpells(seed);
                var fit = Fit(data, spec, ties).WithVariance(CoxVariance.RobustR);
                int k = fit.Coefficients.Count;
                for (int i = 0; i < k; i++)
                {
                    Assert.True(fit.Covariance[i * k + i] > 0);
                    for (int j = 0; j < k; j++)
                    {
                        Assert.Equal(fit.Covariance[i * k + j], fit.Covariance[j * k + i]);
                    }
                }
                // Σ w L at β̂ is the score, ≈ 0 at the maximum.
                var state = fit.State;
                var sums = new double[k];
                for (int r = 0; r < state.Data.N; r++)
                {
                    for (int j = 0; j < k; j++)
                    {
                        sums[j] += state.Data.Weight[r] * state.Residuals[r * k + j];
                    }
                }
                for (int j = 0; j < k; j++)
                {
                    Assert.True(Math.Abs(sums[j] - state.ScoreScaled[j]) < 1e-8, $"residual sum {sums[j]}");
                }
            },
            6
        );
    }
}
