using System.Globalization;
using System.Xml.Linq;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Tests.Figures;

/// <summary>The builders and layout rules added for the report's monitoring, survival and site sections.</summary>
public class ReportFigureBuilderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<XElement> Texts(string svg) => [.. XDocument.Parse(svg).Descendants(Svg + "text")];

    private static double Attr(XElement e, string name) =>
        double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Unit_bars_mark_a_small_unit_and_label_the_others_with_their_value()
    {
        var fig = FigureSamples.Build("unit-bars");
        var svg = fig.ToSvg();
        var texts = Texts(svg).Select(t => t.Value).ToList();
        Assert.Contains("<5", texts);
        Assert.True(fig.HasSuppressions);
        Assert.Equal(1, fig.SuppressedCount);
        Assert.Contains("Cells with fewer than 5 persons suppressed.", svg, StringComparison.Ordinal);
        // Every shown unit is labelled on the axis, top to bottom in the given order, and with its value.
        var labels = texts.Where(t => t.StartsWith('M')).ToList();
        Assert.Equal([.. Enumerable.Range(1, 11).Select(i => $"M{i:00}")], labels);
        // Value labels sit right of the bars (start-anchored); axis ticks are centred.
        Assert.Equal(10, Texts(svg).Count(t => t.Value.EndsWith('%') && t.Attribute("text-anchor") is null));
    }

    [Fact]
    public void Many_units_are_ranked_without_labels_so_88_municipalities_stay_readable()
    {
        var fig = FigureSamples.Build("unit-bars-ranked");
        var svg = fig.ToSvg();
        var texts = Texts(svg).Select(t => t.Value).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith('M') && t.Length == 3);
        Assert.Contains("Municipalities, ranked by share", texts);
        Assert.Equal(
            87 + 1,
            XDocument.Parse(svg).Descendants(Svg + "rect").Count(r => (string?)r.Attribute("fill") == "#0072b2")
        );
    }

    [Fact]
    public void Period_shares_draw_the_range_band_behind_the_line_and_break_at_a_missing_period()
    {
        var svg = FigureSamples.Build("period-share").ToSvg();
        int band = svg.IndexOf("fill-opacity", StringComparison.Ordinal);
        int line = svg.IndexOf("<polyline", StringComparison.Ordinal);
        Assert.True(band > 0 && line > band, "band before (behind) the line");
        // The NaN total of 2018-Q1 splits the total line into two runs.
        Assert.Equal(
            2,
            XDocument.Parse(svg).Descendants(Svg + "polyline").Count(p => (string?)p.Attribute("stroke") == "#0072b2")
        );
        Assert.Contains("2017-Q1", svg, StringComparison.Ordinal);
        Assert.Contains("Requirement (40%)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_point_labels_move_aside_or_are_left_out()
    {
        var fig = new Figure { Width = 400, Height = 300 };
        var plot = fig.AddPanel();
        plot.Axes.X.SetLimits(0, 10);
        plot.Axes.Y.SetLimits(0, 10);
        foreach (
            var (name, x) in new[]
            {
                ("JC01", 5.0),
                ("JC02", 5.0),
                ("JC03", 5.0),
                ("JC04", 5.0),
                ("JC05", 5.0),
                ("JC06", 9.0),
            }
        )
        {
            var t = plot.Add.Text(name, x, 5);
            t.OffsetX = 7;
            t.OffsetY = -7;
            t.AvoidOverlap = true;
        }
        var texts = Texts(fig.ToSvg()).Where(t => t.Value.StartsWith("JC", StringComparison.Ordinal)).ToList();
        // Four positions around the same point, the fifth label there is dropped; a distant one is drawn as asked.
        Assert.Equal(["JC01", "JC02", "JC03", "JC04", "JC06"], texts.Select(t => t.Value));
        var at = texts.Take(4).Select(t => (Attr(t, "x"), Attr(t, "y"), (string?)t.Attribute("text-anchor"))).ToList();
        Assert.Equal(4, at.Distinct().Count());
    }

    [Fact]
    public void A_flow_diagram_whose_last_step_has_an_exclusion_keeps_the_box_inside_the_figure()
    {
        var fig = FlowDiagramFigure.Build(
            [new("Registered", 1049, "blank id", 3), new("Valid", 1046, "not found", 21)],
            new FigureOptions { Title = "Flow" }
        );
        var doc = XDocument.Parse(fig.ToSvg());
        double height = Attr(doc.Root!, "height");
        var boxes = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("stroke") is not null).ToList();
        Assert.Equal(4, boxes.Count);
        foreach (var rect in boxes)
        {
            Assert.True(Attr(rect, "y") + Attr(rect, "height") <= height - 20, "a box reaches into the footnote area");
        }
    }

    [Fact]
    public void Kaplan_meier_x_ticks_are_the_at_risk_times_so_the_table_sits_under_them()
    {
        var svg = FigureSamples.Build("kaplan-meier").ToSvg();
        var ticks = Texts(svg)
            .TakeWhile(t => t.Value != "Number at risk")
            .Where(t =>
                (string?)t.Attribute("text-anchor") == "middle"
                && double.TryParse(t.Value, CultureInfo.InvariantCulture, out _)
            )
            .ToList();
        Assert.Equal(["0", "10", "20", "30", "40"], ticks.Select(t => t.Value).Distinct());
        // Each at-risk count is centred under its tick.
        var tickX = ticks.GroupBy(t => t.Value).ToDictionary(g => g.Key, g => Attr(g.First(), "x"));
        var firstRow = Texts(svg)
            .SkipWhile(t => t.Value != "Number at risk")
            .Skip(1)
            .Where(t => (string?)t.Attribute("text-anchor") == "middle")
            .Take(5)
            .ToList();
        Assert.Equal(5, firstRow.Count);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(tickX[(i * 10).ToString(CultureInfo.InvariantCulture)], Attr(firstRow[i], "x"), 1);
        }
    }

    [Fact]
    public void A_small_funnel_stage_is_one_suppressed_cell_drawn_as_its_label_without_a_bar_or_rates()
    {
        var options = new FigureOptions { Title = "funnel" };
        var stages = new[]
        {
            new FunnelStage("screened", 120),
            new FunnelStage("accepted", 3),
            new FunnelStage("held", 0),
        };
        var fig = ScreeningFunnelFigure.Build(stages, options);
        var svg = fig.ToSvg();
        var texts = Texts(svg).Select(t => t.Value).ToList();
        Assert.Equal(1, fig.SuppressedCount);
        Assert.Contains("<5", texts);
        Assert.DoesNotContain(
            texts,
            t => t.Contains('3', StringComparison.Ordinal) && t.Contains('%', StringComparison.Ordinal)
        );
        // No rate into or out of the withheld stage, and no bar for it: only the 120 bar is drawn in the bar colour.
        Assert.DoesNotContain(texts, t => t.Contains('%', StringComparison.Ordinal));
        var unsuppressed = ScreeningFunnelFigure.Build(
            [new FunnelStage("screened", 120), new FunnelStage("accepted", 30), new FunnelStage("held", 0)],
            options
        );
        int Rects(string s) => XDocument.Parse(s).Descendants(Svg + "rect").Count();
        Assert.Equal(Rects(unsuppressed.ToSvg()) - 1, Rects(svg));
        Assert.Equal(0, unsuppressed.SuppressedCount);
        Assert.Contains(Texts(unsuppressed.ToSvg()), t => t.Value.Contains("25", StringComparison.Ordinal));
    }
}
