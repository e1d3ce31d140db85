namespace JobFirst.Evaluation.Inference;

/// <summary>Variance assumption of the two-sample t test.</summary>
public enum TTestVariance
{
    /// <summary>Welch: unequal variances, Welch–Satterthwaite df (R: <c>t.test(x, y)</c> default; Stata: <c>ttest, unequal</c>).</summary>
    Welch,

    /// <summary>Pooled: equal variances, df n₁ + n₂ − 2 (R: <c>t.test(x, y, var.equal = TRUE)</c>; Stata: <c>ttest</c>).</summary>
    Pooled,
}
