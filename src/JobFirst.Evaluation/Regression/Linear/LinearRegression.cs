using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>
/// Ordinary least squares on a <see cref="DesignMatrix"/> (the same formula and design machinery as
/// <see cref="Glm.LogisticRegression"/>), with the variance conventions of <c>estimatr::lm_robust</c>
/// (<see cref="OlsVariance"/>).
/// <list type="bullet">
/// <item>Aliased columns are found first by <see cref="AliasDetector"/> and dropped, reported like R <c>lm</c>'s <c>NA</c>
/// coefficients (later columns go; <c>lm_robust</c> pivots and may drop a different one of a collinear set — a
/// documented difference that leaves the fit unchanged).</item>
/// <item>Solver: Cholesky of the column-equilibrated XᵀWX (unit diagonal) plus one step of iterative refinement on the
/// residuals, which recovers the accuracy of a QR solve for well-posed designs.</item>
/// <item>Frequency weights: a row of weight w counts as w identical rows (Stata <c>[fweight]</c>): n = Σw everywhere,
/// so aggregated cells reproduce person-level results for every variance type including CR2. These are not
/// estimatr's <c>weights =</c> (precision weights with n = rows).</item>
/// </list>
/// </summary>
public static class LinearRegression
{
    /// <summary>Fits the model.</summary>
    /// <exception cref="InputException">No estimable columns, no residual df, or a cluster variance without clusters.</exception>
    public static LinearRegressionResult Fit(DesignMatrix design, LinearRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= new LinearRegressionOptions();
        var kept = AliasDetector.KeptColumns(design).ToList();
        if (kept.Count == 0)
        {
            throw new InputException("no estimable coefficients: every design column is zero or aliased");
        }
        int n = design.Rows;
        int p = design.Columns;
        int k = kept.Count;
        var x = design.RawValues;
        if (k != p)
        {
            var compact = new double[(long)n * k];
            for (int i = 0; i < n; i++)
            {
                for (int a = 0; a < k; a++)
                {
                    compact[i * k + a] = x[i * p + kept[a]];
                }
            }
            x = compact;
        }
        var y = design.RawResponse;
        var w = design.RawWeights;
        var cross = Numerics.CrossProduct(x, n, k, w);
        var scale = new double[k];
        for (int a = 0; a < k; a++)
        {
            scale[a] = 1 / Math.Sqrt(cross[a * k + a]);
        }
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                cross[a * k + b] *= scale[a] * scale[b];
            }
        }
        if (!Numerics.Cholesky(cross, k))
        {
            throw new InputException("the cross-product matrix is not positive definite (near-collinear columns)");
        }
        var beta = new double[k];
        var residuals = (double[])y.Clone();
        // Two passes: the first solves the normal equations, the second refines on the residuals.
        for (int pass = 0; pass < 2; pass++)
        {
            var g = new double[k];
            for (int i = 0; i < n; i++)
            {
                double wr = (w?[i] ?? 1.0) * residuals[i];
                int o = i * k;
                for (int a = 0; a < k; a++)
                {
                    g[a] += wr * x[o + a];
                }
            }
            for (int a = 0; a < k; a++)
            {
                g[a] *= scale[a];
            }
            var delta = Numerics.CholeskySolve(cross, k, g);
            for (int a = 0; a < k; a++)
            {
                beta[a] += delta[a] * scale[a];
            }
            for (int i = 0; i < n; i++)
            {
                double fit = 0;
                int o = i * k;
                for (int a = 0; a < k; a++)
                {
                    fit += x[o + a] * beta[a];
                }
                residuals[i] = y[i] - fit;
            }
        }
        var inverse = Numerics.CholeskyInverse(cross, k);
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                inverse[a * k + b] *= scale[a] * scale[b];
            }
        }
        var state = new LinearFitState(design, kept, x, n, k, y, w, beta, residuals, inverse);
        if (state.N - k <= 0)
        {
            throw new InputException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"no residual degrees of freedom: {state.N} observations for {k} coefficients"
                )
            );
        }
        var variance = options.Variance ?? (design.RawClusters is null ? OlsVariance.HC2 : OlsVariance.CR2);
        return LinearRegressionResult.Create(state, variance, options.ConfidenceLevel);
    }
}
