using JobFirst.Evaluation.Estimators.Meta;

namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>
/// Pearson's χ² test of independence on an r × c table of counts, without continuity correction (R
/// <c>chisq.test(tab, correct = FALSE)</c>; Stata <c>tabulate r c, chi2</c>). Rows or columns with a zero total are dropped
/// first (their expected counts would be 0).
/// </summary>
/// <param name="Statistic">Σ (O − E)²/E.</param>
/// <param name="Df">(r' − 1)(c' − 1) over the non-empty rows and columns.</param>
/// <param name="PValue">Upper-tail χ²(df) probability.</param>
/// <param name="MinExpected">Smallest expected count (R warns "approximation may be incorrect" below 5).</param>
public sealed record PearsonTableTest(double Statistic, int Df, double PValue, double MinExpected)
{
    /// <summary>Computes the test; <paramref name="counts"/>[row][column].</summary>
    public static PearsonTableTest Compute(IReadOnlyList<IReadOnlyList<long>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int r = counts.Count;
        int c = r == 0 ? 0 : counts[0].Count;
        var rowTotals = counts.Select(row => (double)row.Sum()).ToArray();
        var colTotals = new double[c];
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
            {
                colTotals[j] += counts[i][j];
            }
        }
        double total = rowTotals.Sum();
        var rows = Enumerable.Range(0, r).Where(i => rowTotals[i] > 0).ToList();
        var cols = Enumerable.Range(0, c).Where(j => colTotals[j] > 0).ToList();
        int df = (rows.Count - 1) * (cols.Count - 1);
        if (df <= 0)
        {
            return new PearsonTableTest(double.NaN, Math.Max(df, 0), double.NaN, double.NaN);
        }
        double stat = 0;
        double minExpected = double.PositiveInfinity;
        foreach (int i in rows)
        {
            foreach (int j in cols)
            {
                double e = rowTotals[i] * colTotals[j] / total;
                double d = counts[i][j] - e;
                stat += d * d / e;
                minExpected = Math.Min(minExpected, e);
            }
        }
        return new PearsonTableTest(stat, df, MetaRegression.ChiSquareUpperTail(stat, df), minExpected);
    }
}
