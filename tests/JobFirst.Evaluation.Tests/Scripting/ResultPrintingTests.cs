using System.Reflection;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Regression;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Scripting;

public class ResultPrintingTests
{
    [Fact]
    public void Every_result_with_a_table_prints_as_that_table()
    {
        // Design rule: a result type that converts to a table (TableConversion's convention) overrides ToString, so
        // Console.WriteLine(result) in a script prints the aligned text table instead of a record dump.
        // A record's compiler-synthesised ToString (the property dump) does not count.
        static bool PrintsItself(Type t)
        {
            var m = t.GetMethod("ToString", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
            return m.DeclaringType == t
                && m.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null;
        }
        var offenders = TableConversion.ConvertibleTypes.Where(t => !PrintsItself(t)).Select(t => t.FullName).ToList();
        Assert.True(TableConversion.ConvertibleTypes.Count >= 20, "fewer result types than expected");
        Assert.True(offenders.Count == 0, "ToString() not overridden: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Logistic_fit_prints_an_aligned_coefficient_table_with_its_conventions()
    {
        var fit = ScriptingData.Logit();
        var text = fit.ToString();
        Assert.Equal(fit.ToTable().ToString(TableFormat.Text), text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# logistic regression: reached ~", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("term", lines[1], StringComparison.Ordinal);
        Assert.Contains("odds_ratio", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("(Intercept)", StringComparison.Ordinal));
        Assert.Contains("# variance: Model", text, StringComparison.Ordinal);
        Assert.Contains("# n_observations: 1017", text, StringComparison.Ordinal);
        // Rows are records: the table is the tidy coefficients, row for row.
        var table = fit.ToTable();
        Assert.Equal(fit.Coefficients.Count, table.RowCount);
        for (int j = 0; j < fit.Coefficients.Count; j++)
        {
            Assert.Equal(fit.Coefficients[j].Term, table[j, "term"]);
            Assert.Equal(fit.Coefficients[j].StdError, table[j, "std_error"]);
            Assert.Equal(fit.OddsRatios[j].Estimate, table[j, "odds_ratio"]);
        }
    }

    [Fact]
    public void One_call_fit_equals_the_three_step_pipeline()
    {
        var data = ScriptingData.Rum();
        var options = new LogisticRegressionOptions(Variance: GlmVariance.ClusterR);
        var quick = data.FitLogistic(ScriptingData.RumFormula, options, clusters: "site");
        var design = DesignMatrixBuilder.Build(
            data,
            ModelFormula.Parse(ScriptingData.RumFormula),
            new DesignOptions(ClusterColumn: "site")
        );
        var full = LogisticRegression.Fit(design, options);
        Assert.Equal(full.Coefficients, quick.Coefficients);
        Assert.Equal(11, quick.Clusters);
        var m = quick.Margins("education_level");
        Assert.Equal(LogisticMargins.Compute(full, "education_level").PredictiveMargins, m.PredictiveMargins);
        var ols = data.FitLinear("reached ~ age + gender");
        Assert.Equal(ols.ToResultTable().ToString(TableFormat.Csv), ols.ToTable().ToString(TableFormat.Csv));
        Assert.Contains("# se_type: HC2", ols.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Margins_table_keeps_units_apart()
    {
        var m = ScriptingData.Logit().Margins("education_level");
        var t = m.ToTable();
        Assert.Equal(MarginsResult.TableColumns, t.Columns);
        Assert.Equal(
            m.PredictiveMargins.Count + m.AverageMarginalEffects.Count + m.ContrastsPercentagePoints.Count,
            t.RowCount
        );
        var contrast = t.Rows.First(r => (string)r[0]! == "contrast_pp");
        Assert.Equal(m.ContrastsPercentagePoints[0].Estimate, contrast[2]);
        Assert.Contains("contrast_pp: percentage points", t.Metadata["units"], StringComparison.Ordinal);
        Assert.Equal(t.ToString(), m.ToString());
    }

    [Fact]
    public void Difference_in_means_and_linkage_print_as_tables()
    {
        var dim = ScriptingData.Dim();
        Assert.Equal(dim.ToResultTable().ToString(), dim.ToString());
        Assert.Contains("# design: Standard", dim.ToString(), StringComparison.Ordinal);
        var linkage = ScriptingData.Study.Linkage;
        Assert.Equal(ScriptingData.Study.LinkageTable().ToString(), linkage.ToString());
    }

    [Fact]
    public void Level_series_and_figure_follow_the_indicator_table_and_its_suppression()
    {
        var study = ScriptingData.Study;
        // A threshold of 30 persons suppresses the late weeks, which only the first cohorts reach.
        var series = study.LevelSeries(WeeklyIndicator.Active13, maxWeek: 44, minCell: 30);
        var rows = IndicatorTable.Compute(study.Panel, study.Treated, [WeeklyIndicator.Active13], 44, 30);
        var t44 = rows.Single(r => r.Week == series.Weeks[^1] && r.Arm == "treatment");
        Assert.Equal(t44.NFollowed, series.TreatmentN![^1]);
        Assert.Equal(t44.Mean ?? double.NaN, series.Treatment[^1]);
        Assert.Contains(series.TreatmentN!, n => n < 30);
        Assert.All(series.Treatment.Zip(series.TreatmentN!), p => Assert.Equal(p.Second < 30, double.IsNaN(p.First)));
        Assert.Equal("hours by arm", study.PlotLevels(WeeklyIndicator.Hours).Title);
        var figure = study.PlotLevels(
            WeeklyIndicator.Hours,
            new JobFirst.Evaluation.Figures.Builders.FigureOptions
            {
                Title = "Hours",
                MinCellSize = 30,
                Scale = JobFirst.Evaluation.Figures.Builders.ValueScale.Number,
            }
        );
        Assert.Equal("Hours", figure.Title);
        Assert.True(figure.HasSuppressions);
        using var tmp = new TempDirectory();
        string path = figure.SaveSvg(Path.Combine(tmp.Path, "figs", "hours.svg"));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(figure.ToSvg()), File.ReadAllBytes(path));
        Assert.Throws<ArgumentException>(() => figure.SaveSvg(tmp.File("hours.png")));
    }
}
