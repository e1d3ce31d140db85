using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Figures;

public class FigureApprovalTests
{
    internal static Figure SmallWeeklyLevel() =>
        WeeklyLevelFigure.Build(
            new WeeklyArmSeries(
                [1, 2, 3, 4, 5, 6],
                [0.10, 0.18, 0.25, 0.31, 0.33, 0.36],
                [0.12, 0.13, 0.14, 0.13, 0.15, 0.14],
                [40, 38, 35, 30, 22, 3],
                null
            ),
            new FigureOptions
            {
                Title = "Share in internship (small)",
                Width = 480,
                Height = 300,
            }
        );

    internal static Figure SmallEffectDanish() =>
        EffectFigure.Build(
            new WeeklyArmSeries([1, 2, 3, 4, 5], [0.5, 0.9, 1.4, 1.8, 2.1], [0.5, 0.7, 0.9, 1.1, 1.3]),
            new EffectSeries(
                [1, 2, 3, 4, 5],
                [0.0, 0.2, 0.5, 0.7, 0.8],
                [-0.3, -0.1, 0.15, 0.3, 0.35],
                [0.3, 0.5, 0.85, 1.1, 1.25]
            ),
            new FigureOptions
            {
                Title = "Ordinære timer (lille)",
                Language = FigureLanguage.Danish,
                Scale = ValueScale.Number,
                Width = 640,
                Height = 300,
            }
        );

    internal static Figure SmallForest() =>
        ForestPlotFigure.Build(
            [
                new ForestRow("Cash benefit", 0.07, 0.045, 0.095, 3727),
                new ForestRow("Resource course", 0.018, -0.021, 0.057, 1129),
                new ForestRow("Tiny", 0.2, 0.1, 0.3, 2),
            ],
            new ForestRow("", 0.06, 0.04, 0.08, 4856),
            new FigureOptions { Title = "Effect by target group (small)", Width = 520 }
        );

    [Fact]
    public void Weekly_level_matches_approved_svg() =>
        SvgApproval.Verify("weekly-level-small", SmallWeeklyLevel().ToSvg());

    [Fact]
    public void Effect_figure_in_danish_matches_approved_svg() =>
        SvgApproval.Verify("effect-small-da", SmallEffectDanish().ToSvg());

    [Fact]
    public void Forest_plot_matches_approved_svg() => SvgApproval.Verify("forest-small", SmallForest().ToSvg());

    [Fact]
    public void Approval_check_fails_and_writes_received_file_on_any_change()
    {
        using var dir = new TempDirectory();
        var svg = SmallForest().ToSvg();
        File.WriteAllText(dir.File("probe.approved.svg"), svg);
        Assert.Null(SvgApproval.Check("probe", svg, dir.Path));

        var changed = svg.Replace("Cash benefit", "Cash benefits", StringComparison.Ordinal);
        var failure = SvgApproval.Check("probe", changed, dir.Path);
        Assert.NotNull(failure);
        Assert.Contains("differs from the approved snapshot", failure, StringComparison.Ordinal);
        Assert.Equal(changed, File.ReadAllText(dir.File("probe.received.svg")));

        Assert.NotNull(SvgApproval.Check("missing", svg, dir.Path));
    }
}
