using JobFirst.Evaluation.Reporting.Tables;
using Microsoft.DotNet.Interactive.Formatting;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Registers the .NET Interactive HTML formatters: result tables as HTML tables, figures as inline SVG.
/// Call <see cref="Register"/> once in a notebook (<c>JobFirstFormatters.Register();</c>).
/// </summary>
public static class JobFirstFormatters
{
    /// <summary>The MIME type the formatters are registered for.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>Registers all formatters with <see cref="Formatter"/>.</summary>
    public static void Register()
    {
        Formatter.Register<ResultTable>(HtmlTableRenderer.Render, HtmlMimeType);
    }
}
