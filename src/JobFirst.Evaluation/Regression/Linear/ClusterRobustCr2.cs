using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>
/// The Bell &amp; McCaffrey (2002) CR2 cluster-robust variance of OLS coefficients and its Satterthwaite
/// degrees of freedom (Pustejovsky &amp; Tipton 2018), computed from per-cluster sufficient statistics only:
/// the cluster Gram matrix G_g = X_gᵀX_g and score s_g = X_gᵀe_g (e = OLS residuals), with M = (XᵀX)⁻¹.
/// <para>
/// CR2 uses A_g = (I − H_gg)^{-½}, H_gg = X_g M X_gᵀ. Because X_gᵀ f(X_g M X_gᵀ) = f(G_g M) X_gᵀ for any power
/// series f, X_gᵀA_g e_g = (I − G_g M)^{-½} s_g, evaluated through the symmetric S_g = LᵀG_gL (M = LLᵀ):
/// (I − G_gM)^{-½} = L⁻ᵀ (I − S_g)^{-½} Lᵀ. No n_g × n_g matrix is formed, so clusters of any size cost O(k³).
/// Eigenvalues of I − S_g at or below 1e-9 get weight 0 (a cluster with leverage 1 in that direction), as in
/// estimatr's <c>lm_variance_cr2</c>, whose 1e-12 lies at the rounding level of the eigenvalues: with one cluster
/// per arm R gets SE 0 and df NA, or SE 1e-17 and df 1 with the arms swapped. The wider margin gives SE 0 and the
/// Bell–McCaffrey df of the remaining directions (1) in both orientations.
/// </para>
/// <para>
/// df for coefficient j (c = e_j): with p_g = A_g X_g M c, v_g = X_gᵀp_g, the G×G matrix
/// Q = diag(p_gᵀp_g) − VᵀMV gives df = tr(Q)² / ‖Q‖²_F, evaluated as sums over clusters of k-vectors
/// z_g = Lᵀv_g (tr Q = Σd_g − Σ‖z_g‖², ‖Q‖²_F = Σd_g² − 2Σd_g‖z_g‖² + ‖Σz_g z_gᵀ‖²_F).
/// </para>
/// </summary>
internal static class ClusterRobustCr2
{
    private const double EigenTolerance = 1e-9;

