namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// LDLᵀ factorisation of a symmetric non-negative definite matrix with the singularity rule of R survival's
/// <c>cholesky2</c>: a pivot below <c>toler</c> × (largest diagonal element) is declared zero, and the
/// corresponding column is treated as aliased (its solution component and inverse row/column are 0, a generalised
/// inverse as <c>chsolve2</c>/<c>chinv2</c> give). Row-major p×p arrays.
/// </summary>
internal sealed class SymmetricSolver
{
    private readonly double[] _f;
    private readonly int _p;

    private SymmetricSolver(double[] factor, int p, int rank)
    {
        _f = factor;
        _p = p;
        Rank = rank;
    }

    /// <summary>Number of non-singular pivots.</summary>
    public int Rank { get; }

    /// <summary>True when pivot <paramref name="i"/> was declared singular.</summary>
    public bool IsSingular(int i) => _f[i * _p + i] == 0;

    public static SymmetricSolver Factor(ReadOnlySpan<double> matrix, int p, double toler)
    {
        var f = matrix.ToArray();
        double eps = 0;
        for (int i = 0; i < p; i++)
        {
            double dii = f[i * p + i];
            if (dii > eps)
            {
                eps = dii;
            }
        }
        eps *= toler;
        int rank = 0;
        for (int i = 0; i < p; i++)
        {
            double pivot = f[i * p + i];
            if (!double.IsFinite(pivot) || pivot < eps || pivot <= 0)
            {
                // Aliased: the remaining columns are factored as if this one were absent.
                f[i * p + i] = 0;
                for (int j = i + 1; j < p; j++)
                {
                    f[j * p + i] = 0;
                }
                continue;
            }
            rank++;
            for (int j = i + 1; j < p; j++)
            {
                double l = f[j * p + i] / pivot;
                f[j * p + i] = l;
                f[j * p + j] -= l * l * pivot;
                for (int k = j + 1; k < p; k++)
                {
                    f[k * p + j] -= l * f[k * p + i];
                }
            }
        }
        return new SymmetricSolver(f, p, rank);
    }

    /// <summary>b ← A⁻b in place (singular components 0).</summary>
    public void Solve(Span<double> b)
    {
        int p = _p;
        var f = _f;
        for (int i = 0; i < p; i++)
        {
            double s = b[i];
            for (int j = 0; j < i; j++)
            {
                s -= b[j] * f[i * p + j];
            }
            b[i] = s;
        }
        for (int i = p - 1; i >= 0; i--)
        {
            double dii = f[i * p + i];
            if (dii == 0)
            {
                b[i] = 0;
                continue;
            }
            double s = b[i] / dii;
            for (int j = i + 1; j < p; j++)
            {
                s -= b[j] * f[j * p + i];
            }
            b[i] = s;
        }
    }

    /// <summary>The generalised inverse (rows and columns of singular pivots are 0), exactly symmetric.</summary>
    public double[] Inverse()
    {
        int p = _p;
        var inv = new double[p * p];
        var e = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            Solve(e);
            for (int r = 0; r < p; r++)
            {
                inv[r * p + c] = e[r];
            }
        }
        for (int i = 0; i < p; i++)
        {
            if (IsSingular(i))
            {
                for (int j = 0; j < p; j++)
                {
                    inv[i * p + j] = 0;
                    inv[j * p + i] = 0;
                }
            }
            for (int j = i + 1; j < p; j++)
            {
                double m = 0.5 * (inv[i * p + j] + inv[j * p + i]);
                inv[i * p + j] = m;
                inv[j * p + i] = m;
            }
        }
        return inv;
    }

    /// <summary>bᵀA⁻b (R's <c>coxph.wtest</c> quadratic form).</summary>
    public double QuadraticForm(ReadOnlySpan<double> b)
    {
        var y = b.ToArray();
        Solve(y);
        double s = 0;
        for (int i = 0; i < _p; i++)
        {
            s += b[i] * y[i];
        }
        return s;
    }
}
