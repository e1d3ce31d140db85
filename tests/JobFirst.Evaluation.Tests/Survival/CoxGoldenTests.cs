using JobFirst.Evaluation.Survival.Cox;
using static JobFirst.Evaluation.Tests.Survival.CoxGolden;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Every R reference fit of generate_cox.R against the same assertions (1e-6 relative).</summary>
public class CoxGoldenTests
{
    public static TheoryData<CoxGoldenCase> Cases { get; } = [.. CoxGoldenCase.All];

    public static TheoryData<CoxGoldenCase> SandwichCases { get; } =
    [.. CoxGoldenCase.All.Where(c => c.Sandwich is not null)];

    public static TheoryData<CoxGoldenCase, string> ZphCases { get; } = Zphs();

    private static TheoryData<CoxGoldenCase, string> Zphs()
    {
        var data = new TheoryData<CoxGoldenCase, string>();
        foreach (var c in CoxGoldenCase.All)
        {
            foreach (var t in c.Zph)
            {
                data.Add(c, t);
            }
        }
        return data;
    }

    private static readonly Dictionary<string, CoxRegressionResult> Fits = [];

    internal static CoxRegressionResult FitCase(CoxGoldenCase c)
    {
        lock (Fits)
        {
            if (!Fits.TryGetValue(c.Name, out var fit))
            {
                var data = CoxGolden.Data(c.Data);
                fit = CoxRegression.Fit(c.Rows?.Invoke(data) ?? data, c.Specification, new CoxOptions(c.Ties));
                Fits[c.Name] = fit;
            }
            return fit;
        }
    }

