using JobFirst.Evaluation.Interactive;
using JobFirst.Evaluation.Reporting.Tables;
using Microsoft.DotNet.Interactive.Formatting;

namespace JobFirst.Evaluation.Tests.Interactive;

public class FormatterTests
{
    private static ResultTable Table() =>
        new(
            "effects <by arm>",
            ["term", "estimate"],
            [new object?[] { "a&b", 0.125 }],
            new Dictionary<string, string> { ["se_type"] = "HC2" }
        );

    [Fact]
    public void Html_table_escapes_and_keeps_numbers()
    {
        var html = HtmlTableRenderer.Render(Table());
        Assert.Contains("<caption>effects &lt;by arm&gt;</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>estimate</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>a&amp;b</td>", html, StringComparison.Ordinal);
        Assert.Contains(">0.125</td>", html, StringComparison.Ordinal);
        Assert.Contains("se_type: HC2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_formatter_is_used_for_text_html()
    {
        JobFirstFormatters.Register();
        var html = Table().ToDisplayString(JobFirstFormatters.HtmlMimeType);
        Assert.StartsWith("<table class=\"jobfirst-table\">", html, StringComparison.Ordinal);
    }
}
