namespace JobFirst.Evaluation.Inference;

/// <summary>Multiple-testing adjustment of a family of p-values (R: <c>p.adjust(p, method = ...)</c>).</summary>
public enum PValueAdjustment
{
    /// <summary>No adjustment (R: <c>"none"</c>).</summary>
    None,

    /// <summary>min(1, m·p) — family-wise error rate (R: <c>"bonferroni"</c>).</summary>
    Bonferroni,

    /// <summary>Holm (1979) step-down: cumulative max of min(1, (m − i + 1)·p₍ᵢ₎) — FWER, uniformly better than Bonferroni (R: <c>"holm"</c>).</summary>
    Holm,

    /// <summary>Benjamini &amp; Hochberg (1995) step-up: cumulative min from the top of min(1, m/i·p₍ᵢ₎) — false discovery rate (R: <c>"BH"</c> / <c>"fdr"</c>).</summary>
    BenjaminiHochberg,
}

/// <summary>Computes <see cref="PValueAdjustment"/>s.</summary>
public static class PValues
{
    /// <summary>
    /// Adjusted p-values in the input order. NaN entries stay NaN and do not count towards m (as R's default
    /// <c>n = length(p[!is.na(p)])</c>). Ties keep R's stable ordering.
    /// </summary>
    public static double[] Adjust(IReadOnlyList<double> p, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(p);
        var result = new double[p.Count];
        var idx = Enumerable.Range(0, p.Count).Where(i => !double.IsNaN(p[i])).ToArray();
        for (int i = 0; i < p.Count; i++)
        {
            result[i] = double.NaN;
        }
        int m = idx.Length;
        foreach (int i in idx)
        {
            if (p[i] is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(p), p[i], "p-values must lie in [0, 1].");
            }
        }
        switch (method)
        {
            case PValueAdjustment.None:
                foreach (int i in idx)
                {
                    result[i] = p[i];
                }
                break;
            case PValueAdjustment.Bonferroni:
                foreach (int i in idx)
                {
                    result[i] = Math.Min(1, m * p[i]);
                }
                break;
            case PValueAdjustment.Holm:
            {
                var order = idx.OrderBy(i => p[i]).ToArray();
                double running = 0;
                for (int r = 0; r < m; r++)
                {
                    running = Math.Max(running, Math.Min(1, (m - r) * p[order[r]]));
                    result[order[r]] = running;
                }
                break;
            }
            case PValueAdjustment.BenjaminiHochberg:
            {
                var order = idx.OrderByDescending(i => p[i]).ToArray();
                double running = 1;
                for (int r = 0; r < m; r++)
                {
                    int rank = m - r;
                    running = Math.Min(running, Math.Min(1, (double)m / rank * p[order[r]]));
                    result[order[r]] = running;
                }
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, null);
        }
        return result;
    }
}
