using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// Bars from a base value (0) to each value at given positions (ScottPlot's <c>BarPlot</c>), vertical or
/// horizontal, with optional text at the bar ends (counts, rates). Suppressed bars are not drawn; their label, if
/// any (e.g. "&lt;5"), is drawn at the base so the reader sees that a value exists but is withheld.
/// </summary>
public sealed class Bars : IPlottable
{
    /// <summary>Creates bars at <paramref name="positions"/> with lengths <paramref name="values"/>.</summary>
    public Bars(IReadOnlyList<double> positions, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(values);
        Positions = positions;
        Values = values;
    }

    /// <summary>Bar centres on the category axis.</summary>
    public IReadOnlyList<double> Positions { get; }

    /// <summary>Bar ends on the value axis.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Per-bar disclosure flags.</summary>
    public IReadOnlyList<bool>? Suppressed { get; set; }

    /// <summary>Optional text drawn just beyond each bar's end.</summary>
    public IReadOnlyList<string>? ValueLabels { get; set; }

    /// <summary>Vertical (default) or horizontal bars.</summary>
    public Orientation Orientation { get; set; } = Orientation.Vertical;

    /// <summary>Bar thickness in data units of the category axis.</summary>
    public double BarWidth { get; set; } = 0.8;

    /// <summary>Where bars start on the value axis.</summary>
    public double BaseValue { get; set; }

    /// <summary>Fill colour.</summary>
    public Color Color { get; set; } = Colors.Treatment;

    /// <summary>Legend text; null or empty for none.</summary>
    public string? Label { get; set; }

    /// <summary>Font size of value labels in px.</summary>
    public double FontSize { get; set; } = 11;

    /// <inheritdoc/>
    public int SuppressedCount => Series.CountSuppressed(Suppressed);

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        string.IsNullOrEmpty(Label) ? [] : [new LegendItem(Label, Color, LegendSymbol.Box)];

    /// <inheritdoc/>
    public AxisLimits GetLimits()
    {
        var category = DataRange.Empty;
        var value = DataRange.Empty.Include(BaseValue);
        for (int i = 0; i < Positions.Count; i++)
        {
            if (double.IsFinite(Positions[i]))
            {
                category = category.Include(Positions[i] - BarWidth / 2).Include(Positions[i] + BarWidth / 2);
            }
            if (Usable(i))
            {
                value = value.Include(Values[i]);
            }
        }
        return Orientation == Orientation.Vertical ? new AxisLimits(category, value) : new AxisLimits(value, category);
    }

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Map;
        var fill = new Fill(Color);
        var labelStyle = new TextStyle(FontSize, Colors.DarkGray);
        for (int i = 0; i < Positions.Count; i++)
        {
            bool withheld = Series.IsSuppressed(Suppressed, i) && double.IsFinite(Positions[i]);
            if (!Usable(i) && !withheld)
            {
                continue;
            }
            double p = Positions[i];
            // A withheld bar has no length: only its label is drawn, at the base, never its value.
            double v = withheld ? BaseValue : Values[i];
            string? text = ValueLabels is not null && i < ValueLabels.Count ? ValueLabels[i] : null;
            if (withheld && text is null)
            {
                continue;
            }
            if (Orientation == Orientation.Vertical)
            {
                double x0 = map.X(p - BarWidth / 2);
                double x1 = map.X(p + BarWidth / 2);
                double y0 = map.Y(BaseValue);
                double y1 = map.Y(v);
                if (!withheld)
                {
                    context.Canvas.Rectangle(
                        new PixelRect(x0, Math.Min(y0, y1), x1 - x0, Math.Abs(y1 - y0)),
                        fill,
                        null
                    );
                }
                if (text is not null)
                {
                    bool up = v >= BaseValue;
                    context.Canvas.Text(
                        new PixelPoint((x0 + x1) / 2, up ? y1 - 4 : y1 + 4),
                        text,
                        labelStyle with
                        {
                            Anchor = TextAnchor.Middle,
                            Baseline = up ? TextBaseline.Alphabetic : TextBaseline.Top,
                        }
                    );
                }
            }
            else
            {
                double y0 = map.Y(p + BarWidth / 2);
                double y1 = map.Y(p - BarWidth / 2);
                double x0 = map.X(BaseValue);
                double x1 = map.X(v);
                if (!withheld)
                {
                    context.Canvas.Rectangle(
                        new PixelRect(Math.Min(x0, x1), y0, Math.Abs(x1 - x0), y1 - y0),
                        fill,
                        null
                    );
                }
                if (text is not null)
                {
                    bool right = v >= BaseValue;
                    context.Canvas.Text(
                        new PixelPoint(right ? x1 + 5 : x1 - 5, (y0 + y1) / 2),
                        text,
                        labelStyle with
                        {
                            Anchor = right ? TextAnchor.Start : TextAnchor.End,
                            Baseline = TextBaseline.Middle,
                        }
                    );
                }
            }
        }
    }

    private bool Usable(int i) =>
        double.IsFinite(Positions[i]) && double.IsFinite(Series.At(Values, i)) && !Series.IsSuppressed(Suppressed, i);
}
