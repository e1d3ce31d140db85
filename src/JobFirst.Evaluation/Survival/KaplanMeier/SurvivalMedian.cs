namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// Median survival time with its confidence interval, as R's <c>print(survfit)</c>: the first time S(t) ≤ ½
/// (the midpoint to the next drop when S equals ½ on an interval, within √ε), and the limits from the same rule
/// applied to the lower and upper pointwise confidence curves (Brookmeyer–Crowley style). NaN (R <c>NA</c>)
/// when the curve does not reach ½.
/// </summary>
/// <param name="Estimate">Median.</param>
/// <param name="ConfLow">Lower limit (first time the lower curve is ≤ ½).</param>
/// <param name="ConfHigh">Upper limit (first time the upper curve is ≤ ½).</param>
public sealed record SurvivalMedian(double Estimate, double ConfLow, double ConfHigh);
