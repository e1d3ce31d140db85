namespace JobFirst.Evaluation.Figures.Model;

/// <summary>One axis of a panel: label, limits rule, tick format (ScottPlot's <c>IAxis</c>).</summary>
public sealed class Axis
{
    private List<Tick>? _manualTicks;

    /// <summary>Axis title; empty for none.</summary>
    public string Label { get; set; } = "";

    /// <summary>Manual lower limit; overrides the data.</summary>
    public double? Min { get; set; }

    /// <summary>Manual upper limit; overrides the data.</summary>
    public double? Max { get; set; }

    /// <summary>How limits follow the data when not set manually.</summary>
    public AxisRangeRule RangeRule { get; set; } = AxisRangeRule.Data;

    /// <summary>How tick values are written.</summary>
    public TickFormat TickFormat { get; set; } = TickFormat.Number;

    /// <summary>Fraction of the data span added on each automatic side before rounding to ticks (0 by default; use ~0.04 for markers and labels near the edge).</summary>
    public double Margin { get; set; }

    /// <summary>Smallest allowed tick step (e.g. 1 for weeks); 0 for no minimum.</summary>
    public double MinimumTickStep { get; set; }

    /// <summary>Approximate number of tick intervals wanted.</summary>
    public int TargetTickCount { get; set; } = 6;

    /// <summary>Whether grid lines are drawn at the ticks.</summary>
    public bool ShowGrid { get; set; } = true;

    /// <summary>Manual ticks (categorical axes); when set, limits come from the data without nice rounding.</summary>
    public IReadOnlyList<Tick>? ManualTicks => _manualTicks;

    /// <summary>Replaces automatic ticks with the given positions and labels (ScottPlot's <c>SetTicks</c>).</summary>
    public void SetTicks(IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(labels);
        if (positions.Count != labels.Count)
        {
            throw new ArgumentException("positions and labels must have the same length.", nameof(labels));
        }
        _manualTicks = [.. positions.Zip(labels, (p, l) => new Tick(p, l))];
    }

    /// <summary>Sets both manual limits.</summary>
    public void SetLimits(double min, double max)
    {
        Min = min;
        Max = max;
    }
}
