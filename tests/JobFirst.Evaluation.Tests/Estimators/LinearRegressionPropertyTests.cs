using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Linear;
using static JobFirst.Evaluation.Tests.Estimators.EstimatorsGolden;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary>OLS code paths that must agree: frequency-weighted cells vs person rows, for every variance type.</summary>
public class LinearRegressionPropertyTests
{
    [Fact]
    public void Frequency_weighted_cells_reproduce_person_rows_for_every_variance()
    {
        // Cells (x, g, y, w) and the same data expanded to one row per person.
        double[] x = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 3, 1];
        double[] g = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
        double[] y = [1.2, 2.5, 2.9, 0.7, 1.9, 3.5, 1.1, 2.2, 4.1, 4.4, 3.8, 2.0];
        double[] w = [3, 1, 2, 2, 2, 1, 1, 3, 1, 2, 1, 2];
        var cells = new DataFrame([
            DataColumn.FromNumbers("x", x),
            DataColumn.FromNumbers("g", g),
            DataColumn.FromNumbers("y", y),
            DataColumn.FromNumbers("w", w),
        ]);
        var rows = Enumerable.Range(0, x.Length).SelectMany(i => Enumerable.Repeat(i, (int)w[i])).ToArray();
        var persons = new DataFrame([
            DataColumn.FromNumbers("x", [.. rows.Select(i => x[i])]),
            DataColumn.FromNumbers("g", [.. rows.Select(i => g[i])]),
            DataColumn.FromNumbers("y", [.. rows.Select(i => y[i])]),
        ]);
        var f = ModelFormula.Parse("y ~ x");
        var a = LinearRegression.Fit(DesignMatrixBuilder.Build(cells, f, new DesignOptions("w", "g")));
        var b = LinearRegression.Fit(DesignMatrixBuilder.Build(persons, f, new DesignOptions(null, "g")));
        foreach (var v in Enum.GetValues<OlsVariance>())
        {
            var ca = a.WithVariance(v).Coefficients;
            var cb = b.WithVariance(v).Coefficients;
            for (int j = 0; j < ca.Count; j++)
            {
                Close(cb[j].Estimate, ca[j].Estimate, $"{v} estimate", 1e-12);
                Close(cb[j].StdError, ca[j].StdError, $"{v} se", 1e-10);
                Close(cb[j].Df, ca[j].Df, $"{v} df", 1e-10);
            }
            Assert.Equal(b.Observations, a.WithVariance(v).Observations);
        }
        Close(b.RSquared, a.RSquared, "r2", 1e-12);
    }

    [Fact]
    public void Cluster_variance_without_a_cluster_column_is_an_input_error()
    {
        var fit = LinearRegression.Fit(
            DesignMatrixBuilder.Build(EstimatorsGolden.Data("mtcars.csv"), ModelFormula.Parse("y ~ wt"))
        );
        Assert.Throws<Errors.InputException>(() => fit.WithVariance(OlsVariance.CR2));
    }
}
