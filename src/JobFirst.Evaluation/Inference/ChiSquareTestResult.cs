namespace JobFirst.Evaluation.Inference;

/// <summary>Pearson's chi-square test of independence on an r×c table (R: <c>chisq.test</c>).</summary>
/// <param name="Statistic">X² (with the continuity correction when applied).</param>
/// <param name="Df">(r − 1)(c − 1) on the non-empty rows and columns.</param>
/// <param name="PValue">P(χ²(df) &gt; X²).</param>
/// <param name="Correction">The correction actually applied (Yates only on 2×2 tables).</param>
/// <param name="Observed">Observed counts of the tested (non-empty) rows and columns, row-major r×c.</param>
/// <param name="Expected">Expected counts E = row total × column total / N, row-major r×c.</param>
/// <param name="Residuals">Pearson residuals (O − E)/√E (R: <c>$residuals</c>).</param>
/// <param name="StdResiduals">Standardized residuals (O − E)/√(E(1 − r/N)(1 − c/N)) (R: <c>$stdres</c>).</param>
/// <param name="RowCount">r.</param>
/// <param name="ColumnCount">c.</param>
/// <param name="EmptyRowsDropped">All-zero rows removed before testing (R would return NaN).</param>
/// <param name="EmptyColumnsDropped">All-zero columns removed before testing.</param>
/// <param name="SmallExpectedCells">Cells with expected count below 5 (R warns "Chi-squared approximation may be incorrect" when any).</param>
public sealed record ChiSquareTestResult(
    double Statistic,
    double Df,
    double PValue,
    ChiSquareCorrection Correction,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Expected,
    IReadOnlyList<double> Residuals,
    IReadOnlyList<double> StdResiduals,
    int RowCount,
    int ColumnCount,
    int EmptyRowsDropped,
    int EmptyColumnsDropped,
    int SmallExpectedCells
)
{
    /// <summary>True when R would warn that the approximation may be incorrect (some expected count &lt; 5).</summary>
    public bool ApproximationWarning => SmallExpectedCells > 0;

    /// <summary>The warning text R gives, or null.</summary>
    public string? Warning =>
        ApproximationWarning ? "Chi-squared approximation may be incorrect (expected count < 5 in some cells)" : null;
}
