using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// R's <c>aeqSurv</c> (survival ≥ 3.0, applied by <c>coxph.control(timefix = TRUE)</c>): distinct time values closer
/// than √ε, absolutely or relative to the mean absolute time, are treated as one time, so that floating-point
/// noise (e.g. 1/3 computed two ways) does not break ties. Each time is replaced by the smallest member of its
/// group of near-equal values.
/// </summary>
internal static class TimeFix
{
    private static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    public static void Apply(double[]? start, double[] stop, string? file)
    {
        var values = new List<double>(stop.Length * (start is null ? 1 : 2));
        values.AddRange(stop);
        if (start is not null)
        {
            values.AddRange(start.Where(double.IsFinite));
        }
        var unique = values.Distinct().Order().ToArray();
        if (unique.Length < 2)
        {
            return;
        }
        double meanAbs = unique.Average(Math.Abs);
        var cuts = new List<double> { unique[0] };
        bool anyTied = false;
        for (int i = 1; i < unique.Length; i++)
        {
            double dy = unique[i] - unique[i - 1];
            if (dy <= Tolerance || dy / meanAbs <= Tolerance)
            {
                anyTied = true;
            }
            else
            {
                cuts.Add(unique[i]);
            }
        }
        if (!anyTied)
        {
            return;
        }
        var c = cuts.ToArray();
        for (int i = 0; i < stop.Length; i++)
        {
            stop[i] = Snap(c, stop[i]);
            if (start is not null)
            {
                double s = Snap(c, start[i]);
                if (s >= stop[i])
                {
                    throw new InputException(
                        "a (start, stop] interval has effective length 0 after treating times closer than 1.5e-8 as tied (R: aeqSurv)",
                        file
                    );
                }
                start[i] = s;
            }
        }
    }

    private static double Snap(double[] cuts, double x)
    {
        int i = Array.BinarySearch(cuts, x);
        if (i < 0)
        {
            i = ~i - 1;
        }
        return cuts[Math.Max(i, 0)];
    }
}
