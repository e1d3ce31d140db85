using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// A value per unit as bars (seed 004 Figur 3: the share reaching a first outcome per municipality; goal attainment
/// per municipality; the result requirement's best window per municipality, seed 003:27), with an optional reference
/// line (a target, the threshold, or the total). Few units: horizontal bars top to bottom in the given order, labelled
/// with the value. Many units (more than <see cref="MaxLabelledUnits"/>): vertical bars ranked by value, unit labels
/// left out (a caterpillar plot), so 88 municipalities stay readable. Suppressed units show "&lt;N" at the base.
/// </summary>
public static class UnitBarsFigure
{
    /// <summary>Units above this count are drawn ranked without labels.</summary>
    public const int MaxLabelledUnits = 30;

    /// <summary>Builds the figure.</summary>
    /// <param name="units">The units in display order.</param>
    /// <param name="reference">A reference value drawn as a dashed line, or null.</param>
    /// <param name="referenceLabel">Legend text of the reference line.</param>
    /// <param name="options">Labels, language, scale (<see cref="ValueScale.Proportion"/> = percent ticks), min cell.</param>
    public static Figure Build(
        IReadOnlyList<UnitBar> units,
        double? reference,
        string? referenceLabel,
        FigureOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        bool ranked = units.Count > MaxLabelledUnits;
        var lang = options.Language;
        var fig = BuilderSupport.NewFigure(options, 720, ranked ? 440 : 130 + 30 * Math.Max(1, units.Count));
        var plot = fig.AddPanel();
        var shown = ranked
            ? [.. units.OrderBy(u => Hidden(u, options) || double.IsNaN(u.Value) ? double.MaxValue : u.Value)]
            : units.ToList();
        int n = shown.Count;
        var hidden = shown.Select(u => Hidden(u, options)).ToList();
        var values = shown.Select((u, i) => hidden[i] ? double.NaN : u.Value).ToList();
        var positions = ranked
            ? shown.Select((_, i) => (double)(i + 1)).ToList()
            : shown.Select((_, i) => (double)(n - i)).ToList();
        // The reference line goes behind the bars, so value labels crossing it stay readable.
        if (reference is { } r)
        {
            var line = ranked ? plot.Add.HorizontalLine(r) : plot.Add.VerticalLine(r);
            line.Color = Colors.Control;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5;
            line.Label = referenceLabel;
        }
        var bars = plot.Add.Bars(positions, values);
        bars.Color = Colors.Treatment;
        bars.Orientation = ranked ? Orientation.Vertical : Orientation.Horizontal;
        bars.BarWidth = ranked ? 0.7 : 0.6;
        if (!ranked)
        {
            bars.ValueLabels =
            [
                .. shown.Select(u =>
                    double.IsNaN(u.Value) ? ""
                    : options.Scale == ValueScale.Proportion ? FigureNumberFormat.Percent(u.Value, 0, lang)
                    : FigureNumberFormat.Number(u.Value, 1, lang)
                ),
            ];
        }
        if (hidden.Any(h => h))
        {
            // A suppressed unit shows "<N" at the base of its (undrawn) bar, so it does not read as zero.
            var at = positions.Where((_, i) => hidden[i]).ToList();
            var markers = plot.Add.Bars(at, [.. at.Select(_ => 0.0)]);
            markers.Orientation = bars.Orientation;
            markers.BarWidth = bars.BarWidth;
            markers.ValueLabels =
            [
                .. shown.Where((_, i) => hidden[i]).Select(u => BuilderSupport.CountText(u.N!.Value, fig, lang)),
            ];
        }
        var valueAxis = ranked ? plot.Axes.Y : plot.Axes.X;
        var unitAxis = ranked ? plot.Axes.X : plot.Axes.Y;
        double max = Math.Max(reference ?? 0, values.Where(double.IsFinite).DefaultIfEmpty(0).Max());
        // Room for the value labels right of the longest bar.
        double top = ranked ? max * (1 + BuilderSupport.ValueMargin) : max * 1.18;
        double step = NiceTicks.Step(Math.Max(top, 1e-9), 5);
        valueAxis.SetLimits(0, Math.Max(step, Math.Ceiling(top / step) * step));
        valueAxis.TickFormat = options.Scale == ValueScale.Proportion ? TickFormat.Percent : TickFormat.Number;
        valueAxis.Label = options.ValueLabel ?? "";
        if (ranked)
        {
            unitAxis.SetLimits(0.4, n + 0.6);
            unitAxis.Label = options.AxisLabel ?? "";
            unitAxis.SetTicks([], []);
            unitAxis.ShowGrid = false;
        }
        else
        {
            unitAxis.SetTicks(positions, [.. shown.Select(u => u.Label)]);
            unitAxis.SetLimits(0.4, n + 0.6);
            unitAxis.ShowGrid = false;
            unitAxis.Label = options.AxisLabel ?? "";
        }
        if (reference is null || string.IsNullOrEmpty(referenceLabel))
        {
            plot.Legend.Position = LegendPosition.Hidden;
        }
        return fig;
    }

    private static bool Hidden(UnitBar u, FigureOptions options) =>
        u.N is { } c && BuilderSupport.IsSmall(c, options.MinCellSize);
}
