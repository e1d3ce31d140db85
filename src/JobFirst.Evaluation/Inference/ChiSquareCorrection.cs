namespace JobFirst.Evaluation.Inference;

/// <summary>Continuity correction of Pearson's chi-square test.</summary>
public enum ChiSquareCorrection
{
    /// <summary>None: X² = Σ(O − E)²/E (R: <c>chisq.test(x, correct = FALSE)</c>; Stata: <c>tabulate, chi2</c>).</summary>
    None,

    /// <summary>
    /// Yates (1934) for 2×2 tables only: X² = Σ(|O − E| − min(½, |O − E|))²/E; larger tables are uncorrected
    /// (R: <c>chisq.test(x)</c> default <c>correct = TRUE</c>).
    /// </summary>
    Yates,
}
