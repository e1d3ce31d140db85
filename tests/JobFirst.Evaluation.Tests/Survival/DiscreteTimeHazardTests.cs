using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Survival.DiscreteTime;

namespace JobFirst.Evaluation.Tests.Survival;

public class DiscreteTimeHazardTests
{
    [Fact]
    public void Cloglog_with_a_single_binary_covariate_recovers_the_closed_form_hazards()
    {
        // Constant hazards 3/10 (group 0) and 1/10 (group 1) per period: the saturated cloglog fit gives
        // h = 1 − exp(−exp(α)) and exp(β) = log(1 − 0.1)/log(1 − 0.3).
        var rows = new List<(double X, double Y)>();
        rows.AddRange(Enumerable.Repeat((0.0, 1.0), 3));
        rows.AddRange(Enumerable.Repeat((0.0, 0.0), 7));
        rows.AddRange(Enumerable.Repeat((1.0, 1.0), 1));
        rows.AddRange(Enumerable.Repeat((1.0, 0.0), 9));
        var frame = new DataFrame([
            DataColumn.FromNumbers("x", [.. rows.Select(r => r.X)]),
            DataColumn.FromNumbers("y", [.. rows.Select(r => r.Y)]),
        ]);
        var design = DesignMatrixBuilder.Build(frame, ModelFormula.Parse("y ~ x"));
        var fit = LogisticRegression.Fit(
            design,
            new LogisticRegressionOptions(Link: GlmLink.ComplementaryLogLog, CoefficientTolerance: 1e-12)
        );
        Assert.Equal(GlmLink.ComplementaryLogLog, fit.Link);
        Assert.Equal(Math.Log(-Math.Log(0.7)), fit.Coefficients[0].Estimate, 9);
        Assert.Equal(Math.Log(Math.Log(0.9) / Math.Log(0.7)), fit.Coefficients[1].Estimate, 9);
        // Saturated: the log-likelihood is that of the observed proportions.
        double ll = 3 * Math.Log(0.3) + 7 * Math.Log(0.7) + Math.Log(0.1) + 9 * Math.Log(0.9);
        Assert.Equal(ll, fit.LogLikelihood, 9);
    }

    [Fact]
    public void Firth_and_margins_are_logit_only()
    {
        var frame = new DataFrame([
            DataColumn.FromNumbers("x", [0, 1, 0, 1, 1]),
            DataColumn.FromNumbers("y", [0, 1, 1, 0, 1]),
        ]);
        var design = DesignMatrixBuilder.Build(frame, ModelFormula.Parse("y ~ x"));
        Assert.Throws<InputException>(() =>
            LogisticRegression.Fit(
                design,
                new LogisticRegressionOptions(GlmFitMethod.Firth, Link: GlmLink.ComplementaryLogLog)
            )
        );
        var fit = LogisticRegression.Fit(design, new LogisticRegressionOptions(Link: GlmLink.ComplementaryLogLog));
        Assert.Throws<InputException>(() => LogisticMargins.Compute(fit, "x"));
    }

    [Fact]
    public void Compression_does_not_change_estimates_or_clustered_errors()
    {
        var pp = DiscreteTimeGoldenTests.Expand("sim");
        var a = DiscreteTimeHazard.Fit(pp, DiscreteTimeHazard.DefaultTerms, new DiscreteTimeOptions(Compress: true));
        var b = DiscreteTimeHazard.Fit(pp, DiscreteTimeHazard.DefaultTerms, new DiscreteTimeOptions(Compress: false));
        Assert.True(a.FittedRows < b.FittedRows);
        Assert.Equal(a.PersonPeriods, b.PersonPeriods);
        for (int i = 0; i < a.Coefficients.Count; i++)
        {
            Assert.Equal(b.Coefficients[i].Estimate, a.Coefficients[i].Estimate, 10);
            Assert.Equal(b.Coefficients[i].StdError, a.Coefficients[i].StdError, 10);
        }
        var hr = a.Ratio("treatment");
        Assert.Equal(Math.Exp(a.Coefficients[1].Estimate), hr.Ratio, 14);
        Assert.Equal(100 * (hr.Ratio - 1), hr.PercentChange, 12);
        var table = a.ToResultTable();
        Assert.Equal(
            [
                "term",
                "estimate",
                "std_error",
                "statistic",
                "p_value",
                "conf_low",
                "conf_high",
                "df",
                "ratio",
                "ratio_conf_low",
                "ratio_conf_high",
                "percent_change",
            ],
            table.Columns
        );
        Assert.Equal("cluster_r", table.Metadata["variance"]);
        Assert.Equal(GlmVariance.ClusterR, a.Fit.Variance);
    }

    // The coefficient rule (1e-12) lies below the rounding floor of the normal equations on 39,000 person-period rows
    // (steps of 1e-12 to 2e-11 from iteration 6 on); the fit used to stop only when the noise dipped under it
    // (94 iterations for the logit link) and could end "not converged". It now stops once the steps stop shrinking.
    [Theory]
    [InlineData(GlmLink.Logit)]
    [InlineData(GlmLink.ComplementaryLogLog)]
    public void A_fit_at_the_rounding_floor_stops_within_a_few_iterations_at_the_fixed_point(GlmLink link)
    {
        var data = PersonPeriodExpansion.Expand(CoxGolden.Data("jobfirst_spells"), new PersonPeriodOptions());
        var fit = DiscreteTimeHazard.Fit(data, "treatment + duration_band", new DiscreteTimeOptions(link));
        Assert.True(fit.Fit.Converged);
        Assert.InRange(fit.Fit.Iterations, 4, 12);
        // R's deviance rule alone at a tolerance near the floor, iterated to the end: the same estimates.
        var reference = DiscreteTimeHazard.Fit(
            data,
            "treatment + duration_band",
            new DiscreteTimeOptions(link, Epsilon: 1e-15, MaxIterations: 60, CoefficientTolerance: null)
        );
        for (int j = 0; j < fit.Fit.Coefficients.Count; j++)
        {
            double a = fit.Fit.Coefficients[j].Estimate,
                b = reference.Fit.Coefficients[j].Estimate;
            Assert.True(Math.Abs(a - b) <= 1e-9 * (Math.Abs(b) + 0.1), $"{fit.Fit.Coefficients[j].Term}: {a} vs {b}");
        }
    }
}
