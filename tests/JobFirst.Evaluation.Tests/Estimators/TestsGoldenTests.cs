using JobFirst.Evaluation.Inference;
using static JobFirst.Evaluation.Tests.Estimators.EstimatorsGolden;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary><c>chisq.test</c>, <c>p.adjust</c> and <c>t.test</c> against R (Golden/Estimators/generate.R).</summary>
public class TestsGoldenTests
{
    private static readonly Lazy<List<string[]>> Chi = new(() => Rows("chisq.csv"));

    private static double[] Field(string @case, string field) =>
        [
            .. Chi
                .Value.Where(r => r[0] == @case && r[1] == field)
                .OrderBy(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))
                .Select(r => Parse(r[3])),
        ];

    [Theory]
    [InlineData("am_vs_yates", ChiSquareCorrection.Yates)]
    [InlineData("am_vs_plain", ChiSquareCorrection.None)]
    [InlineData("close_yates", ChiSquareCorrection.Yates)]
    [InlineData("hair_eye", ChiSquareCorrection.Yates)]
    [InlineData("cyl_gear_small", ChiSquareCorrection.Yates)]
    public void Chi_square_matches_chisq_test(string @case, ChiSquareCorrection correction)
    {
        var dim = Field(@case, "dim");
        var flat = Field(@case, "table");
        int r = (int)dim[0];
        int c = (int)dim[1];
        var table = new double[r, c];
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
            {
                table[i, j] = flat[i * c + j];
            }
        }
        var res = ChiSquareTest.Independence(table, correction);
        Close(Field(@case, "statistic")[0], res.Statistic, $"{@case} X2");
        Close(Field(@case, "df")[0], res.Df, $"{@case} df");
        Close(Field(@case, "p_value")[0], res.PValue, $"{@case} p");
        foreach (
            var (name, actual) in new[]
            {
                ("expected", res.Expected),
                ("residuals", res.Residuals),
                ("stdres", res.StdResiduals),
            }
        )
        {
            var expected = Field(@case, name);
            Assert.Equal(expected.Length, actual.Count);
            for (int k = 0; k < expected.Length; k++)
            {
                Close(expected[k], actual[k], $"{@case} {name}[{k}]");
            }
        }
        bool rWarned = Chi.Value.Any(x => x[0] == @case && x[1] == "warning");
        Assert.Equal(rWarned, res.ApproximationWarning);
        Assert.Equal(rWarned, res.Warning is not null);
    }

    [Fact]
    public void Empty_categories_are_dropped_and_counted()
    {
        var res = ChiSquareTest.Independence(
            new double[,]
            {
                { 12, 0, 7 },
                { 6, 0, 7 },
            }
        );
        Assert.Equal(1, res.EmptyColumnsDropped);
        var plain = ChiSquareTest.Independence(
            new double[,]
            {
                { 12, 7 },
                { 6, 7 },
            }
        );
        Assert.Equal(plain.Statistic, res.Statistic);
    }

    [Theory]
    [InlineData(PValueAdjustment.Holm, 2)]
    [InlineData(PValueAdjustment.BenjaminiHochberg, 3)]
    [InlineData(PValueAdjustment.Bonferroni, 4)]
    public void P_adjust_matches_R_including_ties_and_NA(PValueAdjustment method, int column)
    {
        var rows = Rows("padjust.csv");
        var p = rows.Select(r => Parse(r[1])).ToArray();
        var adjusted = PValues.Adjust(p, method);
        for (int i = 0; i < p.Length; i++)
        {
            double expected = Parse(rows[i][column]);
            if (double.IsNaN(expected))
            {
                Assert.True(double.IsNaN(adjusted[i]));
            }
            else
            {
                Close(expected, adjusted[i], $"{method}[{i}]", 1e-14);
            }
        }
        Assert.Equal(p, PValues.Adjust(p, PValueAdjustment.None));
    }

    [Theory]
    [InlineData("ttest_welch_sleep", "sleep.csv", TTestVariance.Welch, 0.95, null)]
    [InlineData("ttest_pooled_sleep", "sleep.csv", TTestVariance.Pooled, 0.95, null)]
    [InlineData("ttest_welch_tooth_99", "toothgrowth.csv", TTestVariance.Welch, 0.99, null)]
    [InlineData("ttest_pooled_chick21", "chickweight.csv", TTestVariance.Pooled, 0.95, "time=21")]
    public void Two_sample_t_test_matches_t_test(
        string @case,
        string file,
        TTestVariance variance,
        double level,
        string? filter
    )
    {
        var (y, t, _, _) = DifferenceInMeansGoldenTests.Load(file, filter);
        var x1 = y.Where((_, i) => t[i]).ToArray();
        var x0 = y.Where((_, i) => !t[i]).ToArray();
        var r = TwoSampleTTest.Run(x1, x0, variance, level);
        DifferenceInMeansGoldenTests.AssertMatches(@case, r);
        Assert.Equal("x - y", r.Term);
    }
}
