namespace JobFirst.Evaluation.Monitoring;

/// <summary>The smallest and largest value of a statistic across units (the report's parentheses, e.g. "46.7% (20.5–60%)").</summary>
/// <param name="Low">Smallest unit value.</param>
/// <param name="High">Largest unit value.</param>
/// <param name="Units">Number of units whose value entered (suppressed units are left out).</param>
public readonly record struct UnitRange(double Low, double High, int Units)
{
    /// <summary>The range of the non-null values, or null when there are none.</summary>
    public static UnitRange? Of(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double lo = double.PositiveInfinity,
            hi = double.NegativeInfinity;
        int n = 0;
        foreach (var v in values)
        {
            if (v is { } x && !double.IsNaN(x))
            {
                lo = Math.Min(lo, x);
                hi = Math.Max(hi, x);
                n++;
            }
        }
        return n == 0 ? null : new UnitRange(lo, hi, n);
    }
}
