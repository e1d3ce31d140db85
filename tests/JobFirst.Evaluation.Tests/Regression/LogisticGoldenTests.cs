using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;
using static JobFirst.Evaluation.Tests.Regression.RegressionGolden;

namespace JobFirst.Evaluation.Tests.Regression;

public class LogisticGoldenTests
{
    private static readonly (string Name, GlmVariance Variance)[] AllVariances =
    [
        ("model", GlmVariance.Model),
        ("hc0", GlmVariance.HC0),
        ("hc1", GlmVariance.HC1),
        ("cluster_r", GlmVariance.ClusterR),
        ("cluster_stata", GlmVariance.ClusterStata),
    ];

    private static LogisticRegressionResult Fit(
        string file,
        string formula,
        DesignOptions? options = null,
        GlmFitMethod method = GlmFitMethod.MaximumLikelihood
    )
    {
        var design = DesignMatrixBuilder.Build(RegressionGolden.Data(file), ModelFormula.Parse(formula), options);
        return LogisticRegression.Fit(design, new LogisticRegressionOptions(Method: method));
    }

    private static void AssertCoefficients(
        string @case,
        LogisticRegressionResult fit,
        IEnumerable<(string Name, GlmVariance Variance)> variances
    )
    {
        foreach (var (name, variance) in variances)
        {
            AssertTable(Table(@case, name, "coef"), fit.WithVariance(variance).Coefficients, $"{@case}/{name}");
        }
    }

    private static void AssertStats(string @case, LogisticRegressionResult fit)
    {
        Close(Stat(@case, "log_likelihood"), fit.LogLikelihood, "logLik");
        Close(Stat(@case, "deviance"), fit.Deviance, "deviance");
        Close(Stat(@case, "null_deviance"), fit.NullDeviance, "null deviance");
        Close(Stat(@case, "aic"), fit.Aic, "AIC");
        Close(Stat(@case, "bic"), fit.Bic, "BIC");
        Close(Stat(@case, "mcfadden_r2"), fit.McFaddenR2, "McFadden R2");
        Close(Stat(@case, "lr_chisq"), fit.NullTest.ChiSquare, "LR chi2");
        Assert.Equal((int)Stat(@case, "lr_df"), fit.NullTest.Df);
        Assert.Equal(Stat(@case, "n"), fit.Observations);
        Assert.Equal((int)Stat(@case, "iterations_default_control"), fit.Iterations);
        Assert.True(fit.Converged);
    }

