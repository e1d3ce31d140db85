using System.Text.RegularExpressions;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Linear;
using static JobFirst.Evaluation.Tests.Estimators.EstimatorsGolden;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary>OLS and Lin's estimator against <c>estimatr::lm_robust</c> / <c>lm_lin</c> (Golden/Estimators/generate.R).</summary>
public partial class LinearRegressionGoldenTests
{
    private static readonly (string Name, OlsVariance Variance)[] Hc =
    [
        ("classical", OlsVariance.Classical),
        ("hc0", OlsVariance.HC0),
        ("hc1", OlsVariance.HC1),
        ("hc2", OlsVariance.HC2),
        ("hc3", OlsVariance.HC3),
    ];

    private static readonly (string Name, OlsVariance Variance)[] Cr =
    [
        ("cr0", OlsVariance.CR0),
        ("stata", OlsVariance.CR1Stata),
        ("cr2", OlsVariance.CR2),
    ];

    private static readonly Lazy<List<string[]>> LmRows = new(() => Rows("lm.csv"));
    private static readonly Lazy<List<string[]>> LmStats = new(() => Rows("lmstats.csv"));

    /// <summary>R term names → ours: factor(x)L → xL; estimatr wraps names with parentheses before _c.</summary>
    internal static string OurName(string r)
    {
        var s = FactorCall().Replace(r, "$1");
        return Wrapped().Replace(s, "$1_c");
    }

    [GeneratedRegex(@"factor\((\w+)\)")]
    private static partial Regex FactorCall();

    [GeneratedRegex(@"\(([^():]+)\)_c")]
    private static partial Regex Wrapped();

    internal static void AssertFit(string @case, string vcov, LinearRegressionResult fit)
    {
        var rows = LmRows.Value.Where(r => r[0] == @case && r[1] == vcov).ToList();
        Assert.True(rows.Count > 0, $"no golden rows for {@case}/{vcov}");
        Assert.Equal(rows.Select(r => OurName(r[2])).ToList(), fit.Coefficients.Select(c => c.Term).ToList());
        foreach (var r in rows)
        {
            var c = fit.Coefficient(OurName(r[2]))!;
            string what = $"{@case}/{vcov} {c.Term}";
            Close(Parse(r[3]), c.Estimate, what + " estimate");
            Close(Parse(r[4]), c.StdError, what + " std_error");
            Close(Parse(r[5]), c.Statistic, what + " statistic");
            Close(Parse(r[6]), c.PValue, what + " p_value");
            Close(Parse(r[7]), c.ConfLow, what + " conf_low");
            Close(Parse(r[8]), c.ConfHigh, what + " conf_high");
            Close(Parse(r[9]), c.Df, what + " df");
        }
        var stats = LmStats.Value.Where(r => r[0] == @case && r[1] == vcov).ToDictionary(r => r[2], r => Parse(r[3]));
        Close(stats["r_squared"], fit.RSquared, $"{@case}/{vcov} r2");
        Close(stats["adj_r_squared"], fit.AdjustedRSquared, $"{@case}/{vcov} adj r2");
        Assert.Equal(stats["nobs"], fit.Observations);
        if (stats.TryGetValue("f_value", out double f))
        {
            Assert.NotNull(fit.FStatistic);
            Close(f, fit.FStatistic.Value, $"{@case}/{vcov} F");
            Assert.Equal(stats["f_numdf"], fit.FStatistic.NumeratorDf);
            Assert.Equal(stats["f_dendf"], fit.FStatistic.DenominatorDf);
            Close(stats["f_p_value"], fit.FStatistic.PValue, $"{@case}/{vcov} F p");
        }
        if (stats.TryGetValue("nclusters", out double g))
        {
            Assert.Equal((int)g, fit.Clusters);
        }
    }

    private static LinearRegressionResult Fit(string file, string formula, string? cluster = null, double level = 0.95)
    {
        var design = DesignMatrixBuilder.Build(
            EstimatorsGolden.Data(file),
            ModelFormula.Parse(formula),
            new DesignOptions(ClusterColumn: cluster)
        );
        return LinearRegression.Fit(design, new LinearRegressionOptions(ConfidenceLevel: level));
    }

