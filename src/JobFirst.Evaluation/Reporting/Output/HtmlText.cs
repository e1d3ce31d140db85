using System.Text;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>Escapes text for HTML content and double-quoted attributes (UTF-8 output, so only markup characters change).</summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            sb.Append(
                c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => c.ToString(),
                }
            );
        }
        return sb.ToString();
    }
}
