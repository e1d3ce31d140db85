using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Monitoring.Survey;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Baseline vs follow-up survey tables against R (Golden/Monitoring/generate.R) and hand-built cases.</summary>
public sealed class SurveyAnalysisTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, SurveyThreshold> CaseloadBelow40 = new()
    {
        ["caseload"] = new SurveyThreshold(ThresholdComparison.Below, 40),
    };

    [Theory]
    [InlineData("survey_paired", "mcnemar")]
    [InlineData("survey_unpaired", "prop_test")]
    public void Survey_tables_match_R(string file, string test)
    {
        var result = SurveyAnalysis.Compute(SurveyReader.Read(MonitoringGolden.PathOf(file + ".csv")), CaseloadBelow40);
        var expected = MonitoringGolden.Read(file + "_expected.csv");
        Assert.Equal(
            expected.Select(e => e["measure"]).Order(StringComparer.Ordinal),
            result.Rows.Select(r => r.Measure)
        );
        double worst = 0;
        foreach (var e in expected)
        {
            var row = result.Rows.Single(r => r.Measure == e["measure"]);
            Assert.Equal(test, row.Test);
            Assert.Equal(
                (
                    int.Parse(e["baseline_met"]),
                    int.Parse(e["baseline_n"]),
                    int.Parse(e["final_met"]),
                    int.Parse(e["final_n"]),
                    int.Parse(e["n_both"])
                ),
                (row.BaselineMet, row.BaselineN, row.FinalMet, row.FinalN, row.NBoth)
            );
            foreach (
                var (name, actual) in new[]
                {
                    ("change", row.Change),
                    ("statistic", row.Statistic),
                    ("p_value", row.PValue),
                    ("exact_p_value", row.ExactPValue),
                    ("conf_low", row.ConfLow),
                    ("conf_high", row.ConfHigh),
                }
            )
            {
                double exp = MonitoringGolden.Number(e[name]);
                double act = actual ?? double.NaN;
                MonitoringGolden.Close(exp, act, $"{file} {row.Measure} {name}");
                worst = Math.Max(worst, MonitoringGolden.RelativeError(exp, act));
            }
        }
        output.WriteLine($"{file}: {expected.Count} measures, max relative error {worst:E2}");
        var tidy = result.ToTidyTerms();
        Assert.Equal(result.Rows.Select(r => r.Measure), tidy.Select(t => t.Term));
        Assert.All(tidy, t => Assert.True(double.IsNaN(t.StdError) && t.Df == 1));
        Assert.Equal(result.Rows.Select(r => r.PValue!.Value), tidy.Select(t => t.PValue));
    }

    [Fact]
    public void The_rounds_N_varies_and_the_display_reads_X_of_N()
    {
        var result = SurveyAnalysis.Compute(
            SurveyReader.Read(MonitoringGolden.PathOf("survey_unpaired.csv")),
            CaseloadBelow40
        );
        var cv = result.Rows.Single(r => r.Measure == "has_cv");
        Assert.NotEqual(cv.BaselineN, cv.FinalN);
        Assert.Equal(
            $"{cv.FinalMet} of {cv.FinalN} (57%); baseline {cv.BaselineMet} of {cv.BaselineN} (21%)",
            cv.Display
        );
        // Forcing McNemar uses the units that answered both rounds.
        var paired = SurveyAnalysis.Compute(
            SurveyReader.Read(MonitoringGolden.PathOf("survey_unpaired.csv")),
            CaseloadBelow40,
            comparison: SurveyComparison.McNemar
        );
        var p = paired.Rows.Single(r => r.Measure == "has_cv");
        var t = McNemarTest.Compute(p.MetBaselineOnly, p.MetFinalOnly);
        Assert.Equal(
            (t.Statistic, (double)(p.MetFinalOnly - p.MetBaselineOnly) / p.NBoth),
            (p.Statistic!.Value, p.PairedChange!.Value)
        );
    }

    [Fact]
    public void Hand_built_case_and_input_errors()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "s.csv",
            "municipality;round;measure;value\nK1;baseline;a;0\nK1;final;a;1\nK2;baseline;a;1\nK2;final;a;1\nK3;baseline;a;0\nK3;final;a;NA\nK1;baseline;share;0,55\nK1;final;share;0,65\nK1;midterm;a;1\n"
        );
        var responses = SurveyReader.Read(path);
        Assert.Equal(0.55, responses.Single(r => r.Measure == "share" && r.Round == "baseline").Value);
        var result = SurveyAnalysis.Compute(
            responses,
            new Dictionary<string, SurveyThreshold> { ["share"] = SurveyThreshold.Parse("share>=0.6").Threshold }
        );
        var a = result.Rows.Single(r => r.Measure == "a");
        Assert.Equal((1, 3, 2, 2, 2, "prop_test"), (a.BaselineMet, a.BaselineN, a.FinalMet, a.FinalN, a.NBoth, a.Test)); // K3 skipped the question in the final round
        Assert.Equal(["midterm"], result.OtherRounds);
        var share = result.Rows.Single(r => r.Measure == "share");
        Assert.Equal((">= 0.6", 0, 1, "mcnemar"), (share.Threshold, share.BaselineMet, share.FinalMet, share.Test));
        Assert.True(share.ApproximationWarning);
        // A non-0/1 measure needs a threshold; unknown rounds and measures are errors; duplicates name both lines.
        var ex = Assert.Throws<Errors.InputException>(() => SurveyAnalysis.Compute(responses));
        Assert.Contains("share", ex.Message, StringComparison.Ordinal);
        Assert.Throws<Errors.InputException>(() => SurveyAnalysis.Compute(responses, finalRound: "end"));
        Assert.Throws<Errors.InputException>(() => SurveyAnalysis.Compute(responses, measures: ["nope"]));
        var twice = dir.Write("d.csv", "municipality,round,measure,value\nK1,baseline,a,1\nK1,baseline,a,0\n");
        InputAssert.Fails(() => SurveyReader.Read(twice), twice, 3, 1);
        var text = dir.Write("x.csv", "municipality,round,measure,value\nK1,baseline,a,yes\n");
        InputAssert.Fails(() => SurveyReader.Read(text), text, 2, 4);
        Assert.Throws<Errors.InputException>(() => SurveyThreshold.Parse("caseload~40"));
        Assert.Equal(
            (ThresholdComparison.AtMost, 3.5),
            (SurveyThreshold.Parse("x <= 3.5").Threshold.Comparison, SurveyThreshold.Parse("x <= 3.5").Threshold.Value)
        );
    }
}
