namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// Nice-number axis ticks by the 1-2-5 rule (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990):
/// the step is 1, 2 or 5 times a power of ten, chosen so about <c>target</c> ticks cover the range.
/// </summary>
public static class NiceTicks
{
    /// <summary>The 1-2-5 step nearest to <paramref name="span"/>/<paramref name="target"/> (Heckbert's rounding: below 1.5 → 1, below 3 → 2, below 7 → 5, else 10); 1 for a zero or non-finite span.</summary>
    public static double Step(double span, int target)
    {
        if (!double.IsFinite(span) || span <= 0)
        {
            return 1;
        }
        double raw = span / Math.Max(1, target);
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double normalized = raw / magnitude;
        double nice =
            normalized < 1.5 ? 1
            : normalized < 3 ? 2
            : normalized < 7 ? 5
            : 10;
        return nice * magnitude;
    }

    /// <summary>Multiples of <paramref name="step"/> inside [<paramref name="min"/>, <paramref name="max"/>], increasing.</summary>
    public static IReadOnlyList<double> Positions(double min, double max, double step)
    {
        var ticks = new List<double>();
        if (!double.IsFinite(min) || !double.IsFinite(max) || !double.IsFinite(step) || step <= 0 || max < min)
        {
            return ticks;
        }
        double eps = step * 1e-9;
        double first = Math.Ceiling((min - eps) / step);
        double last = Math.Floor((max + eps) / step);
        if (last - first > 1000)
        {
            return ticks;
        }
        // Write the step as mantissa × 10^e so each tick is computed as one correctly rounded division
        // (3 × 0.1 becomes 3 / 10 = 0.3 exactly as printed), not as an accumulated product.
        int e = (int)Math.Floor(Math.Log10(step) + 1e-9);
        double mantissa = Math.Round(step / Math.Pow(10, e));
        bool decimalStep = Math.Abs(step / Math.Pow(10, e) - mantissa) < 1e-9;
        for (double k = first; k <= last; k++)
        {
            double v =
                !decimalStep ? k * step
                : e < 0 ? k * mantissa / Math.Pow(10, -e)
                : k * mantissa * Math.Pow(10, e);
            ticks.Add(v == 0 ? 0 : v);
        }
        return ticks;
    }
}
