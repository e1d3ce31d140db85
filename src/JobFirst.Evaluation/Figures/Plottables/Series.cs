using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>Shared helpers for index-aligned data series.</summary>
internal static class Series
{
    public static double At(IReadOnlyList<double> values, int i) => i < values.Count ? values[i] : double.NaN;

    public static bool IsSuppressed(IReadOnlyList<bool>? mask, int i) => mask is not null && i < mask.Count && mask[i];

    public static int CountSuppressed(IReadOnlyList<bool>? mask) => mask?.Count(m => m) ?? 0;

    /// <summary>Splits point indices into runs of consecutive usable points (a NaN or suppressed point breaks a line).</summary>
    public static IEnumerable<List<int>> Runs(int count, Func<int, bool> usable)
    {
        var run = new List<int>();
        for (int i = 0; i < count; i++)
        {
            if (usable(i))
            {
                run.Add(i);
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    public static List<PixelPoint> StepPoints(IReadOnlyList<PixelPoint> points)
    {
        var result = new List<PixelPoint>(points.Count * 2);
        for (int i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                result.Add(new PixelPoint(points[i].X, points[i - 1].Y));
            }
            result.Add(points[i]);
        }
        return result;
    }
}
