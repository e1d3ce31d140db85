namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// Finds aliased (perfectly collinear) design columns the way R reports them as <c>NA</c> coefficients:
/// columns are examined in design order and a column is aliased when it is (numerically) a linear
/// combination of the earlier kept columns, so later columns are the ones dropped (R's
/// <c>dqrdc2</c> limited pivoting). Implemented as a sequential Cholesky decomposition of the weighted
/// cross-product X'WX (W = frequency weights): a column is aliased when its squared residual norm after
/// projection on the kept columns is below <see cref="Tolerance"/> times its squared norm.
/// </summary>
public static class AliasDetector
{
    /// <summary>Relative tolerance on squared norms (≈ 1e-5 on norms; R's <c>lm</c> uses 1e-7 on norms with QR).</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Indices of the columns to keep, in design order.</summary>
    public static IReadOnlyList<int> KeptColumns(DesignMatrix design)
    {
        ArgumentNullException.ThrowIfNull(design);
        int p = design.Columns;
        var cross = Numerics.CrossProduct(design.RawValues, design.Rows, p, design.RawWeights);
        return KeptColumns(cross, p);
    }

    internal static List<int> KeptColumns(double[] cross, int p)
    {
        var kept = new List<int>();
        // Rows of L for kept columns, stored against kept positions.
        var l = new double[p * p];
        for (int j = 0; j < p; j++)
        {
            double diag = cross[j * p + j];
            if (diag <= 0)
            {
                continue;
            }
            int k = kept.Count;
            var row = new double[k];
            double residual = diag;
            for (int a = 0; a < k; a++)
            {
                double s = cross[kept[a] * p + j];
                for (int b = 0; b < a; b++)
                {
                    s -= l[a * p + b] * row[b];
                }
                row[a] = s / l[a * p + a];
                residual -= row[a] * row[a];
            }
            if (residual <= Tolerance * diag)
            {
                continue;
            }
            for (int a = 0; a < k; a++)
            {
                l[k * p + a] = row[a];
            }
            l[k * p + k] = Math.Sqrt(residual);
            kept.Add(j);
        }
        return kept;
    }
}
