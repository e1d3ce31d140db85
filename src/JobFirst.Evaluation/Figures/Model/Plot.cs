using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>One panel: plottables drawn over shared axes, with a legend and a title (ScottPlot 5's <c>Plot</c>).</summary>
public sealed class Plot
{
    private readonly List<IPlottable> _plottables = [];

    /// <summary>Creates an empty panel.</summary>
    public Plot() => Add = new PlottableAdder(_plottables);

    /// <summary>Adds plottables (<c>plot.Add.Line(...)</c>).</summary>
    public PlottableAdder Add { get; }

    /// <summary>The x and y axes.</summary>
    public AxisSet Axes { get; } = new();

    /// <summary>The legend.</summary>
    public Legend Legend { get; } = new();

    /// <summary>Panel title; empty for none.</summary>
    public string Title { get; set; } = "";

    /// <summary>Plottables in drawing order.</summary>
    public IReadOnlyList<IPlottable> Plottables => _plottables;
}
