using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Options shared by the figure builders. Null labels fall back to the built-in labels of <see cref="Language"/>.</summary>
public sealed record FigureOptions
{
    /// <summary>Label language and number format.</summary>
    public FigureLanguage Language { get; init; } = FigureLanguage.English;

    /// <summary>Figure title (also the SVG &lt;title&gt;).</summary>
    public string Title { get; init; } = "";

    /// <summary>Accessible description; generated from the figure when empty.</summary>
    public string Description { get; init; } = "";

    /// <summary>Outcome scale (proportion or number).</summary>
    public ValueScale Scale { get; init; } = ValueScale.Proportion;

    /// <summary>Value-axis title override.</summary>
    public string? ValueLabel { get; init; }

    /// <summary>Second-axis title override (e.g. the site trait of a meta-regression figure).</summary>
    public string? AxisLabel { get; init; }

    /// <summary>Disclosure threshold: points, bars and cells backed by fewer persons are suppressed (default 5).</summary>
    public int MinCellSize { get; init; } = 5;

    /// <summary>Width override in px.</summary>
    public double? Width { get; init; }

    /// <summary>Height override in px.</summary>
    public double? Height { get; init; }

    /// <summary>Extra footnotes (source, conventions).</summary>
    public IReadOnlyList<string> Footnotes { get; init; } = [];
}
