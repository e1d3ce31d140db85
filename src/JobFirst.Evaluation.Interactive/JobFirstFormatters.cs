using System.Net;
using System.Text;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;
using Microsoft.DotNet.Interactive.Formatting;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Registers the .NET Interactive formatters. Call <see cref="Register()"/> once in a notebook
/// (<c>JobFirstFormatters.Register();</c>); afterwards a cell that ends in a result shows it:
/// <list type="bullet">
/// <item><see cref="ResultTable"/> and every result with a <c>ToTable()</c> (<see cref="TableConversion"/>, e.g. a
/// regression, margins, weekly effects) as an HTML table, suppressed cells marked;</item>
/// <item>a list of results as one table when the result type can combine them, else one table per item;</item>
/// <item><see cref="Figure"/> as inline SVG (<see cref="SvgFigureRenderer"/>);</item>
/// <item><see cref="Study"/>, <see cref="Roster.Roster"/> and <see cref="RosterPerson"/> as summaries without person
/// identifiers (<see cref="PrivacySafeRenderers"/>), in HTML and plain text.</item>
/// </list>
/// </summary>
public static class JobFirstFormatters
{
    /// <summary>The MIME type of the HTML formatters.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The MIME type of the plain-text formatters.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>The result types that get a table formatter (those of <see cref="TableConversion.ConvertibleTypes"/>).</summary>
    public static IReadOnlyList<Type> TableTypes => TableConversion.ConvertibleTypes;

    /// <summary>Registers all formatters with <see cref="Formatter"/> (invariant numbers).</summary>
    public static void Register() => Register(TableDialect.Invariant);

    /// <summary>Registers all formatters, writing table numbers in <paramref name="dialect"/> (e.g. Danish decimal comma).</summary>
    public static void Register(TableDialect dialect)
    {
        Formatter.Register<ResultTable>(t => HtmlTableRenderer.Render(t, dialect), HtmlMimeType);
        Formatter.Register<Figure>(SvgFigureRenderer.Render, HtmlMimeType);
        foreach (var type in TableTypes)
        {
            Formatter.Register(type, (value, context) => WriteTable(value, context, dialect), HtmlMimeType);
            Formatter.Register(
                typeof(IEnumerable<>).MakeGenericType(type),
                (value, context) => WriteList(value, context, dialect),
                HtmlMimeType
            );
        }
        Formatter.Register<Study>(s => HtmlTableRenderer.Render(s.Summary(), dialect), HtmlMimeType);
        Formatter.Register<Study>(PrivacySafeRenderers.StudyText, PlainTextMimeType);
        Formatter.Register<Roster.Roster>(
            r => HtmlTableRenderer.Render(PrivacySafeRenderers.RosterSummary(r), dialect),
            HtmlMimeType
        );
        Formatter.Register<Roster.Roster>(PrivacySafeRenderers.RosterText, PlainTextMimeType);
        Formatter.Register<RosterPerson>(
            p => "<code>" + WebUtility.HtmlEncode(PrivacySafeRenderers.PersonText(p)) + "</code>",
            HtmlMimeType
        );
        Formatter.Register<RosterPerson>(PrivacySafeRenderers.PersonText, PlainTextMimeType);
        Formatter.Register<IEnumerable<RosterPerson>>(
            p => "<code>" + WebUtility.HtmlEncode(PrivacySafeRenderers.PersonsText(p)) + "</code>",
            HtmlMimeType
        );
        Formatter.Register<IEnumerable<RosterPerson>>(PrivacySafeRenderers.PersonsText, PlainTextMimeType);
    }

    /// <summary>
    /// The HTML a registered formatter writes for <paramref name="value"/>: a table, a list of tables, an inline figure,
    /// or null when the value is none of the library's results.
    /// </summary>
    public static string? ToHtml(object? value, TableDialect dialect = TableDialect.Invariant)
    {
        switch (value)
        {
            case null:
                return null;
            case Figure f:
                return SvgFigureRenderer.Render(f);
        }
        if (TableConversion.TryConvert(value, out var table))
        {
            return HtmlTableRenderer.Render(table, dialect);
        }
        if (value is System.Collections.IEnumerable items and not string)
        {
            var parts = new StringBuilder();
            foreach (var item in items)
            {
                if (!TableConversion.TryConvert(item, out var t))
                {
                    return null;
                }
                parts.Append(HtmlTableRenderer.Render(t, dialect));
            }
            return parts.ToString();
        }
        return null;
    }

    private static bool WriteTable(object value, FormatContext context, TableDialect dialect)
    {
        if (!TableConversion.TryConvert(value, out var table))
        {
            return false;
        }
        context.Writer.Write(HtmlTableRenderer.Render(table, dialect));
        return true;
    }

    private static bool WriteList(object value, FormatContext context, TableDialect dialect)
    {
        if (ToHtml(value, dialect) is not { } html)
        {
            return false;
        }
        context.Writer.Write(html);
        return true;
    }
}
