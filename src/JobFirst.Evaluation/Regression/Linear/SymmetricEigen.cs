namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>Cyclic Jacobi eigen-decomposition of a small symmetric matrix (k ≤ a few dozen), accurate to rounding.</summary>
internal static class SymmetricEigen
{
    /// <summary>
    /// Decomposes symmetric <paramref name="a"/> (k×k row-major, destroyed) into A = V diag(λ) Vᵀ;
    /// eigenvalues go to <paramref name="values"/>, eigenvectors to the columns of <paramref name="vectors"/>.
    /// </summary>
    public static void Decompose(Span<double> a, int k, Span<double> values, Span<double> vectors)
    {
        vectors.Clear();
        for (int i = 0; i < k; i++)
        {
            vectors[i * k + i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < k; p++)
            {
                diag += a[p * k + p] * a[p * k + p];
                for (int q = p + 1; q < k; q++)
                {
                    off += a[p * k + q] * a[p * k + q];
                }
            }
            if (off <= 1e-32 * diag || off == 0)
            {
                break;
            }
            for (int p = 0; p < k; p++)
            {
                for (int q = p + 1; q < k; q++)
                {
                    double apq = a[p * k + q];
                    if (apq == 0)
                    {
                        continue;
                    }
                    double app = a[p * k + p];
                    double aqq = a[q * k + q];
                    double theta = (aqq - app) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }
                    double c = 1 / Math.Sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < k; r++)
                    {
                        double arp = a[r * k + p];
                        double arq = a[r * k + q];
                        a[r * k + p] = c * arp - s * arq;
                        a[r * k + q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < k; r++)
                    {
                        double apr = a[p * k + r];
                        double aqr = a[q * k + r];
                        a[p * k + r] = c * apr - s * aqr;
                        a[q * k + r] = s * apr + c * aqr;
                    }
                    a[p * k + q] = 0;
                    a[q * k + p] = 0;
                    for (int r = 0; r < k; r++)
                    {
                        double vrp = vectors[r * k + p];
                        double vrq = vectors[r * k + q];
                        vectors[r * k + p] = c * vrp - s * vrq;
                        vectors[r * k + q] = s * vrp + c * vrq;
                    }
                }
            }
        }
        for (int i = 0; i < k; i++)
        {
            values[i] = a[i * k + i];
        }
    }
}
