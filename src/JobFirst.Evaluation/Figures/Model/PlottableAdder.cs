using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// <c>plot.Add</c>: each method creates a plottable, adds it to the panel (drawn in the order added, so add
/// bands before the lines they surround) and returns it for styling, as in ScottPlot 5.
/// </summary>
public sealed class PlottableAdder
{
    private readonly List<IPlottable> _target;

    internal PlottableAdder(List<IPlottable> target) => _target = target;

    /// <summary>Adds an existing plottable.</summary>
    public T Plottable<T>(T plottable)
        where T : IPlottable
    {
        ArgumentNullException.ThrowIfNull(plottable);
        _target.Add(plottable);
        return plottable;
    }

    /// <summary>A line through the points, no markers.</summary>
    public Scatter Line(IReadOnlyList<double> xs, IReadOnlyList<double> ys) => Plottable(new Scatter(xs, ys));

    /// <summary>A single line segment between two data points.</summary>
    public Scatter Line(double x1, double y1, double x2, double y2) => Plottable(new Scatter([x1, x2], [y1, y2]));

    /// <summary>Markers only, no connecting line.</summary>
    public Scatter Scatter(IReadOnlyList<double> xs, IReadOnlyList<double> ys) =>
        Plottable(new Scatter(xs, ys) { LineWidth = 0, MarkerShape = MarkerShape.Circle });

    /// <summary>A shaded band between <paramref name="lows"/> and <paramref name="highs"/>.</summary>
    public Band Band(IReadOnlyList<double> xs, IReadOnlyList<double> lows, IReadOnlyList<double> highs) =>
        Plottable(new Band(xs, lows, highs));

    /// <summary>A right-continuous step line.</summary>
    public StepLine Step(IReadOnlyList<double> xs, IReadOnlyList<double> ys) => Plottable(new StepLine(xs, ys));

    /// <summary>Bars at <paramref name="positions"/> from 0 to <paramref name="values"/>.</summary>
    public Bars Bars(IReadOnlyList<double> positions, IReadOnlyList<double> values) =>
        Plottable(new Bars(positions, values));

    /// <summary>Side-by-side bars, one per series, for each category 0..n−1.</summary>
    public GroupedBars GroupedBars(IReadOnlyList<BarSeries> series) => Plottable(new GroupedBars(series));

    /// <summary>Points with interval whiskers.</summary>
    public ErrorPoints ErrorPoints(
        IReadOnlyList<double> positions,
        IReadOnlyList<double> values,
        IReadOnlyList<double> lows,
        IReadOnlyList<double> highs
    ) => Plottable(new ErrorPoints(positions, values, lows, highs));

    /// <summary>A horizontal reference line at <paramref name="y"/>.</summary>
    public AxisLine HorizontalLine(double y) => Plottable(new AxisLine(y, Orientation.Horizontal));

    /// <summary>A vertical reference line at <paramref name="x"/>.</summary>
    public AxisLine VerticalLine(double x) => Plottable(new AxisLine(x, Orientation.Vertical));

    /// <summary>Text at a data position.</summary>
    public TextAnnotation Text(string text, double x, double y) => Plottable(new TextAnnotation(text, x, y));

    /// <summary>A labelled flow-diagram box.</summary>
    public FlowBox Box(double centerX, double centerY, double width, double height, IReadOnlyList<string> lines) =>
        Plottable(new FlowBox(centerX, centerY, width, height, lines));

    /// <summary>An arrow between two data points.</summary>
    public Arrow Arrow(double x1, double y1, double x2, double y2) => Plottable(new Arrow(x1, y1, x2, y2));
}
