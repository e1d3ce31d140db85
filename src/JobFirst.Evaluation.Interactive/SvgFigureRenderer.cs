using System.Globalization;
using System.Text.RegularExpressions;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Renders a <see cref="Figure"/> as inline SVG for an HTML page or notebook cell: the figure's own deterministic SVG
/// (<see cref="Figure.ToSvg"/>) without the XML declaration, with every id (<c>fig-title</c>, <c>fig-desc</c>, clip
/// paths) and every reference to one prefixed, so several figures in one notebook never share or steal each other's
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
        string svg = figure.ToSvg();
        if (svg.StartsWith("<?xml", StringComparison.Ordinal))
        {
            svg = svg[(svg.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }
        // Only attribute values the writer generates are touched; text content is XML-escaped, so a quote in a label
        // can never look like an attribute here.
        svg = IdAttribute().Replace(svg, m => $" id=\"{idPrefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"=\"url(#{idPrefix}{m.Groups[1].Value})\"");
        svg = LabelledBy()
            .Replace(
                svg,
                m =>
                    " aria-labelledby=\""
                    + string.Join(
                        ' ',
                        m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => idPrefix + id)
                    )
                    + "\""
            );
        return "<div class=\"jobfirst-figure\">" + svg.TrimEnd('\n') + "</div>";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]*$")]
    private static partial Regex IdPrefix();

    [GeneratedRegex(" id=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("=\"url\\(#([^)\"]*)\\)\"")]
    private static partial Regex UrlReference();

    [GeneratedRegex(" aria-labelledby=\"([^\"]*)\"")]
    private static partial Regex LabelledBy();
}
