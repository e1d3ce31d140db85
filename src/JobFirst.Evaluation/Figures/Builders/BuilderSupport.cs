using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Helpers shared by the builders (figure setup, suppression masks, count text).</summary>
internal static class BuilderSupport
{
    public static Figure NewFigure(FigureOptions options, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(options);
        var f = new Figure
        {
            Title = options.Title,
            Description = options.Description,
            Language = options.Language,
            MinCellSize = options.MinCellSize,
            Width = options.Width ?? width,
            Height = options.Height ?? height,
        };
        foreach (var note in options.Footnotes)
        {
            f.AddFootnote(note);
        }
        return f;
    }

    /// <summary>
    /// Headroom added to value axes before rounding out to whole ticks: a maximum that falls on a tick would
    /// otherwise sit on the frame, with half the line's stroke clipped away.
    /// </summary>
    public const double ValueMargin = 0.03;

    public static FigureLabels Labels(FigureOptions options) => FigureLabels.For(options.Language);

    public static double[] Doubles(IReadOnlyList<int> values) => [.. values.Select(v => (double)v)];

    /// <summary>True where the count is positive but below the threshold (a zero count identifies no one).</summary>
    public static bool IsSmall(int count, int minCell) => Estimators.Disclosure.SmallCells.IsSmall(count, minCell);

    public static bool[]? Mask(IReadOnlyList<int>? counts, int minCell) =>
        counts is null ? null : [.. counts.Select(c => IsSmall(c, minCell))];

    public static bool[]? Or(IReadOnlyList<bool>? a, IReadOnlyList<bool>? b)
    {
        if (a is null)
        {
            return b?.ToArray();
        }
        if (b is null)
        {
            return [.. a];
        }
        int n = Math.Max(a.Count, b.Count);
        return [.. Enumerable.Range(0, n).Select(i => (i < a.Count && a[i]) || (i < b.Count && b[i]))];
    }

    /// <summary>A count as text, or "&lt;N" when suppressed (and the figure is marked).</summary>
    public static string CountText(int count, Figure figure, FigureLanguage language)
    {
        if (IsSmall(count, figure.MinCellSize))
        {
            figure.HasSuppressedCells = true;
            figure.SuppressedTextCells++;
            return "<" + FigureNumberFormat.Count(figure.MinCellSize, language);
        }
        return FigureNumberFormat.Count(count, language);
    }

    /// <summary>"n = 4,856", or "n &lt; 5" when the count is suppressed.</summary>
    public static string CountEquation(int count, Figure figure, FigureLanguage language)
    {
        string text = CountText(count, figure, language);
        return text.StartsWith('<') ? "n < " + text[1..] : "n = " + text;
    }

    public static void StyleWeekAxis(Axis axis, FigureLabels labels)
    {
        axis.Label = labels.WeekSinceRandomisation;
        axis.MinimumTickStep = 1;
        axis.RangeRule = AxisRangeRule.Data;
    }

    public static void StyleLevelAxis(Axis axis, FigureOptions options, FigureLabels labels)
    {
        axis.RangeRule = AxisRangeRule.IncludeZero;
        axis.Margin = ValueMargin;
        axis.TickFormat = options.Scale == ValueScale.Proportion ? TickFormat.Percent : TickFormat.Number;
        axis.Label =
            options.ValueLabel
            ?? (options.Scale == ValueScale.Proportion ? labels.ShareOfPersons : labels.HoursPerWeek);
    }

    public static void StyleEffectAxis(Axis axis, FigureOptions options, FigureLabels labels)
    {
        axis.RangeRule = AxisRangeRule.ZeroCentred;
        axis.Margin = ValueMargin;
        axis.TickFormat = options.Scale == ValueScale.Proportion ? TickFormat.PercentagePoints : TickFormat.Number;
        // The effect is in the level's units: percentage points for shares, else the level axis's own unit.
        string unit =
            options.Scale == ValueScale.Proportion
                ? labels.PercentagePoints
                : options.ValueLabel ?? labels.HoursPerWeek;
        axis.Label = labels.Effect + " (" + LowerFirst(unit) + ")";
    }

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>Adds the treatment (solid) and control (dashed, so arms differ without colour) lines.</summary>
    public static void AddArmLines(Plot plot, WeeklyArmSeries series, FigureLabels labels, int minCell)
    {
        var weeks = Doubles(series.Weeks);
        var t = plot.Add.Line(weeks, series.Treatment);
        t.Label = labels.Treatment;
        t.Color = Colors.Treatment;
        t.Suppressed = Mask(series.TreatmentN, minCell);
        var c = plot.Add.Line(weeks, series.Control);
        c.Label = labels.Control;
        c.Color = Colors.Control;
        c.LinePattern = LinePattern.Dashed;
        c.Suppressed = Mask(series.ControlN, minCell);
        if (series.Weeks.Count == 1)
        {
            // One week cannot make a line: show markers.
            t.MarkerShape = MarkerShape.Circle;
            c.MarkerShape = MarkerShape.Circle;
        }
    }
}
