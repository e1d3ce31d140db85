using JobFirst.Evaluation.Figures.Rendering;
using JobFirst.Evaluation.Figures.Svg;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// A figure: one or more panels laid out in a grid (row-major, <see cref="Columns"/> per row), an overall title,
/// an optional at-risk table under one panel, and footnotes. Rendering is deterministic: the same figure
/// always gives the same SVG bytes.
/// </summary>
public sealed partial class Figure
{
    private readonly List<Plot> _panels = [];
    private readonly List<string> _footnotes = [];

    /// <summary>Overall title (also the SVG <c>&lt;title&gt;</c>).</summary>
    public string Title { get; set; } = "";

    /// <summary>Accessible long description (SVG <c>&lt;desc&gt;</c>); generated from the panels when empty.</summary>
    public string Description { get; set; } = "";

    /// <summary>Width in px.</summary>
    public double Width { get; set; } = 720;

    /// <summary>Height in px.</summary>
    public double Height { get; set; } = 440;

    /// <summary>Panels per row.</summary>
    public int Columns { get; set; } = 1;

    /// <summary>Language of numbers written by the renderer (tick labels, at-risk cells).</summary>
    public FigureLanguage Language { get; set; } = FigureLanguage.English;

    /// <summary>Disclosure threshold named in the suppression footnote (cells with fewer persons are suppressed).</summary>
    public int MinCellSize { get; set; } = 5;

    /// <summary>Set by builders when text cells (e.g. at-risk counts) were suppressed, so the footnote is added.</summary>
    public bool HasSuppressedCells { get; set; }

    /// <summary>Number of text cells (counts shown as "&lt;5") builders suppressed; part of <see cref="SuppressedCount"/>.</summary>
    public int SuppressedTextCells { get; set; }

    /// <summary>Optional at-risk strip (Kaplan–Meier).</summary>
    public AtRiskTable? AtRiskTable { get; set; }

    /// <summary>Panels in reading order.</summary>
    public IReadOnlyList<Plot> Panels => _panels;

    /// <summary>Footnotes in order (the suppression notice is appended automatically).</summary>
    public IReadOnlyList<string> Footnotes => _footnotes;

    /// <summary>Adds and returns a new empty panel.</summary>
    public Plot AddPanel()
    {
        var p = new Plot();
        _panels.Add(p);
        return p;
    }

    /// <summary>Adds a footnote line.</summary>
    public void AddFootnote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _footnotes.Add(text);
    }

    /// <summary>True when any plottable or text cell is suppressed for disclosure control.</summary>
    public bool HasSuppressions => HasSuppressedCells || _panels.Any(p => p.Plottables.Any(q => q.SuppressedCount > 0));

    /// <summary>
    /// Suppressed marks for a report's disclosure listing: points, bars and band segments left out of every
    /// plottable plus suppressed text cells (a suppressed bar whose count label is also hidden counts twice).
    /// </summary>
    public int SuppressedCount => SuppressedTextCells + _panels.Sum(p => p.Plottables.Sum(q => q.SuppressedCount));

    /// <summary>Renders to an SVG document (UTF-8 text, LF line ends).</summary>
    public string ToSvg() => SvgWriter.Write(this);

    /// <summary>Names of the rendering steps in the order they run.</summary>
    public static IReadOnlyList<string> RenderSteps => FigureRenderer.StepNames;
}
