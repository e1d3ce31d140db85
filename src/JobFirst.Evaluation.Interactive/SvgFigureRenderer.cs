using System.Globalization;
using System.Text.RegularExpressions;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Svg;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Renders a <see cref="Figure"/> as inline SVG for an HTML page or notebook cell: the figure's deterministic SVG
/// without the XML declaration and with every id (<c>fig-title</c>, <c>fig-desc</c>, clip paths) and reference to one
/// prefixed (<see cref="SvgWriter.WriteInline"/>), so several figures in one notebook never share or steal each other's
/// clip paths or accessible names.
/// </summary>
public static partial class SvgFigureRenderer
{
    private static int _counter;

    /// <summary>The figure as <c>&lt;div class="jobfirst-figure"&gt;&lt;svg ...&gt;...&lt;/svg&gt;&lt;/div&gt;</c> with a fresh id prefix.</summary>
    public static string Render(Figure figure) =>
        Render(figure, "jf" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture) + "-");

    /// <summary>The figure as inline SVG with ids prefixed by <paramref name="idPrefix"/> (letters, digits, '-' or '_').</summary>
    public static string Render(Figure figure, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(idPrefix);
        if (!IdPrefix().IsMatch(idPrefix))
        {
            throw new ArgumentException("An id prefix is letters, digits, '-' or '_'.", nameof(idPrefix));
        }
        return "<div class=\"jobfirst-figure\">" + SvgWriter.WriteInline(figure, idPrefix).TrimEnd('\n') + "</div>";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]*$")]
    private static partial Regex IdPrefix();
}