    [Theory]
    [InlineData("cars_cyl", "mtcars.csv", "y ~ wt + hp + C(block)", "carb", 0.95)]
    [InlineData("cars_gear3", "mtcars.csv", "y ~ wt + qsec", "gear", 0.9)]
    [InlineData("chick", "chickweight.csv", "y ~ time + C(diet)", "cluster", 0.95)]
    [InlineData("chick_interaction", "chickweight.csv", "y ~ time * C(diet)", "cluster", 0.95)]
    [InlineData("cars_noint", "mtcars.csv", "y ~ wt + hp - 1", null, 0.95)]
    [InlineData("bc_treat", "blockclustered.csv", "y ~ t", "cluster", 0.95)]
    [InlineData("sim_hours", "jobfirst_persons.csv", "hours ~ t + age + gender + education", "site", 0.95)]
    public void Ols_matches_lm_robust_for_every_variance(
        string @case,
        string file,
        string formula,
        string? cluster,
        double level
    )
    {
        var fit = Fit(file, formula, cluster, level);
        Assert.Equal(cluster is null ? OlsVariance.HC2 : OlsVariance.CR2, fit.Variance);
        foreach (var (name, v) in cluster is null ? Hc : [.. Hc, .. Cr])
        {
            AssertFit(@case, name, fit.WithVariance(v));
        }
    }

    [Fact]
    public void Collinear_columns_are_dropped_as_lm_does_and_the_fit_equals_the_reduced_model()
    {
        var fit = Fit("collinear.csv", "y ~ wt + w2 + hp + z + qsec");
        var lmNa = LmStats.Value.Where(r => r[0] == "collinear" && r[1] == "lm").Select(r => r[3]).ToList();
        var robustNa = LmStats.Value.Where(r => r[0] == "collinear" && r[1] == "lm_robust").Select(r => r[3]).ToList();
        Assert.Equal(lmNa, fit.AliasedColumns);
        // Known difference: estimatr's pivoted QR drops a different member of each collinear set.
        Assert.NotEqual(robustNa, fit.AliasedColumns);
        foreach (var (name, v) in Hc)
        {
            AssertFit("collinear_as_lm", name, fit.WithVariance(v));
        }
    }

    [Theory]
    [InlineData("lin_cars", "mtcars.csv", "wt + hp", null)]
    [InlineData("lin_warp", "warpbreaks.csv", "block", null)]
    [InlineData("lin_chick", "chickweight.csv", "time", "cluster")]
    [InlineData("lin_bc", "blockclustered.csv", "C(block)", "cluster")]
    [InlineData("lin_sim", "jobfirst_persons.csv", "age + gender + education", "site")]
    public void Lin_matches_lm_lin(string @case, string file, string covariates, string? cluster)
    {
        var lin = LinEstimator.Fit(
            EstimatorsGolden.Data(file),
            file.StartsWith("jobfirst", StringComparison.Ordinal) ? "hours" : "y",
            "t",
            covariates,
            new DesignOptions(ClusterColumn: cluster)
        );
        Assert.Equal("t", lin.Effect.Term);
        foreach (var (name, v) in cluster is null ? Hc : [.. Hc, .. Cr])
        {
            var r = lin.WithVariance(v);
            AssertFit(@case, name, r.Fit);
            Assert.Equal(r.Fit.Coefficient("t"), r.Effect);
        }
    }

    [Fact]
    public void Hc2_slope_on_a_treatment_dummy_equals_the_Neyman_difference_in_means()
    {
        var (y, t, _, _) = DifferenceInMeansGoldenTests.Load("toothgrowth.csv", null);
        var dim = DifferenceInMeans.Estimate(y, t);
        var ols = Fit("toothgrowth.csv", "y ~ t").Coefficient("t")!;
        Close(dim.Estimate, ols.Estimate, "estimate", 1e-12);
        Close(dim.StdError, ols.StdError, "HC2 = Neyman SE", 1e-12);
    }

    [Fact]
    public void Clustered_difference_in_means_equals_cr2_ols_on_the_treatment_dummy()
    {
        var (y, t, _, c) = DifferenceInMeansGoldenTests.Load("chickweight.csv", null);
        var dim = DifferenceInMeans.Estimate(y, t, null, c, new DifferenceInMeansOptions(DimDesign.Clustered));
        var ols = Fit("chickweight.csv", "y ~ t", "cluster").Coefficient("t")!;
        Close(ols.StdError, dim.StdError, "CR2 SE", 1e-12);
        Close(ols.Df, dim.Df, "Bell-McCaffrey df", 1e-10);
    }
}
