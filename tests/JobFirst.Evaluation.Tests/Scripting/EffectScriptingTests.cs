using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Interactive;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Studies;
using Microsoft.DotNet.Interactive.Formatting;

namespace JobFirst.Evaluation.Tests.Scripting;

public class EffectScriptingTests
{
    static EffectScriptingTests() => JobFirstFormatters.Register();

    private static readonly WeekRange Weeks = new(1, 30);

    [Fact]
    public void One_outcome_call_equals_the_list_call_and_prints_its_table()
    {
        var study = ScriptingData.Study;
        var one = study.Effects(WeeklyIndicator.Active13, Weeks);
        var list = study.Effects([WeeklyIndicator.Active13], Weeks)[0];
        Assert.Equal(list.ToTable().ToString(TableFormat.Csv), one.ToTable().ToString(TableFormat.Csv));
        Assert.Equal(one.ToTable().ToString(), one.ToString());
        Assert.StartsWith("# Weekly effects: active13\n", one.ToString(), StringComparison.Ordinal);
        Assert.Equal(30, one.Effects.Count); // rows are records
        var sub = study.Subgroups(WeeklyIndicator.Employed, "target_group", window: WindowSpec.Parse("13:26:mean"));
        Assert.Equal("target_group", sub.By);
        Assert.Contains("# Test of equal effects across target_group", sub.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_builds_the_report_figure_with_the_outcome_scale_and_suppression()
    {
        var study = ScriptingData.Study;
        var active13 = study.Effects(WeeklyIndicator.Active13, Weeks);
        var expected = EffectFigure.Build(
            active13.ToArmSeries(),
            active13.ToEffectSeries(),
            new FigureOptions { Title = "active13 effect", Scale = ValueScale.Proportion }
        );
        Assert.Equal(expected.ToSvg(), active13.Plot().ToSvg());
        Assert.Equal(TickFormat.PercentagePoints, active13.Plot().Panels[1].Axes.Y.TickFormat);
        var hours = study.Effects(WeeklyIndicator.Hours, Weeks);
        Assert.Equal(TickFormat.Number, hours.Plot().Panels[1].Axes.Y.TickFormat);
        Assert.Equal("hours by arm", hours.PlotLevels().Title);
        // Late weeks have few persons in a 400-person simulation: with min_cell 30 they are suppressed and not drawn.
        var strict = study.Effects(
            WeeklyIndicator.Active13,
            new WeekRange(1, 40),
            options: new WeeklyEffectOptions { MinCell = 30 }
        );
        Assert.Contains(strict.Effects, e => e.Suppressed);
        Assert.True(strict.Plot().HasSuppressions);
        Assert.Equal(30, strict.Plot().MinCellSize);
        var custom = active13.Plot(new FigureOptions { Language = FigureLanguage.Danish, Title = "Effekt" });
        Assert.Equal("Effekt", custom.Title);
        Assert.Contains("Uge efter visitation", custom.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void Study_level_results_plot_and_print()
    {
        var study = ScriptingData.Study;
        var balance = study.Balance();
        Assert.Equal(balance.ToTable().ToString(), balance.ToString());
        Assert.Equal(
            BalancePlotFigure.Build(balance.ToBalanceRows(), new FigureOptions { Title = "Balance" }).ToSvg(),
            balance.Plot().ToSvg()
        );
        var hours = study.HoursDistribution(20);
        Assert.Equal(hours.ToTable().ToString(), hours.ToString());
        Assert.NotEmpty(hours.Plot().Panels);
        var sites = study.Sites(
            WeeklyIndicator.Employed,
            WindowSpec.Parse("13:26:mean"),
            SiteTableReader.Read(Path.Combine(ScriptingData.Folder, "sites.csv")),
            new JobFirst.Evaluation.Estimators.Sites.SiteAnalysisOptions { Traits = ["caseload"] }
        );
        var text = sites.ToString();
        Assert.Contains("# Site effects: employed", text, StringComparison.Ordinal);
        Assert.Contains("# Site heterogeneity: employed", text, StringComparison.Ordinal);
        Assert.Contains("# Site meta-regressions: employed", text, StringComparison.Ordinal);
        Assert.Equal(sites.SiteEffectsTable().ToString(TableFormat.Csv), sites.ToTable().ToString(TableFormat.Csv));
        Assert.Equal(
            ForestPlotFigure
                .Build(sites.ToForestRows(), sites.ToPooledRow(), new FigureOptions { Title = "employed by site" })
                .ToSvg(),
            sites.Plot().ToSvg()
        );
        Assert.Equal("caseload", sites.PlotTrait("caseload").Panels[0].Axes.X.Label);
    }

    [Fact]
    public void A_list_of_weekly_effects_renders_as_one_combined_table()
    {
        var weekly = ScriptingData.Study.Effects([WeeklyIndicator.Employed, WeeklyIndicator.Active13], Weeks);
        var html = weekly.ToDisplayString(JobFirstFormatters.HtmlMimeType);
        Assert.Equal(HtmlTableRenderer.Render(WeeklyEffects.ToTable(weekly)), html);
        Assert.True(TableConversion.CanConvert(weekly.GetType()));
        // Suppressed weeks are marked in the notebook table.
        var strict = ScriptingData.Study.Effects(
            WeeklyIndicator.Active13,
            new WeekRange(1, 40),
            options: new WeeklyEffectOptions { MinCell = 30 }
        );
        Assert.Contains(
            "class=\"suppressed\"",
            strict.ToDisplayString(JobFirstFormatters.HtmlMimeType),
            StringComparison.Ordinal
        );
    }
}
