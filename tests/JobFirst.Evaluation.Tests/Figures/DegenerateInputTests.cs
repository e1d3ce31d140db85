using System.Xml.Linq;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Tests.Figures;

public class DegenerateInputTests
{
    private static readonly FigureOptions Options = new() { Title = "degenerate" };

    public static TheoryData<string> Cases() => [.. Builders().Keys];

    private static Dictionary<string, Func<Figure>> Builders()
    {
        double nan = double.NaN;
        return new Dictionary<string, Func<Figure>>
        {
            ["weekly empty"] = () => WeeklyLevelFigure.Build(new WeeklyArmSeries([], [], []), Options),
            ["weekly one point"] = () => WeeklyLevelFigure.Build(new WeeklyArmSeries([1], [0.2], [0.1]), Options),
            ["weekly all NaN"] = () =>
                WeeklyLevelFigure.Build(new WeeklyArmSeries([1, 2], [nan, nan], [nan, nan]), Options),
            ["weekly zero range"] = () => WeeklyLevelFigure.Build(new WeeklyArmSeries([3, 3], [0, 0], [0, 0]), Options),
            ["weekly all suppressed"] = () =>
                WeeklyLevelFigure.Build(new WeeklyArmSeries([1, 2], [0.1, 0.2], [0.1, 0.2], [1, 2], [1, 2]), Options),
            ["weekly ragged lengths"] = () =>
                WeeklyLevelFigure.Build(new WeeklyArmSeries([1, 2, 3], [0.1], [0.1, 0.2, 0.3, 0.4]), Options),
            ["effect empty"] = () =>
                EffectFigure.Build(new WeeklyArmSeries([], [], []), new EffectSeries([], [], [], []), Options),
            ["effect one point"] = () =>
                EffectFigure.Build(
                    new WeeklyArmSeries([5], [0.3], [0.2]),
                    new EffectSeries([5], [0.1], [0.05], [0.15]),
                    Options
                ),
            ["effect all NaN"] = () =>
                EffectFigure.Build(
                    new WeeklyArmSeries([1], [nan], [nan]),
                    new EffectSeries([1], [nan], [nan], [nan], [nan], [nan]),
                    Options
                ),
            ["effect zero"] = () =>
                EffectFigure.Build(
                    new WeeklyArmSeries([1, 2], [0, 0], [0, 0]),
                    new EffectSeries([1, 2], [0, 0], [0, 0], [0, 0]),
                    Options
                ),
            ["hours empty"] = () => HoursDistributionFigure.Build(new HoursDistribution(35, [], [], []), Options),
            ["hours NaN"] = () =>
                HoursDistributionFigure.Build(new HoursDistribution(35, ["0-5"], [nan], [nan]), Options),
            ["followed empty"] = () => PersonsFollowedFigure.Build(new PersonsFollowedSeries([], [], []), Options),
            ["followed zeros"] = () =>
                PersonsFollowedFigure.Build(new PersonsFollowedSeries([1, 2], [0, 0], [0, 0]), Options),
            ["forest empty"] = () => ForestPlotFigure.Build([], null, Options),
            ["forest NaN"] = () =>
                ForestPlotFigure.Build([new ForestRow("a", nan, nan, nan)], new ForestRow("p", nan, nan, nan), Options),
            ["balance empty"] = () => BalancePlotFigure.Build([], Options),
            ["balance NaN"] = () => BalancePlotFigure.Build([new BalanceRow("a", nan)], Options),
            ["km empty"] = () => KaplanMeierFigure.Build([], [], Options),
            ["km one curve no times"] = () =>
                KaplanMeierFigure.Build([new KaplanMeierCurve("a", [], [], [], [], [])], [0, 10], Options),
            ["km NaN limits"] = () =>
                KaplanMeierFigure.Build(
                    [new KaplanMeierCurve("a", [1, 2], [0.9, 0.8], [nan, nan], [nan, nan], [10])],
                    [0, 10],
                    Options
                ),
            ["sites empty"] = () => SiteMetaRegressionFigure.Build([], new MetaRegressionLine(0, 1), Options),
            ["sites one"] = () =>
                SiteMetaRegressionFigure.Build([new SitePoint("a", 1, 0.1)], new MetaRegressionLine(0, 1), Options),
            ["sites suppressed"] = () =>
                SiteMetaRegressionFigure.Build([new SitePoint("a", 1, 0.1, N: 2)], null, Options),
            ["funnel empty"] = () => ScreeningFunnelFigure.Build([], Options),
            ["funnel zeros"] = () =>
                ScreeningFunnelFigure.Build([new FunnelStage("a", 0), new FunnelStage("b", 0)], Options),
            ["flow empty"] = () => FlowDiagramFigure.Build([], Options),
            ["flow one"] = () => FlowDiagramFigure.Build([new FlowStep("only", 3, "x", 1)], Options),
            ["figure without panels"] = () => new Figure(),
            ["tiny figure"] = () =>
            {
                var f = new Figure
                {
                    Width = 0,
                    Height = -5,
                    Title = "a very long title that cannot possibly fit in such a small figure",
                };
                f.AddPanel().Add.Line([1, 2], [3, 4]);
                return f;
            },
            ["infinite values"] = () =>
            {
                var f = new Figure();
                var p = f.AddPanel();
                p.Add.Line([1, double.PositiveInfinity, 3], [double.NegativeInfinity, 1, 2]);
                p.Add.Bars([0, 1], [double.PositiveInfinity, 2]);
                p.Add.HorizontalLine(double.NaN);
                p.Add.Text("t", double.NaN, 1);
                p.Add.Arrow(1, 1, 1, 1);
                p.Add.Plottable(new GroupedBars([]));
                return f;
            },
            ["manual limits reversed"] = () =>
            {
                var f = new Figure();
                var p = f.AddPanel();
                p.Axes.Y.SetLimits(1, 0);
                p.Axes.X.SetTicks([], []);
                p.Add.Line([1, 2], [0.5, 0.5]);
                return f;
            },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_without_throwing(string name)
    {
        var svg = Builders()[name]().ToSvg();
        XDocument.Parse(svg);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        if (RsvgRenderer.Available)
        {
            var png = Path.Combine(Path.GetTempPath(), "jfe-degenerate-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                var (code, error) = RsvgRenderer.Render(svg, png);
                Assert.True(code == 0, error);
            }
            finally
            {
                File.Delete(png);
            }
        }
    }
}
