using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Figures;

public partial class FigureBuilderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string, FigureLanguage> AllSamples()
    {
        var data = new TheoryData<string, FigureLanguage>();
        foreach (var name in FigureSamples.Names)
        {
            data.Add(name, FigureLanguage.English);
            data.Add(name, FigureLanguage.Danish);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Every_builder_writes_well_formed_accessible_svg(string name, FigureLanguage language)
    {
        var svg = FigureSamples.Build(name, language).ToSvg();
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("sans-serif", (string?)root.Attribute("font-family"));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(TooManyDecimals(), svg);
        Assert.EndsWith("</svg>\n", svg, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Every_builder_is_deterministic(string name, FigureLanguage language) =>
        Assert.Equal(FigureSamples.Build(name, language).ToSvg(), FigureSamples.Build(name, language).ToSvg());

    [Fact]
    public void Every_builder_renders_with_rsvg_convert_when_installed()
    {
        if (!RsvgRenderer.Available)
        {
            return; // CI installs librsvg2-bin; without it this check is skipped, not failed.
        }
        using var dir = new TempDirectory();
        foreach (var name in FigureSamples.Names)
        {
            var png = dir.File(name + ".png");
            var (code, error) = RsvgRenderer.Render(FigureSamples.Build(name).ToSvg(), png);
            Assert.True(code == 0, $"{name}: rsvg-convert exit {code}: {error}");
            Assert.True(new FileInfo(png).Length > 1000, name);
        }
    }

    [Fact]
    public void Effect_panel_draws_bands_behind_the_estimate_and_a_zero_line()
    {
        var svg = FigureSamples.Build("effect").ToSvg();
        int data = svg.IndexOf("<g class=\"panel2 data\"", StringComparison.Ordinal);
        Assert.True(data > 0);
        int band = svg.IndexOf("<polygon", data, StringComparison.Ordinal);
        int line = svg.IndexOf("<polyline", data, StringComparison.Ordinal);
        Assert.True(band > 0 && band < line, "the confidence band must be drawn before the effect line");
        Assert.Contains("Effect (95% CI)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Effect_axis_is_zero_centred()
    {
        var fig = FigureSamples.Build("effect");
        var effectPanel = fig.Panels[1];
        Assert.Equal(AxisRangeRule.ZeroCentred, effectPanel.Axes.Y.RangeRule);
        var svg = fig.ToSvg();
        // Symmetric tick labels: the largest positive tick has a matching negative tick.
        Assert.Contains(">50</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">\u221250</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Danish_figures_use_decimal_comma_and_danish_labels()
    {
        var da = FigureSamples.Build("balance", FigureLanguage.Danish).ToSvg();
        Assert.Contains(">0,1</text>", da, StringComparison.Ordinal);
        Assert.Contains(">\u22120,2</text>", da, StringComparison.Ordinal);
        Assert.Contains("Standardiseret middelværdiforskel", da, StringComparison.Ordinal);
        Assert.DoesNotContain(">0.1</text>", da, StringComparison.Ordinal);
        var en = FigureSamples.Build("balance").ToSvg();
        Assert.Contains(">0.1</text>", en, StringComparison.Ordinal);

        var effect = FigureSamples.Build("effect", FigureLanguage.Danish).ToSvg();
        Assert.Contains("Uge efter visitation", effect, StringComparison.Ordinal);
        Assert.Contains("Deltagere", effect, StringComparison.Ordinal);
        Assert.Contains("Kontrolgruppe", effect, StringComparison.Ordinal);
        Assert.Contains("Effekt (95 pct. KI)", effect, StringComparison.Ordinal);
        Assert.Contains("10 %", effect, StringComparison.Ordinal);

        var funnel = FigureSamples.Build("funnel", FigureLanguage.Danish).ToSvg();
        Assert.Contains("2.510", funnel, StringComparison.Ordinal);
        Assert.Contains("72,9 %", funnel, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_cells_are_suppressed_and_footnoted()
    {
        var fig = FigureSamples.Build("forest");
        Assert.True(fig.HasSuppressions);
        var svg = fig.ToSvg();
        Assert.Contains("Cells with fewer than 5 persons suppressed.", svg, StringComparison.Ordinal);
        Assert.Contains("Tiny group (n &lt; 5)", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("(n = 3)", svg, StringComparison.Ordinal);

        var km = FigureSamples.Build("kaplan-meier").ToSvg();
        Assert.Contains(">&lt;5</text>", km, StringComparison.Ordinal);
        Assert.Contains("Number at risk", km, StringComparison.Ordinal);

        var clean = FigureSamples.Build("balance").ToSvg();
        Assert.DoesNotContain("suppressed", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Effect_weeks_are_suppressed_when_an_arm_is()
    {
        var fig = JobFirst.Evaluation.Figures.Builders.EffectFigure.Build(
            new JobFirst.Evaluation.Figures.Builders.WeeklyArmSeries(
                [1, 2, 3],
                [0.1, 0.2, 0.3],
                [0.1, 0.1, 0.1],
                [50, 50, 4],
                [50, 50, 50]
            ),
            new JobFirst.Evaluation.Figures.Builders.EffectSeries(
                [1, 2, 3],
                [0, 0.1, 0.2],
                [-0.1, 0, 0.1],
                [0.1, 0.2, 0.3]
            ),
            new JobFirst.Evaluation.Figures.Builders.FigureOptions()
        );
        var effectLine = fig.Panels[1].Plottables.OfType<JobFirst.Evaluation.Figures.Plottables.Scatter>().Single();
        Assert.Equal([false, false, true], effectLine.Suppressed);
    }

    [Fact]
    public void Suppressed_points_are_not_drawn()
    {
        var fig = new Figure();
        var plot = fig.AddPanel();
        var line = plot.Add.Line([1, 2, 3, 4], [1, 2, 3, 4]);
        line.Suppressed = [false, false, true, false];
        line.Color = Color.FromHex("#123456");
        var svg = fig.ToSvg();
        // Points 1–2 form one polyline; point 4 alone cannot form a line; nothing crosses the suppressed point 3.
        Assert.Single(Regex.Matches(svg, "<polyline[^>]*#123456"));
        Assert.Equal(1, line.SuppressedCount);
        Assert.Contains("suppressed", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_invalid_xml_characters_are_dropped()
    {
        var fig = new Figure { Title = "A < B & \"C\" \u0001" };
        var plot = fig.AddPanel();
        plot.Axes.X.Label = "x <&> y";
        plot.Add.Line([0, 1], [0, 1]).Label = "it's";
        var doc = XDocument.Parse(fig.ToSvg());
        Assert.Equal("A < B & \"C\" ", doc.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_steps_are_named_and_ordered() =>
        Assert.Equal(
            ["layout", "background", "title", "grid", "plottables", "axes", "legend", "at-risk table", "footnotes"],
            Figure.RenderSteps
        );

    [Fact]
    public void Tidy_rows_adapt_to_builder_inputs()
    {
        var t = new JobFirst.Evaluation.Inference.TidyTerm(
            "week_1",
            0.05,
            0.01,
            5,
            0.001,
            0.03,
            0.07,
            double.PositiveInfinity
        );
        var series = JobFirst.Evaluation.Figures.Builders.EffectSeries.FromTidy([1], [t]);
        Assert.Equal([0.03], series.ConfLow);
        var row = JobFirst.Evaluation.Figures.Builders.ForestRow.FromTidy("All", t, 100);
        Assert.Equal(0.07, row.ConfHigh);
        Assert.Throws<ArgumentException>(() => JobFirst.Evaluation.Figures.Builders.EffectSeries.FromTidy([1, 2], [t]));
    }

    [GeneratedRegex(@"""-?\d+\.\d{3,}")]
    private static partial Regex TooManyDecimals();
}
