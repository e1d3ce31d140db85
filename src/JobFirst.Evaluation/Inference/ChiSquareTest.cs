using MathNet.Numerics;

namespace JobFirst.Evaluation.Inference;

/// <summary>Pearson's chi-square test of independence (R: <c>chisq.test(matrix)</c>; Stata: <c>tabulate r c, chi2</c>).</summary>
public static class ChiSquareTest
{
    /// <summary>Tests independence of rows and columns of <paramref name="counts"/> (non-negative, r×c).</summary>
    /// <param name="counts">Counts (frequency-weighted counts allowed).</param>
    /// <param name="correction">Yates (R's default, applied to 2×2 only) or none.</param>
    public static ChiSquareTestResult Independence(
        double[,] counts,
        ChiSquareCorrection correction = ChiSquareCorrection.Yates
    )
    {
        ArgumentNullException.ThrowIfNull(counts);
        int r0 = counts.GetLength(0);
        int c0 = counts.GetLength(1);
        for (int i = 0; i < r0; i++)
        {
            for (int j = 0; j < c0; j++)
            {
                if (!(counts[i, j] >= 0) || !double.IsFinite(counts[i, j]))
                {
                    throw new ArgumentException("counts must be finite and non-negative", nameof(counts));
                }
            }
        }
        var rows = Enumerable.Range(0, r0).Where(i => Enumerable.Range(0, c0).Any(j => counts[i, j] > 0)).ToArray();
        var cols = Enumerable.Range(0, c0).Where(j => Enumerable.Range(0, r0).Any(i => counts[i, j] > 0)).ToArray();
        int r = rows.Length;
        int c = cols.Length;
        if (r < 2 || c < 2)
        {
            throw new ArgumentException(
                "the table needs at least two non-empty rows and two non-empty columns",
                nameof(counts)
            );
        }
        var rowSum = new double[r];
        var colSum = new double[c];
        double total = 0;
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
            {
                double v = counts[rows[i], cols[j]];
                rowSum[i] += v;
                colSum[j] += v;
                total += v;
            }
        }
        bool yates = correction == ChiSquareCorrection.Yates && r == 2 && c == 2;
        var observed = new double[r * c];
        var expected = new double[r * c];
        var residuals = new double[r * c];
        var stdres = new double[r * c];
        double x2 = 0;
        int small = 0;
        // R: YATES <- min(0.5, abs(x - E)) over the whole table.
        double yatesAmount = 0;
        if (yates)
        {
            yatesAmount = 0.5;
            for (int i = 0; i < r; i++)
            {
                for (int j = 0; j < c; j++)
                {
                    double e = rowSum[i] * colSum[j] / total;
                    yatesAmount = Math.Min(yatesAmount, Math.Abs(counts[rows[i], cols[j]] - e));
                }
            }
        }
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
            {
                double o = counts[rows[i], cols[j]];
                double e = rowSum[i] * colSum[j] / total;
                int k = i * c + j;
                observed[k] = o;
                expected[k] = e;
                residuals[k] = (o - e) / Math.Sqrt(e);
                stdres[k] = (o - e) / Math.Sqrt(e * (1 - rowSum[i] / total) * (1 - colSum[j] / total));
                double d = Math.Abs(o - e) - yatesAmount;
                x2 += d * d / e;
                if (e < 5)
                {
                    small++;
                }
            }
        }
        double df = (r - 1.0) * (c - 1.0);
        double p = SpecialFunctions.GammaUpperRegularized(df / 2, x2 / 2);
        return new ChiSquareTestResult(
            x2,
            df,
            p,
            yates ? ChiSquareCorrection.Yates : ChiSquareCorrection.None,
            observed,
            expected,
            residuals,
            stdres,
            r,
            c,
            r0 - r,
            c0 - c,
            small
        );
    }
}
