using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>
/// Turns an axis specification and the data range into limits and ticks. Automatic limits are widened by the axis margin
/// and rounded out to whole 1-2-5 steps; zero-centred axes stay symmetric; degenerate ranges (empty, one
/// value) get a unit-wide window so nothing divides by zero.
/// </summary>
internal static class AxisResolver
{
    public static ResolvedAxis Resolve(Axis axis, DataRange data, FigureLanguage language) =>
        Resolve(axis, data, language, axis.TargetTickCount);

    /// <summary>
    /// Resolves with the largest tick count (from the axis target down to 2) whose labels do not overlap when the
    /// axis is <paramref name="lengthPx"/> long; <paramref name="labelSize"/> gives a label's extent along the axis.
    /// </summary>
    public static ResolvedAxis ResolveToFit(
        Axis axis,
        DataRange data,
        FigureLanguage language,
        double lengthPx,
        Func<string, double> labelSize
    )
    {
        ResolvedAxis resolved = Resolve(axis, data, language);
        for (int target = axis.TargetTickCount; target >= 2; target--)
        {
            resolved = Resolve(axis, data, language, target);
            if (Fits(resolved, lengthPx, labelSize))
            {
                break;
            }
        }
        return resolved;
    }

    private static bool Fits(ResolvedAxis axis, double lengthPx, Func<string, double> labelSize)
    {
        var t = axis.Ticks;
        if (t.Count < 2 || axis.Max <= axis.Min)
        {
            return true;
        }
        double pxPerUnit = lengthPx / (axis.Max - axis.Min);
        for (int i = 1; i < t.Count; i++)
        {
            double gap = (t[i].Position - t[i - 1].Position) * pxPerUnit;
            if ((labelSize(t[i].Label) + labelSize(t[i - 1].Label)) / 2 + 6 > gap)
            {
                return false;
            }
        }
        return true;
    }

    private static ResolvedAxis Resolve(Axis axis, DataRange data, FigureLanguage language, int targetTicks)
    {
        if (axis.ManualTicks is { } manual)
        {
            return ResolveManual(axis, data, manual);
        }

        double lo = data.IsEmpty ? 0 : data.Min;
        double hi = data.IsEmpty ? 1 : data.Max;
        switch (axis.RangeRule)
        {
            case AxisRangeRule.IncludeZero:
                lo = Math.Min(lo, 0);
                hi = Math.Max(hi, 0);
                break;
            case AxisRangeRule.ZeroCentred:
                double m = Math.Max(Math.Abs(lo), Math.Abs(hi));
                lo = -m;
                hi = m;
                break;
            default:
                break;
        }
        if (axis.Min is { } fixedMin && double.IsFinite(fixedMin))
        {
            lo = fixedMin;
        }
        if (axis.Max is { } fixedMax && double.IsFinite(fixedMax))
        {
            hi = fixedMax;
        }
        if (hi < lo)
        {
            (lo, hi) = (hi, lo);
        }
        if (hi - lo <= Math.Max(Math.Abs(hi), Math.Abs(lo)) * 1e-12)
        {
            double half = lo == 0 ? 1 : Math.Abs(lo) * 0.1;
            (lo, hi) = axis.RangeRule == AxisRangeRule.IncludeZero && lo == 0 ? (0, 1) : (lo - half, hi + half);
        }

        bool autoMin = axis.Min is null;
        bool autoMax = axis.Max is null;
        double span = hi - lo;
        bool pinnedAtZero = axis.RangeRule == AxisRangeRule.IncludeZero;
        if (autoMin && !(pinnedAtZero && lo == 0))
        {
            lo -= span * axis.Margin;
        }
        if (autoMax && !(pinnedAtZero && hi == 0))
        {
            hi += span * axis.Margin;
        }

        double step = NiceTicks.Step(hi - lo, targetTicks);
        if (axis.MinimumTickStep > step)
        {
            step = NiceTicks.Step(axis.MinimumTickStep, 1);
        }
        if (autoMin)
        {
            lo = Math.Floor(lo / step + 1e-9) * step;
        }
        if (autoMax)
        {
            hi = Math.Ceiling(hi / step - 1e-9) * step;
        }
        if (axis.RangeRule == AxisRangeRule.ZeroCentred && autoMin && autoMax)
        {
            double m = Math.Max(Math.Abs(lo), Math.Abs(hi));
            lo = -m;
            hi = m;
        }

        var ticks = NiceTicks
            .Positions(lo, hi, step)
            .Select(v => new Tick(v, Format(v, step, axis.TickFormat, language)))
            .ToList();
        return new ResolvedAxis(lo, hi, step, ticks);
    }

    public static string Format(double value, double step, TickFormat format, FigureLanguage language) =>
        format switch
        {
            TickFormat.Percent => FigureNumberFormat.Percent(
                value,
                FigureNumberFormat.DecimalsForStep(step * 100),
                language
            ),
            TickFormat.PercentagePoints => FigureNumberFormat.Number(
                value * 100,
                FigureNumberFormat.DecimalsForStep(step * 100),
                language
            ),
            _ => FigureNumberFormat.Number(value, FigureNumberFormat.DecimalsForStep(step), language),
        };

    private static ResolvedAxis ResolveManual(Axis axis, DataRange data, IReadOnlyList<Tick> manual)
    {
        var range = data;
        if (range.IsEmpty)
        {
            range = DataRange.Of(manual.Select(t => t.Position));
        }
        double lo = axis.Min ?? (range.IsEmpty ? 0 : range.Min);
        double hi = axis.Max ?? (range.IsEmpty ? 1 : range.Max);
        if (hi < lo)
        {
            (lo, hi) = (hi, lo);
        }
        if (hi - lo <= 0)
        {
            lo -= 0.5;
            hi += 0.5;
        }
        var ticks = manual.Where(t => t.Position >= lo - 1e-9 && t.Position <= hi + 1e-9).ToList();
        return new ResolvedAxis(lo, hi, 0, ticks);
    }
}
