using JobFirst.Evaluation.Inference;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>McNemar, exact binomial and two-proportion tests against R (Golden/Monitoring/generate.R) at 1e-6 relative.</summary>
public sealed class InferenceGoldenTests(ITestOutputHelper output)
{
    private static readonly List<Dictionary<string, string>> Rows = MonitoringGolden.Read("tests.csv");

    private static int Int(Dictionary<string, string> r, string c) => (int)MonitoringGolden.Number(r[c]);

    private static ChiSquareCorrection Correction(Dictionary<string, string> r) =>
        r["correct"] == "TRUE" ? ChiSquareCorrection.Yates : ChiSquareCorrection.None;

    [Fact]
    public void McNemar_matches_R_mcnemar_test_and_binom_test()
    {
        double worst = 0;
        var cases = Rows.Where(r => r["test"] is "mcnemar" or "mcnemar_exact").ToList();
        Assert.Equal(30, cases.Count);
        foreach (var r in cases)
        {
            int b = Int(r, "a"),
                c = Int(r, "b");
            string label = $"{r["test"]} case {r["case"]} (b={b}, c={c}, correct={r["correct"]})";
            if (r["test"] == "mcnemar")
            {
                var t = McNemarTest.Compute(b, c, Correction(r));
                MonitoringGolden.Close(MonitoringGolden.Number(r["statistic"]), t.Statistic, label + " statistic");
                MonitoringGolden.Close(MonitoringGolden.Number(r["p_value"]), t.PValue, label + " p");
                worst = Math.Max(
                    worst,
                    MonitoringGolden.RelativeError(MonitoringGolden.Number(r["p_value"]), t.PValue)
                );
                Assert.Equal(1, t.Df);
            }
            else
            {
                var t = McNemarTest.Compute(b, c);
                MonitoringGolden.Close(MonitoringGolden.Number(r["p_value"]), t.ExactPValue, label + " exact p");
                worst = Math.Max(
                    worst,
                    MonitoringGolden.RelativeError(MonitoringGolden.Number(r["p_value"]), t.ExactPValue)
                );
            }
        }
        output.WriteLine($"McNemar: {cases.Count} cases, max relative error {worst:E2}");
    }

    [Fact]
    public void Exact_binomial_matches_R_binom_test_for_any_null_probability()
    {
        double worst = 0;
        var cases = Rows.Where(r => r["test"] == "binom").ToList();
        Assert.Equal(11, cases.Count);
        foreach (var r in cases)
        {
            double expected = MonitoringGolden.Number(r["p_value"]);
            double p = BinomialTest.TwoSidedP(Int(r, "a"), Int(r, "b"), MonitoringGolden.Number(r["c"]));
            MonitoringGolden.Close(expected, p, $"binom case {r["case"]}");
            worst = Math.Max(worst, MonitoringGolden.RelativeError(expected, p));
        }
        output.WriteLine($"binom.test: {cases.Count} cases, max relative error {worst:E2}");
    }

    [Fact]
    public void Two_proportion_test_matches_R_prop_test_with_and_without_correction()
    {
        double worst = 0;
        var cases = Rows.Where(r => r["test"] == "prop").ToList();
        Assert.Equal(26, cases.Count);
        foreach (var r in cases)
        {
            var t = TwoProportionTest.Compute(Int(r, "a"), Int(r, "b"), Int(r, "c"), Int(r, "d"), Correction(r));
            string label = $"prop case {r["case"]} correct={r["correct"]}";
            foreach (
                var (name, actual) in new[]
                {
                    ("statistic", t.Statistic),
                    ("p_value", t.PValue),
                    ("conf_low", t.ConfLow),
                    ("conf_high", t.ConfHigh),
                }
            )
            {
                double expected = MonitoringGolden.Number(r[name]);
                MonitoringGolden.Close(expected, actual, $"{label} {name}");
                worst = Math.Max(worst, MonitoringGolden.RelativeError(expected, actual));
            }
        }
        output.WriteLine($"prop.test: {cases.Count} cases, max relative error {worst:E2}");
    }

    [Fact]
    public void Edge_cases_follow_R()
    {
        // No discordant pairs: R gives NaN (0/0); the exact test is undefined too.
        var none = McNemarTest.Compute(0, 0);
        Assert.True(double.IsNaN(none.Statistic) && double.IsNaN(none.PValue) && double.IsNaN(none.ExactPValue));
        // b = c: R skips the correction, statistic 0, p = 1.
        var tie = McNemarTest.Compute(4, 4);
        Assert.Equal((0.0, 1.0, ChiSquareCorrection.None), (tie.Statistic, tie.PValue, tie.CorrectionApplied));
        // prop.test warns when an expected count is below 5.
        Assert.True(TwoProportionTest.Compute(1, 4, 3, 5).SmallExpected);
        Assert.False(TwoProportionTest.Compute(52, 70, 3, 80).SmallExpected);
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(3, 2, 1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialTest.TwoSidedP(1, 0));
    }

    [Fact]
    public void Chi_square_tail_keeps_relative_precision_for_tiny_p()
    {
        // R: pchisq(80, 1, lower.tail = FALSE) = 3.7440973842028994e-19; pchisq(7.5, 3, lower.tail = FALSE) = 0.057558451972636406.
        MonitoringGolden.Close(3.7440973842028994e-19, ChiSquareDistribution.UpperTail(80, 1), "df 1", 1e-10);
        MonitoringGolden.Close(0.057558451972636406, ChiSquareDistribution.UpperTail(7.5, 3), "df 3", 1e-10);
        Assert.Equal(1, ChiSquareDistribution.UpperTail(0, 1));
    }
}
