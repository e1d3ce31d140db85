using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>
/// Pearson's χ² test of arm × category independence without continuity correction (core <see cref="ChiSquareTest"/>;
/// R <c>chisq.test(table(arm, x), correct = FALSE)</c>), on the two arms' counts per category.
/// </summary>
public static class ArmTableTest
{
    /// <summary>The test, or null when fewer than two categories (or arms) are non-empty.</summary>
    public static ChiSquareTestResult? Pearson(IReadOnlyList<long> treated, IReadOnlyList<long> control)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(control);
        var counts = new double[2, treated.Count];
        for (int j = 0; j < treated.Count; j++)
        {
            counts[0, j] = treated[j];
            counts[1, j] = control[j];
        }
        int rows = (treated.Any(c => c > 0) ? 1 : 0) + (control.Any(c => c > 0) ? 1 : 0);
        int columns = Enumerable.Range(0, treated.Count).Count(j => treated[j] + control[j] > 0);
        return rows < 2 || columns < 2 ? null : ChiSquareTest.Independence(counts, ChiSquareCorrection.None);
    }
}
