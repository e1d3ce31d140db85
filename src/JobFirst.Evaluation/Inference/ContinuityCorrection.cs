namespace JobFirst.Evaluation.Inference;

/// <summary>Whether a chi-square test of a 2×2 table applies the continuity correction.</summary>
public enum ContinuityCorrection
{
    /// <summary>Yates/Edwards continuity correction: R <c>prop.test(correct = TRUE)</c>, <c>mcnemar.test(correct = TRUE)</c> (R's defaults).</summary>
    Yates,

    /// <summary>No correction: R <c>prop.test(correct = FALSE)</c>, <c>mcnemar.test(correct = FALSE)</c>; Stata <c>prtesti</c>, <c>mcc</c>.</summary>
    None,
}
