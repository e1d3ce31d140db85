using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Survival.KaplanMeier;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Kaplan–Meier, log-rank and RMST on data small enough to check by hand.</summary>
public class KaplanMeierTests
{
    // Times 1, 2, 2+, 3, 4 (+ = censored).
    private static readonly SurvivalData Five = SurvivalData.Create([1, 2, 2, 3, 4], [true, true, false, true, true]);

    [Fact]
    public void Product_limit_greenwood_and_ties_by_hand()
    {
        var c = Assert.Single(KaplanMeierEstimator.Fit(Five).Curves);
        Assert.Equal([5, 4, 2, 1], c.Steps.Select(s => s.NRisk)); // the censored 2 is at risk at 2
        Assert.Equal([1, 1, 1, 1], c.Steps.Select(s => s.NEvent));
        Assert.Equal([0, 1, 0, 0], c.Steps.Select(s => s.NCensor));
        var expected = new[] { 0.8, 0.6, 0.3, 0.0 };
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], c.Steps[i].Survival, 15);
        }
        // Greenwood: σ²(2) = 1/(5·4) + 1/(4·3) = 2/15.
        Assert.Equal(Math.Sqrt(2.0 / 15), c.Steps[1].StdErrorLogSurvival, 15);
        Assert.Equal(0.6 * Math.Sqrt(2.0 / 15), c.Steps[1].StdError, 15);
        // d = n at time 4: S = 0, σ = ∞, no interval (R: std.err Inf, lower/upper NA).
        Assert.True(double.IsPositiveInfinity(c.Steps[3].StdErrorLogSurvival));
        Assert.True(double.IsNaN(c.Steps[3].ConfLow) && double.IsNaN(c.Steps[3].ConfHigh));
        Assert.Equal(3, c.Median.Estimate); // first S ≤ ½
    }

    [Fact]
    public void Restricted_mean_and_its_standard_error_by_hand()
    {
        var r = KaplanMeierEstimator.Fit(Five).Curves[0].RestrictedMean(3);
        // Area 1·1 + 1·0.8 + 1·0.6; A(1) = 1.4, A(2) = 0.6, A(3) = 0: var = 1.4²/20 + 0.6²/12.
        Assert.Equal(2.4, r.Estimate, 14);
        Assert.Equal(Math.Sqrt(1.96 / 20 + 0.36 / 12), r.StdError, 14);
    }

    [Fact]
    public void Median_on_a_flat_half_is_the_midpoint_to_the_next_drop()
    {
        var d = SurvivalData.Create([1, 2, 3, 4], [true, true, true, true]);
        Assert.Equal(2.5, KaplanMeierEstimator.Fit(d).Curves[0].Median.Estimate);
    }

    [Fact]
    public void Log_rank_by_hand()
    {
        // a: 1, 3; b: 2, 4 (all events). E_a = 1/2 + 1/3 + 1/2, V = 1/4 + 2/9 + 1/4; χ² = (2 − E_a)²/V = 8/13.
        var d = SurvivalData.Create([1, 3, 2, 4], [true, true, true, true], groups: ["a", "a", "b", "b"]);
        var lr = LogRankTest.Compute(d);
        Assert.Equal(4.0 / 3, lr.Groups[0].Expected, 14);
        Assert.Equal(2, lr.Groups[0].Observed);
        Assert.Equal(8.0 / 13, lr.ChiSquare, 14);
        Assert.Equal(1, lr.Df);
        Assert.Equal("log_rank", lr.ToTidy().Term);
    }

    [Fact]
    public void Between_group_contrasts_are_later_groups_minus_the_first()
    {
        var d = SurvivalData.Create(
            [1, 2, 3, 4, 5, 2, 4, 6, 8, 10],
            [true, true, true, true, true, true, true, true, true, false],
            groups:
            [
                "control",
                "control",
                "control",
                "control",
                "control",
                "treatment",
                "treatment",
                "treatment",
                "treatment",
                "treatment",
            ]
        );
        var fit = KaplanMeierEstimator.Fit(d);
        var diff = Assert.Single(fit.RestrictedMeanDifferences(4));
        Assert.Equal("rmst(4): treatment - control", diff.Term);
        var c = fit.Curve("control").RestrictedMean(4);
        var t = fit.Curve("treatment").RestrictedMean(4);
        Assert.Equal(t.Estimate - c.Estimate, diff.Estimate, 14);
        Assert.Equal(Math.Sqrt(t.StdError * t.StdError + c.StdError * c.StdError), diff.StdError, 14);
        var s = Assert.Single(fit.SurvivalDifferences(3));
        Assert.Equal(fit.Curve("treatment").At(3).Survival - fit.Curve("control").At(3).Survival, s.Estimate, 14);
        Assert.Equal(double.PositiveInfinity, s.Df);
    }

    [Fact]
    public void Read_outs_before_the_first_and_after_the_last_time_follow_summary_survfit()
    {
        var c = KaplanMeierEstimator.Fit(SurvivalData.Create([2, 3, 5], [true, false, false])).Curves[0];
        var before = c.At(1);
        Assert.Equal(
            (3, 1.0, 0.0, 1.0, 1.0),
            (before.NRisk, before.Survival, before.StdError, before.ConfLow, before.ConfHigh)
        );
        Assert.Equal(2, c.At(2.5).NRisk); // n at risk of the next time
        Assert.True(double.IsNaN(c.At(6).Survival)); // beyond the last observation of a curve above 0
    }

    [Fact]
    public void Small_cells_are_suppressed_in_tables_and_cut_from_figure_curves()
    {
        var fit = KaplanMeierEstimator.Fit(Five);
        var table = fit.ToResultTable(minCell: 3);
        Assert.Equal(
            [false, false, true, true],
            Enumerable.Range(0, table.RowCount).Select(i => (bool)table[i, "suppressed"]!)
        );
        Assert.Null(table[2, "survival"]);
        Assert.Null(table[3, "n_event"]);
        var curve = Assert.Single(fit.ToFigureCurves([0, 2, 4], minCell: 3));
        Assert.Equal([1.0, 2.0], curve.Times);
        Assert.Equal([5, 4, 1], curve.AtRisk!);
        var summary = fit.SummaryTable(3, 2, minCell: 6);
        Assert.True((bool)summary[0, "suppressed"]!);
        Assert.Null(summary[0, "median"]);
    }

    [Fact]
    public void Figure_curves_put_treatment_first()
    {
        var d = SurvivalData.Create(
            [1, 2, 3, 4],
            [true, true, true, true],
            groups: ["control", "control", "treatment", "treatment"]
        );
        var curves = KaplanMeierEstimator.Fit(d).ToFigureCurves([0], minCell: 1);
        Assert.Equal(["treatment", "control"], curves.Select(c => c.Label));
    }

    [Fact]
    public void Log_rank_needs_two_groups_and_right_censored_data()
    {
        Assert.Throws<InputException>(() => LogRankTest.Compute(Five));
        var entry = SurvivalData.Create([2, 3], [true, true], entry: [0, 1], groups: ["a", "b"]);
        Assert.Throws<InputException>(() => LogRankTest.Compute(entry));
    }

    private static Gen<(double[] Time, bool[] Event, string[] Group)> Samples() =>
        from n in Gen.Choose(1, 40)
        from times in Gen.Choose(0, 12).ArrayOf(n)
        from events in Gen.Elements(true, false).ArrayOf(n)
        from groups in Gen.Elements("a", "b").ArrayOf(n)
        select (times.Select(t => (double)t).ToArray(), events, groups);

    [Fact]
    public void Property_survival_is_non_increasing_in_unit_interval_and_inside_its_interval()
    {
        Prop.ForAll(
                Samples().ToArbitrary(),
                s =>
                {
                    bool ok = true;
                    foreach (var type in Enum.GetValues<KaplanMeierConfidence>())
                    {
                        var fit = KaplanMeierEstimator.Fit(
                            SurvivalData.Create(s.Time, s.Event, groups: s.Group),
                            new KaplanMeierOptions(type)
                        );
                        foreach (var c in fit.Curves)
                        {
                            double prev = 1;
                            foreach (var st in c.Steps)
                            {
                                ok &= st.Survival <= prev && st.Survival >= 0 && st.Survival <= 1;
                                ok &=
                                    double.IsNaN(st.ConfLow) || (st.ConfLow <= st.Survival + 1e-12 && st.ConfLow >= 0);
                                ok &=
                                    double.IsNaN(st.ConfHigh)
                                    || (st.ConfHigh >= st.Survival - 1e-12 && st.ConfHigh <= 1);
                                prev = st.Survival;
                            }
                            ok &= c.Steps.Sum(x => x.NEvent + x.NCensor) == c.Records;
                        }
                    }
                    return ok;
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_results_do_not_depend_on_row_order()
    {
        var gen = from s in Samples() from seed in Gen.Choose(0, int.MaxValue) select (s, seed);
        Prop.ForAll(
                gen.ToArbitrary(),
                x =>
                {
                    var (s, seed) = x;
                    var rng = new Random(seed);
                    int[] perm = [.. Enumerable.Range(0, s.Time.Length).OrderBy(_ => rng.Next())];
                    var a = SurvivalData.Create(s.Time, s.Event, groups: s.Group);
                    var b = SurvivalData.Create(
                        [.. perm.Select(i => s.Time[i])],
                        [.. perm.Select(i => s.Event[i])],
                        groups: [.. perm.Select(i => s.Group[i])]
                    );
                    var fa = KaplanMeierEstimator.Fit(a);
                    var fb = KaplanMeierEstimator.Fit(b);
                    bool same =
                        fa.Curves.Count == fb.Curves.Count
                        && fa.Curves.Zip(fb.Curves).All(p => p.First.Steps.SequenceEqual(p.Second.Steps));
                    if (fa.Curves.Count == 2)
                    {
                        same &=
                            LogRankTest.Compute(a).ChiSquare.Equals(LogRankTest.Compute(b).ChiSquare)
                            || Math.Abs(LogRankTest.Compute(a).ChiSquare - LogRankTest.Compute(b).ChiSquare) < 1e-12;
                    }
                    return same;
                }
            )
            .QuickCheckThrowOnFailure();
    }
}
