using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Survival.KaplanMeier;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Kaplan–Meier, medians, RMST, log-rank and contrasts against R survival 3.5-3 (generate_km.R).</summary>
public sealed class KaplanMeierGoldenTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases =>
        new() { "veteran", "ovarian", "aml", "lung", "lung_ecog", "half", "heart", "sim" };

    private static readonly string[] ConfTypes = ["log", "log-log", "plain"];

    private static SurvivalData Load(string @case)
    {
        var frame = SurvivalGolden.Data(@case + ".csv");
        return SurvivalData.FromFrame(
            frame,
            new SurvivalColumns(
                "time",
                "event",
                Entry: frame.Contains("entry") ? "entry" : null,
                Group: "group",
                Strata: frame.Contains("strata") ? "strata" : null
            )
        );
    }

    private static KaplanMeierConfidence Parse(string type) =>
        type switch
        {
            "log" => KaplanMeierConfidence.Log,
            "log-log" => KaplanMeierConfidence.LogLog,
            _ => KaplanMeierConfidence.Plain,
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Curves_match_survfit_at_every_time_for_every_interval_scale(string @case)
    {
        var data = Load(@case);
        double worst = 0;
        int compared = 0;
        foreach (var type in ConfTypes)
        {
            var fit = KaplanMeierEstimator.Fit(data, new KaplanMeierOptions(Parse(type)));
            var golden = SurvivalGolden.Rows("km_steps.csv").Where(r => r["case"] == @case && r["conf_type"] == type);
            foreach (var group in golden.GroupBy(r => r["group"]))
            {
                var steps = fit.Curve(group.Key).Steps;
                var expected = group.ToList();
                Assert.Equal(expected.Count, steps.Count);
                for (int i = 0; i < steps.Count; i++)
                {
                    var e = expected[i];
                    var s = steps[i];
                    string at = $"{@case} {type} group {group.Key} row {i}";
                    Assert.Equal(int.Parse(e["n_risk"]), s.NRisk);
                    Assert.Equal(int.Parse(e["n_event"]), s.NEvent);
                    Assert.Equal(int.Parse(e["n_censor"]), s.NCensor);
                    foreach (
                        var (name, value) in new[]
                        {
                            ("time", s.Time),
                            ("surv", s.Survival),
                            ("std_err", s.StdErrorLogSurvival),
                            ("std_err_surv", s.StdError),
                            ("lower", s.ConfLow),
                            ("upper", s.ConfHigh),
                            ("cumhaz", s.CumulativeHazard),
                        }
                    )
                    {
                        SurvivalGolden.Close(e[name], value, $"{at} {name}");
                        worst = Math.Max(worst, SurvivalGolden.RelativeError(e[name], value));
                        compared++;
                    }
                }
            }
        }
        output.WriteLine($"{@case}: {compared} values, max relative error {worst:E2}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Medians_restricted_means_and_read_outs_match_survfit(string @case)
    {
        double worst = 0;
        void Check(string expected, double actual, string what) =>
            worst = Math.Max(worst, SurvivalGolden.Close(expected, actual, what));
        var data = Load(@case);
        foreach (var type in ConfTypes)
        {
            var fit = KaplanMeierEstimator.Fit(data, new KaplanMeierOptions(Parse(type)));
            foreach (
                var e in SurvivalGolden.Rows("km_summary.csv").Where(r => r["case"] == @case && r["conf_type"] == type)
            )
            {
                var c = fit.Curve(e["group"]);
                string at = $"{@case} {type} group {e["group"]}";
                Assert.Equal(int.Parse(e["records"]), c.Records);
                Assert.Equal(int.Parse(e["events"]), c.Events);
                Check(e["median"], c.Median.Estimate, at + " median");
                Check(e["lcl"], c.Median.ConfLow, at + " median lcl");
                Check(e["ucl"], c.Median.ConfHigh, at + " median ucl");
                var r = c.RestrictedMean(SurvivalGolden.Number(e["tau"]));
                Check(e["rmean"], r.Estimate, at + " rmean");
                Check(e["se_rmean"], r.StdError, at + " se(rmean)");
            }
            foreach (var e in SurvivalGolden.Rows("km_at.csv").Where(r => r["case"] == @case && r["conf_type"] == type))
            {
                var s = fit.Curve(e["group"]).At(SurvivalGolden.Number(e["time"]));
                string at = $"{@case} {type} group {e["group"]} t={e["time"]}";
                Assert.Equal(int.Parse(e["n_risk"]), s.NRisk);
                Check(e["surv"], s.Survival, at + " surv");
                Check(e["std_err"], s.StdError, at + " std_err");
                Check(e["lower"], s.ConfLow, at + " lower");
                Check(e["upper"], s.ConfHigh, at + " upper");
            }
        }
        output.WriteLine($"{@case}: summaries and read-outs, max relative error {worst:E2}");
    }

    [Theory]
    [InlineData("veteran")]
    [InlineData("ovarian")]
    [InlineData("aml")]
    [InlineData("lung")]
    [InlineData("lung_ecog")]
    [InlineData("half")]
    [InlineData("sim")]
    public void Log_rank_and_rmst_differences_match_survdiff_and_the_survRM2_formula(string @case)
    {
        double worst = 0;
        void Check(string expected, double actual, string what) =>
            worst = Math.Max(worst, SurvivalGolden.Close(expected, actual, what));
        var data = Load(@case);
        var tests = SurvivalGolden
            .Rows("km_tests.csv")
            .Where(r => r["case"] == @case)
            .ToDictionary(r => r["name"], r => r["value"]);
        var plain = SurvivalData.FromFrame(
            SurvivalGolden.Data(@case + ".csv"),
            new SurvivalColumns("time", "event", Group: "group")
        );
        // R drops the rows missing in any column of the case (na.omit) before every analysis.
        plain = plain.Subset([
            .. Enumerable.Range(0, plain.Count).Where(i => data.UsedRowIndices.Contains(plain.UsedRowIndices[i])),
        ]);
        var lr = LogRankTest.Compute(plain);
        Check(tests["logrank_chisq"], lr.ChiSquare, "chisq");
        Check(tests["logrank_df"], lr.Df, "df");
        Check(tests["logrank_p"], lr.PValue, "p");
        int k = lr.Groups.Count;
        for (int a = 0; a < k; a++)
        {
            var g = lr.Groups[a];
            Check(tests["observed:" + g.Group], g.Observed, "O " + g.Group);
            Check(tests["expected:" + g.Group], g.Expected, "E " + g.Group);
            for (int b = 0; b < k; b++)
            {
                Check(tests[$"var:{g.Group}:{lr.Groups[b].Group}"], lr.Variance[a * k + b], $"V {a},{b}");
            }
        }
        if (tests.TryGetValue("strat_logrank_chisq", out var stratChi))
        {
            var st = LogRankTest.Compute(data);
            Check(stratChi, st.ChiSquare, "stratified chisq");
            Check(tests["strat_logrank_p"], st.PValue, "stratified p");
            foreach (var g in st.Groups)
            {
                Check(tests["strat_observed:" + g.Group], g.Observed, "stratified O");
                Check(tests["strat_expected:" + g.Group], g.Expected, "stratified E");
            }
        }
        double tau = SurvivalGolden.Number(SurvivalGolden.Rows("km_summary.csv").First(r => r["case"] == @case)["tau"]);
        var fit = KaplanMeierEstimator.Fit(plain);
        var diffs = fit.RestrictedMeanDifferences(tau);
        Assert.Equal(k - 1, diffs.Count);
        for (int a = 1; a < k; a++)
        {
            string g = fit.Curves[a].Group;
            Check(tests["rmst_diff:" + g], diffs[a - 1].Estimate, "rmst diff " + g);
            Check(tests["rmst_diff_se:" + g], diffs[a - 1].StdError, "rmst diff se " + g);
        }
        output.WriteLine($"{@case}: log-rank and RMST differences, max relative error {worst:E2}");
    }
}
