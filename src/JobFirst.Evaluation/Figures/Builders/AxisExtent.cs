using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>An invisible plottable that only widens the autoscaled axis limits (e.g. to cover every at-risk time).</summary>
internal sealed class AxisExtent(DataRange x, DataRange y) : IPlottable
{
    public IReadOnlyList<LegendItem> LegendItems => [];

    public int SuppressedCount => 0;

    public AxisLimits GetLimits() => new(x, y);

    public void Render(PlotRenderContext context) { }
}
