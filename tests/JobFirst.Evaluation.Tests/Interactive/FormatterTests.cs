using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Interactive;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Figures;
using JobFirst.Evaluation.Tests.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace JobFirst.Evaluation.Tests.Interactive;

public partial class FormatterTests
{
    static FormatterTests() => JobFirstFormatters.Register();

    private static ResultTable Table() =>
        new(
            "effects <by arm>",
            ["term", "estimate"],
            [new object?[] { "a&b", 0.125 }],
            new Dictionary<string, string> { ["se_type"] = "HC2" }
        );

    /// <summary>Parses an HTML fragment as XML: the formatters write well-formed, fully escaped markup.</summary>
    private static XElement Parse(string html) => XElement.Parse("<root>" + html + "</root>");

    [Fact]
    public void Html_table_escapes_and_keeps_numbers()
    {
        var html = HtmlTableRenderer.Render(Table());
        Assert.Contains("<caption>effects &lt;by arm&gt;</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">estimate</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>a&amp;b</td>", html, StringComparison.Ordinal);
        Assert.Contains(">0.125</td>", html, StringComparison.Ordinal);
        Assert.Contains("se_type: HC2", html, StringComparison.Ordinal);
        var root = Parse(html);
        Assert.Single(root.Descendants("tbody").Single().Elements("tr"));
    }

    [Fact]
    public void Hostile_text_is_escaped_everywhere_and_stays_well_formed()
    {
        const string evil = "<script>alert('x')</script>\"&";
        var t = new ResultTable(
            evil,
            [evil, "v"],
            [new object?[] { evil, 1.5 }],
            new Dictionary<string, string> { [evil] = evil }
        );
        var html = HtmlTableRenderer.Render(t);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var root = Parse(html);
        Assert.Equal(evil, root.Descendants("caption").Single().Value);
        Assert.Equal(evil, root.Descendants("th").First().Value);
        Assert.Equal(evil, root.Descendants("td").First().Value);
    }

    [Fact]
    public void Suppressed_cells_are_marked_with_the_table_threshold()
    {
        var t = new ResultTable(
            "indicators",
            ["week", "arm", "n_followed", "mean", "suppressed"],
            [
                new object?[] { 1, "treatment", 120, 0.25, false },
                new object?[] { 44, "treatment", 3, null, true },
                new object?[] { 44, "control", 8, null, false },
            ],
            new Dictionary<string, string> { ["min_cell"] = "10" }
        );
        var root = Parse(HtmlTableRenderer.Render(t));
        var rows = root.Descendants("tbody").Single().Elements("tr").ToList();
        var marked = rows[1].Elements("td").Where(td => (string?)td.Attribute("class") == "suppressed").ToList();
        Assert.Single(marked);
        Assert.Equal("n<10", marked[0].Value);
        Assert.Contains("fewer than 10 persons", (string?)marked[0].Attribute("title"), StringComparison.Ordinal);
        // A missing value in a row that is not suppressed is just missing.
        Assert.DoesNotContain(rows[2].Elements("td"), td => td.Attribute("class") is not null);
        Assert.Equal("NA", rows[2].Elements("td").ElementAt(3).Value);
    }

    [Fact]
    public void Danish_dialect_writes_decimal_commas()
    {
        var html = HtmlTableRenderer.Render(Table(), TableDialect.Danish);
        Assert.Contains(">0,125</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_formatter_is_used_for_text_html()
    {
        var html = Table().ToDisplayString(JobFirstFormatters.HtmlMimeType);
        Assert.StartsWith("<table class=\"jobfirst-table\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_render_as_inline_svg_with_unique_ids()
    {
        var figure = FigureSamples.Build("effect");
        var a = figure.ToDisplayString(JobFirstFormatters.HtmlMimeType);
        var b = figure.ToDisplayString(JobFirstFormatters.HtmlMimeType);
        Assert.StartsWith("<div class=\"jobfirst-figure\"><svg ", a, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", a, StringComparison.Ordinal);
        // Well-formed, and the same drawing as the file SVG apart from the id prefix.
        var svg = Parse(a).Elements("div").Single().Elements().Single();
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(XElement.Parse(figure.ToSvg()).Descendants().Count(), svg.Descendants().Count());
        var idsA = Ids(a);
        var idsB = Ids(b);
        Assert.NotEmpty(idsA);
        Assert.Empty(idsA.Intersect(idsB));
        // Every reference points at an id of the same fragment.
        foreach (Match m in UrlReference().Matches(a))
        {
            Assert.Contains(m.Groups[1].Value, idsA);
        }
        var labelled = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.All(labelled, id => Assert.Contains(id, idsA));
    }

    [Fact]
    public void Figure_prefix_is_validated_and_deterministic()
    {
        var figure = FigureSamples.Build("forest");
        Assert.Equal(SvgFigureRenderer.Render(figure, "x-"), SvgFigureRenderer.Render(figure, "x-"));
        Assert.Throws<ArgumentException>(() => SvgFigureRenderer.Render(figure, "a\"b"));
    }

    [Fact]
    public void Every_result_with_a_table_is_formatted_as_one()
    {
        var fit = ScriptingData.Logit();
        var margins = fit.Margins("education_level");
        var dim = ScriptingData.Dim();
        foreach (object value in new object[] { fit, margins, dim, ScriptingData.Study.Linkage })
        {
            var html = value.ToDisplayString(JobFirstFormatters.HtmlMimeType);
            Assert.True(TableConversion.TryConvert(value, out var table));
            Assert.Equal(HtmlTableRenderer.Render(table), html);
        }
        Assert.Contains(
            ">education_level=primary</td>",
            margins.ToDisplayString("text/html"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_list_of_results_without_a_combined_table_shows_one_table_each()
    {
        var dim = ScriptingData.Dim();
        var html = new List<DifferenceInMeansResult> { dim, dim with { Term = "second" } }.ToDisplayString(
            JobFirstFormatters.HtmlMimeType
        );
        var root = Parse(html);
        Assert.Equal(2, root.Elements("table").Count());
        Assert.Contains(">second</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Objects_holding_person_ids_show_summaries_without_them()
    {
        var study = ScriptingData.Study;
        var outputs = new List<string>();
        foreach (var mime in new[] { JobFirstFormatters.HtmlMimeType, JobFirstFormatters.PlainTextMimeType })
        {
            outputs.Add(study.ToDisplayString(mime));
            outputs.Add(study.Roster.ToDisplayString(mime));
            outputs.Add(study.Roster.Persons[0].ToDisplayString(mime));
            outputs.Add(study.Roster.Persons.ToDisplayString(mime));
        }
        outputs.Add(study.Indicators([WeeklyIndicator.Active13]).ToDisplayString("text/html"));
        outputs.Add(study.LinkageTable().ToDisplayString("text/html"));
        outputs.Add(study.PlotLevels(WeeklyIndicator.Internship).ToDisplayString("text/html"));
        Assert.Contains("persons", outputs[0], StringComparison.Ordinal);
        Assert.Contains(
            $"<td>persons</td><td style=\"text-align:right\">{study.Roster.Count}</td>",
            outputs[0],
            StringComparison.Ordinal
        );
        Assert.Contains("RosterPerson { Index = 0", outputs[6], StringComparison.Ordinal);
        var ids = ScriptingData.PersonIds;
        Assert.NotEmpty(ids);
        foreach (var html in outputs)
        {
            foreach (var id in ids)
            {
                Assert.DoesNotContain(id, html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Study_summary_counts_the_arms()
    {
        var summary = ScriptingData.Study.Summary();
        int persons = Convert.ToInt32(summary[0, "value"], System.Globalization.CultureInfo.InvariantCulture);
        int t = Convert.ToInt32(summary[1, "value"], System.Globalization.CultureInfo.InvariantCulture);
        int c = Convert.ToInt32(summary[2, "value"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ScriptingData.Study.Roster.Count, persons);
        Assert.True(persons > 200); // visited by the midterm extract's end, of 400 simulated
        Assert.Equal(persons, t + c);
        Assert.True(t > 100 && c > 100);
        Assert.EndsWith(
            "..2016-W52",
            (string)summary.Rows.Single(r => (string)r[0]! == "extract")[1]!,
            StringComparison.Ordinal
        );
    }

    private static HashSet<string> Ids(string html) => [.. IdAttribute().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();
}
