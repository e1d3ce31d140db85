using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>
/// Side-by-side vertical bars: category i is centred at x = i, and its group of bars (one per series)
/// spans <see cref="GroupWidth"/> data units. Set the category labels with <c>plot.Axes.X.SetTicks</c>.
/// </summary>
public sealed class GroupedBars : IPlottable
{
    /// <summary>Creates grouped bars from series of equal length.</summary>
    public GroupedBars(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        SeriesList = series;
    }

    /// <summary>The series, drawn left to right within each group.</summary>
    public IReadOnlyList<BarSeries> SeriesList { get; }

    /// <summary>
    /// Text drawn at the base of every suppressed bar (e.g. "&lt;5"), so a hidden bar reads as suppressed rather
    /// than as zero; null draws nothing.
    /// </summary>
    public string? SuppressedMarker { get; set; }

    /// <summary>Width of each group in data units.</summary>
    public double GroupWidth { get; set; } = 0.8;

    /// <summary>Number of categories (the longest series).</summary>
    public int CategoryCount => SeriesList.Count == 0 ? 0 : SeriesList.Max(s => s.Values.Count);

    /// <inheritdoc/>
    public int SuppressedCount => SeriesList.Sum(s => Series.CountSuppressed(s.Suppressed));

    /// <inheritdoc/>
    public IReadOnlyList<LegendItem> LegendItems =>
        [
            .. SeriesList
                .Where(s => !string.IsNullOrEmpty(s.Label))
                .Select(s => new LegendItem(s.Label, s.Color, LegendSymbol.Box)),
        ];

    /// <inheritdoc/>
    public AxisLimits GetLimits()
    {
        int n = CategoryCount;
        var x = n == 0 ? DataRange.Empty : new DataRange(-0.5, n - 0.5);
        var y = DataRange.Empty.Include(0);
        foreach (var s in SeriesList)
        {
            for (int i = 0; i < s.Values.Count; i++)
            {
                if (!Series.IsSuppressed(s.Suppressed, i))
                {
                    y = y.Include(s.Values[i]);
                }
            }
        }
        return new AxisLimits(x, y);
    }

    /// <inheritdoc/>
    public void Render(PlotRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int k = SeriesList.Count;
        if (k == 0)
        {
            return;
        }
        double barWidth = GroupWidth / k;
        for (int j = 0; j < k; j++)
        {
            var s = SeriesList[j];
            var fill = new Fill(s.Color);
            for (int i = 0; i < s.Values.Count; i++)
            {
                double v = s.Values[i];
                double left = i - GroupWidth / 2 + j * barWidth;
                if (Series.IsSuppressed(s.Suppressed, i))
                {
                    if (SuppressedMarker is not null)
                    {
                        context.Canvas.Text(
                            new PixelPoint(context.Map.X(left + barWidth / 2), context.Map.Y(0) - 4),
                            SuppressedMarker,
                            new TextStyle(10, s.Color, TextAnchor.Middle, TextBaseline.Alphabetic)
                        );
                    }
                    continue;
                }
                if (!double.IsFinite(v))
                {
                    continue;
                }
                double x0 = context.Map.X(left);
                double x1 = context.Map.X(left + barWidth);
                double y0 = context.Map.Y(0);
                double y1 = context.Map.Y(v);
                // A 1 px gap between neighbouring bars keeps the series distinguishable in greyscale.
                context.Canvas.Rectangle(
                    new PixelRect(x0 + 0.5, Math.Min(y0, y1), Math.Max(0, x1 - x0 - 1), Math.Abs(y1 - y0)),
                    fill,
                    null
                );
            }
        }
    }
}
