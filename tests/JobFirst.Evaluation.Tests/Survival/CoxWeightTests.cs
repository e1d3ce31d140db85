using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Frequency weights: a row of weight w is w identical rows.</summary>
public class CoxWeightTests
{
    private static readonly CoxSpecification Weighted = new("~ age + ecog.ps", "futime", "fustat", Weights: "w");
    private static readonly CoxSpecification Plain = Weighted with { Weights = null };

    [Theory]
    [InlineData(CoxTies.Breslow)]
    [InlineData(CoxTies.Efron)]
    public void Weighted_rows_equal_expanded_rows_for_estimates_model_variance_and_Stata_robust(CoxTies ties)
    {
        var data = CoxGolden.Data("ovarian");
        var a = CoxRegression.Fit(data, Weighted, new CoxOptions(ties));
        var b = CoxRegression.Fit(CoxTestData.Expand(data, "w"), Plain, new CoxOptions(ties));
        if (ties == CoxTies.Efron)
        {
            // R's Efron with weights averages the tied deaths' weights (ω = Σw/d, d rows), so w copies — which are
            // d·w tied deaths — are not the same likelihood. Breslow has no such term.
            Assert.NotEqual(a.LogLikelihood, b.LogLikelihood, 6);
            return;
        }
        CoxGolden.Close(b.LogLikelihood, a.LogLikelihood, "loglik", 1e-10);
        for (int j = 0; j < a.Coefficients.Count; j++)
        {
            CoxGolden.Close(b.Coefficients[j].Estimate, a.Coefficients[j].Estimate, "estimate", 1e-8);
            CoxGolden.Close(b.Coefficients[j].StdError, a.Coefficients[j].StdError, "model se", 1e-8);
            var sa = a.WithVariance(CoxVariance.RobustStata).Coefficients[j];
            var sb = b.WithVariance(CoxVariance.RobustStata).Coefficients[j];
            CoxGolden.Close(sb.StdError, sa.StdError, "stata robust se", 1e-8);
        }
        Assert.Equal(b.Rows, a.Observations);
        Assert.Equal(b.Events, a.WeightedEvents);
    }
}
