namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>
/// The empirical-Bayes (shrunken) effect of one unit: the best linear unbiased prediction of its true effect
/// θᵢ = xᵢ'β + uᵢ given its estimate (R <c>metafor::blup(rma(...))</c>).
/// </summary>
/// <param name="Label">Unit name.</param>
/// <param name="Estimate">The unit's own estimate yᵢ.</param>
/// <param name="StdError">Its standard error √vᵢ.</param>
/// <param name="Shrinkage">λᵢ = τ²/(τ² + vᵢ): the weight on the unit's own estimate (0 = fully pooled).</param>
/// <param name="Prediction">λᵢyᵢ + (1 − λᵢ)xᵢ'β.</param>
/// <param name="PredictionStdError">√(λᵢvᵢ + (1 − λᵢ)² xᵢ'V_βxᵢ).</param>
/// <param name="PredictionLow">Lower limit Prediction − crit·SE (crit from z, or t(k − p) under Knapp–Hartung).</param>
/// <param name="PredictionHigh">Upper limit.</param>
public sealed record BestLinearUnbiasedPrediction(
    string Label,
    double Estimate,
    double StdError,
    double Shrinkage,
    double Prediction,
    double PredictionStdError,
    double PredictionLow,
    double PredictionHigh
);
