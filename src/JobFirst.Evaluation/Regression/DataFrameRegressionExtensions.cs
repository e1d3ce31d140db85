using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Regression;

/// <summary>
/// One-call regressions for scripts: <c>frame.FitLogistic("reached ~ age + education_level", clusters: "site")</c>
/// parses the formula, builds the design matrix (listwise deletion reported, aliased columns dropped and reported) and
/// fits, exactly as <see cref="ModelFormula.Parse"/> → <see cref="DesignMatrixBuilder.Build"/> →
/// <see cref="LogisticRegression.Fit"/> / <see cref="LinearRegression.Fit"/> do (and as the <c>logit</c> and <c>ols</c>
/// commands do).
/// </summary>
public static class DataFrameRegressionExtensions
{
    /// <summary>Logistic regression of the 0/1 response in <paramref name="formula"/> (R <c>glm(family = binomial)</c>).</summary>
    /// <param name="data">Person-level data (<see cref="DataFrameReader.ReadCsv"/>).</param>
    /// <param name="formula">Model formula, e.g. <c>reached ~ age + C(education_level, ref=primary) + gender</c>.</param>
    /// <param name="options">Fit method, variance and level (default ML, model-based variance, 95%).</param>
    /// <param name="clusters">Cluster column for <c>GlmVariance.ClusterR</c>/<c>ClusterStata</c>, or null.</param>
    /// <param name="weights">Frequency-weight column, or null.</param>
    public static LogisticRegressionResult FitLogistic(
        this DataFrame data,
        string formula,
        LogisticRegressionOptions? options = null,
        string? clusters = null,
        string? weights = null
    ) => LogisticRegression.Fit(Design(data, formula, clusters, weights), options);

    /// <summary>OLS with estimatr's variance conventions (R <c>estimatr::lm_robust</c>; default HC2, CR2 with clusters).</summary>
    /// <param name="data">Person-level data.</param>
    /// <param name="formula">Model formula, e.g. <c>hours ~ C(arm, ref=control) + age</c>.</param>
    /// <param name="options">Variance and level.</param>
    /// <param name="clusters">Cluster column, or null.</param>
    /// <param name="weights">Frequency-weight column, or null.</param>
    public static LinearRegressionResult FitLinear(
        this DataFrame data,
        string formula,
        LinearRegressionOptions? options = null,
        string? clusters = null,
        string? weights = null
    ) => LinearRegression.Fit(Design(data, formula, clusters, weights), options);

    private static DesignMatrix Design(DataFrame data, string formula, string? clusters, string? weights)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        return DesignMatrixBuilder.Build(data, ModelFormula.Parse(formula), new DesignOptions(weights, clusters));
    }
}