    private static void AssertMargins(string @case, LogisticRegressionResult fit, string vcovName, string variable)
    {
        var m = LogisticMargins.Compute(fit, variable);
        var ame = Table(@case, vcovName, "ame")
            .Where(kv => kv.Key == variable || kv.Key.StartsWith(variable + ":", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        AssertTable(ame, m.AverageMarginalEffects, $"{@case}/{vcovName}/ame {variable}");
        if (m.Kind == MarginalEffectKind.DiscreteChange)
        {
            var pm = Table(@case, vcovName, "predictive")
                .Where(kv => kv.Key.StartsWith(variable + "=", StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key, kv => kv.Value);
            AssertTable(pm, m.PredictiveMargins, $"{@case}/{vcovName}/predictive {variable}");
            var pp = Table(@case, vcovName, "contrast_pp")
                .Where(kv => kv.Key.StartsWith(variable + ":", StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key, kv => kv.Value);
            AssertTable(pp, m.ContrastsPercentagePoints, $"{@case}/{vcovName}/contrast {variable}");
        }
    }

    [Fact]
    public void Infert_coefficients_statistics_and_all_variances_match_R()
    {
        var fit = Fit(
            "infert.csv",
            "case ~ education + age + parity + induced + spontaneous",
            new DesignOptions(ClusterColumn: "stratum")
        );
        AssertCoefficients("infert", fit, AllVariances);
        AssertStats("infert", fit);
        Assert.Equal(83, fit.Clusters);
        Assert.Empty(fit.AliasedColumns);
    }

    [Theory]
    [InlineData("model", GlmVariance.Model)]
    [InlineData("hc1", GlmVariance.HC1)]
    [InlineData("cluster_r", GlmVariance.ClusterR)]
    [InlineData("cluster_stata", GlmVariance.ClusterStata)]
    public void Infert_margins_match_delta_method_in_R(string vcovName, GlmVariance variance)
    {
        var fit = Fit(
                "infert.csv",
                "case ~ education + age + parity + induced + spontaneous",
                new DesignOptions(ClusterColumn: "stratum")
            )
            .WithVariance(variance);
        AssertMargins("infert", fit, vcovName, "education");
        AssertMargins("infert", fit, vcovName, "age");
        AssertMargins("infert", fit, vcovName, "induced");
    }

    [Fact]
    public void Interactions_with_chosen_reference_level_match_R()
    {
        var fit = Fit(
            "infert.csv",
            "case ~ age * C(education, ref=6-11yrs) + induced + spontaneous:age",
            new DesignOptions(ClusterColumn: "stratum")
        );
        AssertCoefficients("infert_interaction", fit, AllVariances);
        AssertStats("infert_interaction", fit);
        foreach (var (name, variance) in new[] { ("model", GlmVariance.Model), ("cluster_r", GlmVariance.ClusterR) })
        {
            AssertMargins("infert_interaction", fit.WithVariance(variance), name, "education");
            AssertMargins("infert_interaction", fit.WithVariance(variance), name, "age");
        }
    }

    [Fact]
    public void Mtcars_binary_numeric_gets_discrete_change_and_matches_R()
    {
        var fit = Fit("mtcars.csv", "am ~ wt + hp + vs", new DesignOptions(ClusterColumn: "cyl"));
        AssertCoefficients("mtcars", fit, AllVariances);
        AssertStats("mtcars", fit);
        foreach (var (name, variance) in new[] { ("model", GlmVariance.Model), ("hc0", GlmVariance.HC0) })
        {
            var f = fit.WithVariance(variance);
            Assert.Equal(MarginalEffectKind.DiscreteChange, LogisticMargins.Compute(f, "vs").Kind);
            AssertMargins("mtcars", f, name, "vs");
            AssertMargins("mtcars", f, name, "wt");
        }
    }

    [Fact]
    public void Esoph_aggregated_cells_with_frequency_weights_match_R_on_person_rows()
    {
        var fit = Fit(
            "esoph_cells.csv",
            "y ~ agegp + alcgp + tobgp",
            new DesignOptions(WeightColumn: "n", ClusterColumn: "agegp")
        );
        AssertCoefficients("esoph", fit, AllVariances);
        AssertStats("esoph", fit);
        AssertMargins("esoph", fit.WithVariance(GlmVariance.HC1), "hc1", "alcgp");
    }

    [Fact]
    public void Collinear_columns_are_dropped_like_R_NA_and_missing_rows_reported()
    {
        var fit = Fit("collinear.csv", "y ~ age + muni + muni_size + x1 + x2 + x3");
        Assert.Equal(["muni_size", "x3"], fit.AliasedColumns);
        AssertCoefficients("collinear", fit, [("model", GlmVariance.Model)]);
        AssertStats("collinear", fit);
        Assert.Equal((int)Stat("collinear", "rows_dropped"), fit.DroppedRows.RowsDropped);
        Assert.Equal([new DroppedRowCount("age", 3), new DroppedRowCount("muni", 2)], fit.DroppedRows.MissingByColumn);
        AssertMargins("collinear", fit, "model", "muni");
    }

    [Fact]
    public void Quasi_complete_separation_is_reported_with_the_offending_term()
    {
        var ex = Assert.Throws<InputException>(() => Fit("separation.csv", "y ~ group + x"));
        Assert.Contains("separation", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'groupc'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_separation_on_a_covariate_is_reported()
    {
        var df = new JobFirst.Evaluation.Data.DataFrame([
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("y", [0, 0, 0, 0, 1, 1, 1, 1]),
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("x", [1, 2, 3, 4, 5, 6, 7, 8]),
        ]);
        var design = DesignMatrixBuilder.Build(df, ModelFormula.Parse("y ~ x"));
        var ex = Assert.Throws<InputException>(() => LogisticRegression.Fit(design));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Firth_matches_brglm2_under_separation_and_without()
    {
        var sep = Fit("separation.csv", "y ~ group + x", method: GlmFitMethod.Firth);
        AssertTable(Table("separation_firth", "model", "coef"), sep.Coefficients, "firth separation");
        Close(Stat("separation_firth", "log_likelihood"), sep.LogLikelihood, "firth logLik");
        Assert.True(sep.Converged);
        var inf = Fit(
            "infert.csv",
            "case ~ education + age + parity + induced + spontaneous",
            method: GlmFitMethod.Firth
        );
        AssertTable(Table("infert_firth", "model", "coef"), inf.Coefficients, "firth infert");
    }

    [Fact]
    public void Without_intercept_the_first_factor_gets_all_levels_like_R()
    {
        var fit = Fit("infert.csv", "case ~ 0 + education + age");
        AssertCoefficients("infert_nointercept", fit, [("model", GlmVariance.Model)]);
        AssertStats("infert_nointercept", fit);
    }

    [Fact]
    public void Nested_likelihood_ratio_test_matches_R_anova()
    {
        var full = Fit("infert.csv", "case ~ education + age + parity + induced + spontaneous");
        var restricted = Fit("infert.csv", "case ~ education + age");
        var lrt = LikelihoodRatioTest.Compare(restricted, full);
        Close(Stat("infert_nested", "lr_chisq"), lrt.ChiSquare, "LR chi2");
        Assert.Equal((int)Stat("infert_nested", "lr_df"), lrt.Df);
        Close(Stat("infert_nested", "lr_p"), lrt.PValue, "LR p", 1e-6, 1e-30);
        Assert.Throws<InputException>(() => LikelihoodRatioTest.Compare(full, Fit("mtcars.csv", "am ~ wt")));
    }

    [Fact]
    public void Rum_scenario_drops_municipality_traits_collinear_with_municipality_and_matches_R()
    {
        // Seed 004:1676-1678: municipality-level controls are perfectly collinear with municipality dummies;
        // they are dropped and reported, and the remaining fit equals R's (rum.csv comes from the simulator).
        const string individual =
            "reached ~ gender + age + education_level + benefit_group + benefit_history_weeks + self_belief + caseworker_belief";
        var fit = Fit("rum.csv", individual + " + site + municipality_size", new DesignOptions(ClusterColumn: "site"));
        Assert.Equal(["municipality_sizemedium", "municipality_sizesmall"], fit.AliasedColumns);
        foreach (var aliased in fit.AliasedColumns)
        {
            Assert.Equal(1, Stat("rum", "aliased:" + aliased));
        }
        AssertCoefficients("rum", fit, AllVariances);
        AssertStats("rum", fit);
        Assert.Equal(11, fit.Clusters);
        foreach (
            var (name, variance) in new[]
            {
                ("model", GlmVariance.Model),
                ("cluster_r", GlmVariance.ClusterR),
                ("cluster_stata", GlmVariance.ClusterStata),
            }
        )
        {
            var f = fit.WithVariance(variance);
            AssertMargins("rum", f, name, "education_level");
            AssertMargins("rum", f, name, "self_belief");
            AssertMargins("rum", f, name, "age");
        }
        var restricted = Fit("rum.csv", individual);
        var lrt = LikelihoodRatioTest.Compare(restricted, fit);
        Close(Stat("rum_nested", "lr_chisq"), lrt.ChiSquare, "LR chi2");
        Assert.Equal((int)Stat("rum_nested", "lr_df"), lrt.Df);
        Close(Stat("rum_nested", "lr_p"), lrt.PValue, "LR p", 1e-6, 1e-30);
    }

    [Fact]
    public void Extreme_but_finite_fit_is_not_mistaken_for_separation()
    {
        // Overlapping outcomes plus one far-out covariate value: μ is numerically 1 there, yet the MLE exists.
        double[] x = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, -1.2, 0.3, 0.8, 1.1, 60];
        double[] y = [0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1];
        var df = new JobFirst.Evaluation.Data.DataFrame([
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("y", y),
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("x", x),
        ]);
        var fit = LogisticRegression.Fit(DesignMatrixBuilder.Build(df, ModelFormula.Parse("y ~ x")));
        Assert.True(fit.Converged);
        Assert.True(fit.Coefficients[1].Estimate > 0);
    }

    [Fact]
    public void Non_binary_response_names_the_data_row()
    {
        var df = new JobFirst.Evaluation.Data.DataFrame([
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("y", [0, 1, double.NaN, 2]),
            JobFirst.Evaluation.Data.DataColumn.FromNumbers("x", [1, 2, 3, 4]),
        ]);
        var ex = Assert.Throws<InputException>(() =>
            LogisticRegression.Fit(DesignMatrixBuilder.Build(df, ModelFormula.Parse("y ~ x")))
        );
        Assert.Contains("data row 4", ex.Message, StringComparison.Ordinal);
    }
}
