namespace JobFirst.Evaluation.Estimators;

// TEMPORARY (study-effects branch): stands in for the core-estimators branch's p.adjust until it lands;
// delete this file when merging it and adapt the member names if they differ.

/// <summary>Multiple-testing adjustment of a family of p-values (R <c>p.adjust(method = ...)</c>).</summary>
public enum PValueAdjustment
{
    /// <summary>Holm (1979) step-down, controls the family-wise error rate (R <c>"holm"</c>).</summary>
    Holm,

    /// <summary>Benjamini &amp; Hochberg (1995) step-up, controls the false discovery rate (R <c>"BH"</c>).</summary>
    BenjaminiHochberg,

    /// <summary>Bonferroni: min(1, m·p) (R <c>"bonferroni"</c>).</summary>
    Bonferroni,
}

/// <summary>Adjusted p-values as R <c>p.adjust</c> (n = number of p-values given).</summary>
public static class PValueAdjust
{
    /// <summary>Adjusts <paramref name="p"/> (no NaN) and returns the adjusted values in input order.</summary>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> p, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(p);
        int n = p.Count;
        var result = new double[n];
        if (n == 0)
        {
            return result;
        }
        var order = Enumerable.Range(0, n).OrderBy(i => p[i]).ThenBy(i => i).ToArray();
        switch (method)
        {
            case PValueAdjustment.Bonferroni:
                for (int i = 0; i < n; i++)
                {
                    result[i] = Math.Min(1, n * p[i]);
                }
                break;
            case PValueAdjustment.Holm:
            {
                double running = 0;
                for (int r = 0; r < n; r++)
                {
                    running = Math.Max(running, Math.Min(1, (n - r) * p[order[r]]));
                    result[order[r]] = running;
                }
                break;
            }
            default:
            {
                double running = 1;
                for (int r = n - 1; r >= 0; r--)
                {
                    running = Math.Min(running, Math.Min(1, (double)n / (r + 1) * p[order[r]]));
                    result[order[r]] = running;
                }
                break;
            }
        }
        return result;
    }
}