    private static void AssertCoefficients(string label, CoxRegressionResult fit, string @case, string vcov)
    {
        var expected = Coefficients(@case, vcov);
        Assert.NotEmpty(expected);
        var estimable = expected.Where(e => !double.IsNaN(e.Estimate)).ToList();
        Assert.Equal(estimable.Select(e => e.Term), fit.Coefficients.Select(t => t.Term));
        Assert.Equal(expected.Where(e => double.IsNaN(e.Estimate)).Select(e => e.Term), fit.AliasedColumns);
        for (int j = 0; j < estimable.Count; j++)
        {
            var t = fit.Coefficients[j];
            Close(estimable[j].Estimate, t.Estimate, $"{label} {t.Term} estimate");
            Close(estimable[j].StdError, t.StdError, $"{label} {t.Term} std_error");
            Close(Math.Exp(t.Estimate), fit.HazardRatios[j].Estimate, $"{label} {t.Term} hazard ratio", 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coefficients_and_model_based_standard_errors_match_coxph(CoxGoldenCase c)
    {
        AssertCoefficients(c.Name, FitCase(c), c.Name, "model");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Likelihoods_tests_iterations_and_information_criteria_match_coxph(CoxGoldenCase c)
    {
        var fit = FitCase(c);
        Assert.Equal((int)Stat(c.Name, "n"), fit.Rows);
        Assert.Equal((int)Stat(c.Name, "events"), fit.Events);
        Assert.Equal((int)Stat(c.Name, "iterations"), fit.Iterations);
        Assert.True(fit.Converged);
        Close(Stat(c.Name, "loglik_null"), fit.LogLikelihoodNull, "loglik(0)");
        Close(Stat(c.Name, "loglik"), fit.LogLikelihood, "loglik");
        Close(Stat(c.Name, "lr_chisq"), fit.LikelihoodRatioTest.ChiSquare, "LR chisq");
        Assert.Equal((int)Stat(c.Name, "lr_df"), fit.LikelihoodRatioTest.Df);
        Close(Stat(c.Name, "lr_p"), fit.LikelihoodRatioTest.PValue, "LR p", absolute: 1e-300);
        Close(Stat(c.Name, "wald_chisq"), fit.WaldTest.ChiSquare, "Wald chisq");
        Close(Stat(c.Name, "wald_p"), fit.WaldTest.PValue, "Wald p", absolute: 1e-300);
        Close(Stat(c.Name, "score_chisq"), fit.ScoreTest.ChiSquare, "score chisq");
        Close(Stat(c.Name, "score_p"), fit.ScoreTest.PValue, "score p", absolute: 1e-300);
        Close(Stat(c.Name, "aic"), fit.Aic, "AIC");
        Close(Stat(c.Name, "bic"), fit.Bic, "BIC");
        var first = fit.Coefficients[0];
        Close(Stat(c.Name, "first_conf_low"), first.ConfLow, "conf_low");
        Close(Stat(c.Name, "first_conf_high"), first.ConfHigh, "conf_high");
        Close(Stat(c.Name, "first_p"), first.PValue, "p", absolute: 1e-300);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Concordance_counts_estimate_and_standard_error_match_coxph(CoxGoldenCase c)
    {
        // coxph's own concordance SE is clustered when the fit has a cluster; compare the unclustered one from the model fit.
        var fit = FitCase(c).WithVariance(CoxVariance.Model);
        var cc = fit.Concordance;
        Close(Stat(c.Name, "c_concordant"), cc.Concordant, "concordant", 1e-12);
        Close(Stat(c.Name, "c_discordant"), cc.Discordant, "discordant", 1e-12);
        Close(Stat(c.Name, "c_tied.x"), cc.TiedX, "tied.x", 1e-12);
        Close(Stat(c.Name, "c_tied.y"), cc.TiedY, "tied.y", 1e-12);
        Close(Stat(c.Name, "c_tied.xy"), cc.TiedXY, "tied.xy", 1e-12);
        Close(Stat(c.Name, "c_concordance"), cc.Estimate, "concordance");
        Close(Stat(c.Name, "c_std"), cc.StdError, "concordance std");
    }

    [Theory]
    [MemberData(nameof(SandwichCases))]
    public void Robust_and_cluster_variances_tests_and_concordance_se_match_coxph(CoxGoldenCase c)
    {
        var variance = c.Sandwich == "cluster" ? CoxVariance.ClusterR : CoxVariance.RobustR;
        var fit = FitCase(c).WithVariance(variance);
        AssertCoefficients($"{c.Name}/{c.Sandwich}", fit, c.Name, c.Sandwich!);
        Close(Stat(c.Name, $"{c.Sandwich}_wald_chisq"), fit.WaldTest.ChiSquare, "robust Wald");
        Close(Stat(c.Name, $"{c.Sandwich}_robust_score"), fit.RobustScoreTest!.ChiSquare, "robust score");
        Close(Stat(c.Name, $"{c.Sandwich}_c_std"), fit.Concordance.StdError, "clustered concordance std");
        if (HasStat(c.Name, "n_clusters"))
        {
            Assert.Equal((int)Stat(c.Name, "n_clusters"), fit.Clusters);
        }
    }

    [Theory]
    [MemberData(nameof(SandwichCases))]
    public void Stata_conventions_scale_the_R_sandwich_by_n_over_n_minus_1_or_G_over_G_minus_1(CoxGoldenCase c)
    {
        // stcox, vce(robust|cluster) applies _robust's default minus(1) adjustment; R's coxph applies none.
        // (With frequency weights stcox's robust meat also differs, see CoxWeightTests.)
        var fit = FitCase(c);
        bool cluster = c.Sandwich == "cluster";
        if (!cluster && c.Specification.Weights is not null)
        {
            return;
        }
        var r = fit.WithVariance(cluster ? CoxVariance.ClusterR : CoxVariance.RobustR);
        var stata = fit.WithVariance(cluster ? CoxVariance.ClusterStata : CoxVariance.RobustStata);
        double g = cluster ? fit.Clusters : fit.Observations;
        for (int j = 0; j < r.Coefficients.Count; j++)
        {
            Close(
                r.Coefficients[j].StdError * Math.Sqrt(g / (g - 1)),
                stata.Coefficients[j].StdError,
                "stata se",
                1e-12
            );
        }
        Close(r.WaldTest.ChiSquare * (g - 1) / g, stata.WaldTest.ChiSquare, "stata wald", 1e-10);
    }

    [Theory]
    [MemberData(nameof(ZphCases))]
    public void Proportional_hazards_test_matches_cox_zph(CoxGoldenCase c, string transform)
    {
        var fit = FitCase(c);
        var t = transform switch
        {
            "km" => CoxZphTransform.KaplanMeier,
            "identity" => CoxZphTransform.Identity,
            _ => CoxZphTransform.Rank,
        };
        var zph = fit.ProportionalHazardsTest(t);
        var expected = Zph(c.Name, transform);
        var actual = zph.Tests.Append(zph.Global!).ToList();
        Assert.Equal(expected.Select(e => e.Term), actual.Select(a => a.Name));
        for (int i = 0; i < expected.Count; i++)
        {
            Close(expected[i].ChiSquare, actual[i].ChiSquare, $"zph {transform} {expected[i].Term} chisq");
            Assert.Equal((int)expected[i].Df, actual[i].Df);
            Close(expected[i].P, actual[i].PValue, $"zph {transform} {expected[i].Term} p", absolute: 1e-300);
        }
        var resid = ZphResiduals(c.Name, transform);
        if (resid.Count == 0)
        {
            return;
        }
        for (int k = 0; k < zph.Terms.Count; k++)
        {
            string term = zph.Terms[k];
            // Ties in time may be listed in another order: compare (time, x, value) sorted.
            var e = resid.Where(r => r.Term == term).Select(r => (r.Time, r.X, r.Value)).Order().ToList();
            var a = Enumerable
                .Range(0, zph.Times.Count)
                .Select(i => (zph.Times[i], zph.TransformedTimes[i], zph.ScaledResiduals[i][k]))
                .Order()
                .ToList();
            Assert.Equal(e.Count, a.Count);
            for (int i = 0; i < e.Count; i++)
            {
                Close(e[i].Time, a[i].Item1, $"zph time {i}");
                Close(e[i].X, a[i].Item2, $"zph x {i}");
                Close(e[i].Value, a[i].Item3, $"zph {term} residual {i}");
            }
        }
    }

    [Fact]
    public void Monotone_likelihood_is_flagged_like_coxph_warning()
    {
        var fit = FitCase(CoxGoldenCase.All.Single(c => c.Name == "monotone"));
        // R: "Loglik converged before variable 1; coefficient may be infinite."
        Assert.Equal((int)Stat("monotone", "warned_variable"), fit.ColumnNames.ToList().IndexOf("x") + 1);
        Assert.Equal(["x"], fit.InfiniteCoefficients);
        Assert.Contains(fit.Warnings, w => w.Contains("coefficient may be infinite", StringComparison.Ordinal));
    }

    [Fact]
    public void Versions_of_the_reference_are_recorded()
    {
        var text = File.ReadAllText(PathOf("cox_versions.txt"));
        Assert.Contains("survival 3.5.3", text, StringComparison.Ordinal);
        Assert.Contains("R version 4.2.2", text, StringComparison.Ordinal);
    }
}
