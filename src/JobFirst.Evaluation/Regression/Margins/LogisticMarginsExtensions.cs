using JobFirst.Evaluation.Regression.Glm;

namespace JobFirst.Evaluation.Regression.Margins;

/// <summary>Margins from a fit in one call: <c>fit.Margins("education_level")</c>.</summary>
public static class LogisticMarginsExtensions
{
    /// <summary>Predictive margins, average marginal effects and contrasts of <paramref name="variable"/> (<see cref="LogisticMargins.Compute"/>).</summary>
    public static MarginsResult Margins(this LogisticRegressionResult fit, string variable) =>
        LogisticMargins.Compute(fit, variable);
}
