using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Tests.Regression;

public class FrequencyWeightTests
{
    private static readonly GlmVariance[] Variances =
    [
        GlmVariance.Model,
        GlmVariance.HC0,
        GlmVariance.HC1,
        GlmVariance.ClusterR,
        GlmVariance.ClusterStata,
    ];

    /// <summary>esoph cells expanded to one row per person.</summary>
    private static DataFrame Expanded(DataFrame cells)
    {
        var rows = new List<int>();
        var n = cells["n"].Numbers;
        for (int i = 0; i < cells.RowCount; i++)
        {
            for (int k = 0; k < (int)n[i]; k++)
            {
                rows.Add(i);
            }
        }
        return Subset(cells, rows);
    }

    private static DataFrame Subset(DataFrame frame, IReadOnlyList<int> rows) =>
        new([
            .. frame.Columns.Select(c =>
                c.Kind == DataColumnKind.Numeric
                    ? DataColumn.FromNumbers(c.Name, [.. rows.Select(r => c.Numbers[r])])
                    : DataColumn.FromTexts(c.Name, [.. rows.Select(r => c.Texts[r])])
            ),
        ]);

    private static void AssertSame(LogisticRegressionResult a, LogisticRegressionResult b, double tol = 1e-9)
    {
        Assert.Equal(a.ColumnNames, b.ColumnNames);
        foreach (var v in Variances)
        {
            var ta = a.WithVariance(v).Coefficients;
            var tb = b.WithVariance(v).Coefficients;
            for (int j = 0; j < ta.Count; j++)
            {
                RegressionGolden.Close(ta[j].Estimate, tb[j].Estimate, $"{v} {ta[j].Term} estimate", tol, 1e-12);
                RegressionGolden.Close(ta[j].StdError, tb[j].StdError, $"{v} {ta[j].Term} se", tol, 1e-12);
            }
        }
        RegressionGolden.Close(a.LogLikelihood, b.LogLikelihood, "logLik", tol);
        RegressionGolden.Close(a.Bic, b.Bic, "BIC", tol);
    }

    [Fact]
    public void Aggregated_cells_equal_person_rows_for_estimates_variances_and_margins()
    {
        var cells = RegressionGolden.Data("esoph_cells.csv");
        var formula = ModelFormula.Parse("y ~ agegp + alcgp + tobgp");
        var weighted = LogisticRegression.Fit(
            DesignMatrixBuilder.Build(cells, formula, new DesignOptions("n", "agegp"))
        );
        var persons = LogisticRegression.Fit(
            DesignMatrixBuilder.Build(Expanded(cells), formula, new DesignOptions(ClusterColumn: "agegp"))
        );
        AssertSame(weighted, persons);
        Assert.Equal(weighted.Iterations, persons.Iterations);
        var ma = LogisticMargins.Compute(weighted.WithVariance(GlmVariance.ClusterR), "alcgp");
        var mb = LogisticMargins.Compute(persons.WithVariance(GlmVariance.ClusterR), "alcgp");
        for (int i = 0; i < ma.ContrastsPercentagePoints.Count; i++)
        {
            RegressionGolden.Close(
                ma.ContrastsPercentagePoints[i].Estimate,
                mb.ContrastsPercentagePoints[i].Estimate,
                "contrast",
                1e-9
            );
            RegressionGolden.Close(
                ma.ContrastsPercentagePoints[i].StdError,
                mb.ContrastsPercentagePoints[i].StdError,
                "contrast se",
                1e-9
            );
        }
    }

    [Fact]
    public void Compression_of_person_rows_gives_identical_estimates()
    {
        var cells = RegressionGolden.Data("esoph_cells.csv");
        var formula = ModelFormula.Parse("y ~ agegp + alcgp + tobgp");
        var design = DesignMatrixBuilder.Build(Expanded(cells), formula, new DesignOptions(ClusterColumn: "agegp"));
        var compressed = FrequencyWeightCompression.Compress(design);
        Assert.Equal(975, design.Rows);
        Assert.True(compressed.Rows < 150);
        AssertSame(LogisticRegression.Fit(design), LogisticRegression.Fit(compressed));
    }

    [Fact]
    public void Row_order_does_not_change_estimates()
    {
        var data = RegressionGolden.Data("infert.csv");
        var formula = ModelFormula.Parse("case ~ education + age + parity + induced + spontaneous");
        var reference = LogisticRegression.Fit(
            DesignMatrixBuilder.Build(data, formula, new DesignOptions(ClusterColumn: "stratum"))
        );
        var gen = Gen.Shuffle(Enumerable.Range(0, data.RowCount).ToArray()).ToArbitrary();
        Prop.ForAll(
                gen,
                perm =>
                {
                    var shuffled = Subset(data, perm);
                    var fit = LogisticRegression.Fit(
                        DesignMatrixBuilder.Build(shuffled, formula, new DesignOptions(ClusterColumn: "stratum"))
                    );
                    AssertSame(reference, fit, 1e-8);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Fact]
    public void Firth_with_weights_equals_Firth_on_person_rows()
    {
        var cells = RegressionGolden.Data("esoph_cells.csv");
        var formula = ModelFormula.Parse("y ~ agegp + alcgp");
        var options = new LogisticRegressionOptions(Method: GlmFitMethod.Firth);
        var a = LogisticRegression.Fit(DesignMatrixBuilder.Build(cells, formula, new DesignOptions("n")), options);
        var b = LogisticRegression.Fit(DesignMatrixBuilder.Build(Expanded(cells), formula), options);
        for (int j = 0; j < a.Coefficients.Count; j++)
        {
            RegressionGolden.Close(b.Coefficients[j].Estimate, a.Coefficients[j].Estimate, "firth weighted", 1e-8);
            RegressionGolden.Close(b.Coefficients[j].StdError, a.Coefficients[j].StdError, "firth weighted se", 1e-8);
        }
    }
}
