namespace JobFirst.Evaluation.Inference;

/// <summary>Reference distribution of the Wald statistic for p-values and confidence intervals.</summary>
public enum IntervalMethod
{
    /// <summary>
    /// Student's t with the estimator's degrees of freedom (R: <c>estimatr</c> default, <c>t.test</c>,
    /// <c>lm</c>; Stata: <c>ttest</c>, <c>regress</c>).
    /// </summary>
    StudentT,

    /// <summary>
    /// Standard normal (large-sample z; df reported as infinite). R: <c>2 * pnorm(-abs(z))</c>,
    /// <c>qnorm(1 - alpha/2)</c>; Stata: <c>ztest</c>-style intervals.
    /// </summary>
    Normal,
}
