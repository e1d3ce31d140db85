namespace JobFirst.Evaluation.Regression.Design;

/// <summary>Small dense kernels on row-major data (p×p accumulations; no n×n matrices).</summary>
internal static class Numerics
{
    /// <summary>Full symmetric X'WX (W = weights or identity), p×p row-major.</summary>
    public static double[] CrossProduct(double[] x, int n, int p, double[]? weights)
    {
        var result = new double[p * p];
        for (int i = 0; i < n; i++)
        {
            double w = weights?[i] ?? 1.0;
            if (w == 0)
            {
                continue;
            }
            int o = i * p;
            for (int a = 0; a < p; a++)
            {
                double xa = w * x[o + a];
                if (xa == 0)
                {
                    continue;
                }
                int ra = a * p;
                for (int b = a; b < p; b++)
                {
                    result[ra + b] += xa * x[o + b];
                }
            }
        }
        Symmetrize(result, p);
        return result;
    }

    public static void Symmetrize(double[] m, int p)
    {
        for (int a = 0; a < p; a++)
        {
            for (int b = a + 1; b < p; b++)
            {
                m[b * p + a] = m[a * p + b];
            }
        }
    }

    /// <summary>In-place Cholesky A = LLᵀ (lower triangle of <paramref name="a"/>); false when not positive definite.</summary>
    public static bool Cholesky(double[] a, int p)
    {
        for (int j = 0; j < p; j++)
        {
            double d = a[j * p + j];
            for (int k = 0; k < j; k++)
            {
                d -= a[j * p + k] * a[j * p + k];
            }
            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }
            double ljj = Math.Sqrt(d);
            a[j * p + j] = ljj;
            for (int i = j + 1; i < p; i++)
            {
                double s = a[i * p + j];
                for (int k = 0; k < j; k++)
                {
                    s -= a[i * p + k] * a[j * p + k];
                }
                a[i * p + j] = s / ljj;
            }
        }
        return true;
    }

    /// <summary>Solves LLᵀx = b given the Cholesky factor; returns x.</summary>
    public static double[] CholeskySolve(double[] l, int p, ReadOnlySpan<double> b)
    {
        var y = new double[p];
        for (int i = 0; i < p; i++)
        {
            double s = b[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[i * p + k] * y[k];
            }
            y[i] = s / l[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--)
        {
            double s = y[i];
            for (int k = i + 1; k < p; k++)
            {
                s -= l[k * p + i] * y[k];
            }
            y[i] = s / l[i * p + i];
        }
        return y;
    }

    /// <summary>Inverse of the SPD matrix whose Cholesky factor is <paramref name="l"/>.</summary>
    public static double[] CholeskyInverse(double[] l, int p)
    {
        var inv = new double[p * p];
        var e = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            var col = CholeskySolve(l, p, e);
            for (int r = 0; r < p; r++)
            {
                inv[r * p + c] = col[r];
            }
        }
        // Exact symmetry.
        for (int a = 0; a < p; a++)
        {
            for (int b = a + 1; b < p; b++)
            {
                double m = 0.5 * (inv[a * p + b] + inv[b * p + a]);
                inv[a * p + b] = m;
                inv[b * p + a] = m;
            }
        }
        return inv;
    }

    /// <summary>A·M·A for symmetric p×p row-major A and M.</summary>
    public static double[] Sandwich(double[] a, double[] m, int p)
    {
        var am = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int k = 0; k < p; k++)
            {
                double aik = a[i * p + k];
                for (int j = 0; j < p; j++)
                {
                    am[i * p + j] += aik * m[k * p + j];
                }
            }
        }
        var r = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int k = 0; k < p; k++)
            {
                double v = am[i * p + k];
                for (int j = 0; j < p; j++)
                {
                    r[i * p + j] += v * a[k * p + j];
                }
            }
        }
        return r;
    }
}
