namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>
/// Joint test that every coefficient except the intercept is zero, as <c>estimatr::lm_robust</c>'s
/// <c>fstatistic</c>: classical variance R²·df_res/((1 − R²)·q); otherwise the Wald form βᵀV⁻¹β/q under the chosen
/// variance, with q = k − intercept numerator df and df_res (or G − 1 when clustered) denominator df.
/// </summary>
/// <param name="Value">F statistic.</param>
/// <param name="NumeratorDf">q.</param>
/// <param name="DenominatorDf">Residual df, or G − 1 for cluster-robust variances.</param>
/// <param name="PValue">P(F(q, df) &gt; Value).</param>
public sealed record FTest(double Value, double NumeratorDf, double DenominatorDf, double PValue);
