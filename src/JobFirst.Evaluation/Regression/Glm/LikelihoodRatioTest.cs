using MathNet.Numerics;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>
/// Likelihood-ratio test 2(ℓ₁ − ℓ₀) ~ χ²(df) (R: <c>anova(fit0, fit1, test = "LRT")</c>; Stata: <c>lrtest</c>).
/// Not valid under clustering or Firth penalisation, where a Wald test should be used.
/// </summary>
/// <param name="ChiSquare">Test statistic (deviance difference).</param>
/// <param name="Df">Difference in the number of estimated coefficients.</param>
/// <param name="PValue">Upper-tail χ² probability.</param>
public sealed record LikelihoodRatioTest(double ChiSquare, int Df, double PValue)
{
    /// <summary>Builds the test from two log-likelihoods and the df difference.</summary>
    public static LikelihoodRatioTest FromLogLikelihoods(double restricted, double full, int df)
    {
        double chi = Math.Max(0, 2 * (full - restricted));
        // Upper tail directly (Q(df/2, χ²/2)) keeps relative accuracy for tiny p-values.
        double p = df > 0 ? SpecialFunctions.GammaUpperRegularized(df / 2.0, chi / 2) : double.NaN;
        return new LikelihoodRatioTest(chi, df, p);
    }

    /// <summary>
    /// Compares nested maximum-likelihood fits (the restricted model's columns a subset of the full
    /// model's, same rows and weights); throws <see cref="Errors.InputException"/> when they are not comparable.
    /// </summary>
    public static LikelihoodRatioTest Compare(LogisticRegressionResult restricted, LogisticRegressionResult full)
    {
        ArgumentNullException.ThrowIfNull(restricted);
        ArgumentNullException.ThrowIfNull(full);
        if (restricted.Observations != full.Observations || restricted.Rows != full.Rows)
        {
            throw new Errors.InputException(
                FormattableString.Invariant(
                    $"likelihood-ratio test needs both models fitted on the same rows ({restricted.Rows} vs {full.Rows} rows used); drop missing values first"
                )
            );
        }
        if (!restricted.ColumnNames.All(full.ColumnNames.Contains))
        {
            throw new Errors.InputException(
                "likelihood-ratio test needs nested models: the restricted model has terms the full model lacks"
            );
        }
        return FromLogLikelihoods(
            restricted.LogLikelihood,
            full.LogLikelihood,
            full.ColumnNames.Count - restricted.ColumnNames.Count
        );
    }
}