    /// <summary>
    /// Computes the CR2 covariance (k×k row-major) and per-coefficient df.
    /// </summary>
    /// <param name="m">(XᵀX)⁻¹, k×k row-major.</param>
    /// <param name="k">Number of coefficients.</param>
    /// <param name="grams">G blocks of k×k cluster Gram matrices, concatenated.</param>
    /// <param name="scores">G blocks of k cluster scores, concatenated.</param>
    /// <param name="clusters">G.</param>
    public static (double[] Covariance, double[] Df) Compute(
        double[] m,
        int k,
        ReadOnlySpan<double> grams,
        ReadOnlySpan<double> scores,
        int clusters
    )
    {
        var l = new double[k * k];
        Array.Copy(m, l, k * k);
        if (!Numerics.Cholesky(l, k))
        {
            throw new InvalidOperationException("(X'X)^-1 is not positive definite.");
        }
        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                l[a * k + b] = 0;
            }
        }
        var meat = new double[k * k];
        var s = new double[k * k];
        var values = new double[k];
        var vectors = new double[k * k];
        var f = new double[k];
        var tmp = new double[k * k];
        var t = new double[k];
        var y = new double[k];
        var u = new double[k];
        var w = new double[k];
        var z = new double[k];
        var sumD = new double[k];
        var sumD2 = new double[k];
        var sumDz = new double[k];
        var zz = new double[k * k * k];
        for (int g = 0; g < clusters; g++)
        {
            var gram = grams.Slice(g * k * k, k * k);
            // S = Lᵀ G L.
            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < k; b++)
                {
                    double acc = 0;
                    for (int c = 0; c < k; c++)
                    {
                        acc += gram[a * k + c] * l[c * k + b];
                    }
                    tmp[a * k + b] = acc;
                }
            }
            for (int a = 0; a < k; a++)
            {
                for (int b = a; b < k; b++)
                {
                    double acc = 0;
                    for (int c = 0; c < k; c++)
                    {
                        acc += l[c * k + a] * tmp[c * k + b];
                    }
                    s[a * k + b] = acc;
                    s[b * k + a] = acc;
                }
            }
            SymmetricEigen.Decompose(s, k, values, vectors);
            for (int i = 0; i < k; i++)
            {
                double gap = 1 - values[i];
                f[i] = gap > EigenTolerance ? 1 / Math.Sqrt(gap) : 0;
            }
            // u = L⁻ᵀ V diag(f) Vᵀ Lᵀ s_g.
            var score = scores.Slice(g * k, k);
            for (int a = 0; a < k; a++)
            {
                double acc = 0;
                for (int c = a; c < k; c++)
                {
                    acc += l[c * k + a] * score[c];
                }
                t[a] = acc;
            }
            Rotate(vectors, k, t, f, y);
            SolveUpperTransposed(l, k, y, u);
            for (int a = 0; a < k; a++)
            {
                for (int b = a; b < k; b++)
                {
                    meat[a * k + b] += u[a] * u[b];
                }
            }
            // df pieces per coefficient j: w = Lᵀe_j (row j of L).
            for (int j = 0; j < k; j++)
            {
                for (int a = 0; a < k; a++)
                {
                    w[a] = l[j * k + a];
                }
                double d = 0;
                for (int i = 0; i < k; i++)
                {
                    double proj = 0;
                    for (int a = 0; a < k; a++)
                    {
                        proj += vectors[a * k + i] * w[a];
                    }
                    t[i] = proj;
                    d += proj * proj * values[i] * f[i] * f[i];
                }
                double z2 = 0;
                for (int a = 0; a < k; a++)
                {
                    double acc = 0;
                    for (int i = 0; i < k; i++)
                    {
                        acc += vectors[a * k + i] * f[i] * values[i] * t[i];
                    }
                    z[a] = acc;
                    z2 += acc * acc;
                }
                sumD[j] += d;
                sumD2[j] += d * d;
                sumDz[j] += d * z2;
                int o = j * k * k;
                for (int a = 0; a < k; a++)
                {
                    for (int b = a; b < k; b++)
                    {
                        zz[o + a * k + b] += z[a] * z[b];
                    }
                }
            }
        }
        Numerics.Symmetrize(meat, k);
        var cov = Numerics.Sandwich(m, meat, k);
        var df = new double[k];
        for (int j = 0; j < k; j++)
        {
            int o = j * k * k;
            double trace = 0;
            double frob = 0;
            for (int a = 0; a < k; a++)
            {
                trace += zz[o + a * k + a];
                for (int b = 0; b < k; b++)
                {
                    double v = b >= a ? zz[o + a * k + b] : zz[o + b * k + a];
                    frob += v * v;
                }
            }
            double trQ = sumD[j] - trace;
            double q2 = sumD2[j] - 2 * sumDz[j] + frob;
            df[j] = trQ * trQ / q2;
        }
        return (cov, df);
    }

    /// <summary>y = V diag(f) Vᵀ x.</summary>
    private static void Rotate(double[] v, int k, double[] x, double[] f, double[] y)
    {
        Span<double> c = k <= 128 ? stackalloc double[k] : new double[k];
        for (int i = 0; i < k; i++)
        {
            double acc = 0;
            for (int a = 0; a < k; a++)
            {
                acc += v[a * k + i] * x[a];
            }
            c[i] = acc * f[i];
        }
        for (int a = 0; a < k; a++)
        {
            double acc = 0;
            for (int i = 0; i < k; i++)
            {
                acc += v[a * k + i] * c[i];
            }
            y[a] = acc;
        }
    }

    /// <summary>Solves Lᵀ x = b for lower-triangular L (back substitution).</summary>
    private static void SolveUpperTransposed(double[] l, int k, double[] b, double[] x)
    {
        for (int i = k - 1; i >= 0; i--)
        {
            double acc = b[i];
            for (int c = i + 1; c < k; c++)
            {
                acc -= l[c * k + i] * x[c];
            }
            x[i] = acc / l[i * k + i];
        }
    }
}
