using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Sites;
using static JobFirst.Evaluation.Tests.StudyEffects.StudyEffectsGolden;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// The study-level analyses on the simulated JobFirst study (files → readers → panel → estimators) against R on the same
/// panel (Golden/StudyEffects/effects.R): estimatr::difference_in_means per week (standard, blocked by site, clustered),
/// t.test(var.equal = TRUE), normal intervals, window outcomes, subgroup tests (metafor FE Q_M and the HC2 interaction
/// Wald test of lm_robust), metafor::rma/blup/mods on the site effects, t.test/chisq.test/glm LR test for balance, and
/// chisq.test for the hours distribution. Relative tolerance 1e-6.
/// </summary>
public sealed class StudyEffectsGoldenTests(GoldenStudyFixture fixture) : IClassFixture<GoldenStudyFixture>
{
    private static readonly WeeklyIndicator[] Outcomes =
    [
        WeeklyIndicator.Employed,
        WeeklyIndicator.Hours,
        WeeklyIndicator.Internship,
        WeeklyIndicator.Active13,
    ];

    private static readonly WeekRange All = new(1, GoldenStudyFixture.LastWeek);

    private static void CheckDim(string @case, DifferenceInMeansResult r)
    {
        Check(@case, "estimate", r.Estimate, absolute: 1e-12);
        Check(@case, "std_error", r.StdError);
        Check(@case, "statistic", r.Statistic);
        Check(@case, "p_value", r.PValue, absolute: 1e-300);
        Check(@case, "conf_low", r.ConfLow, absolute: 1e-12);
        Check(@case, "conf_high", r.ConfHigh, absolute: 1e-12);
        Check(@case, "df", r.Df);
    }

    private static string Name(WeeklyIndicator i) => i.ToName();

    [Fact]
    public void Weekly_effects_match_estimatr_in_every_estimable_week()
    {
        var effects = fixture.Study.Effects(Outcomes, All);
        int compared = 0;
        foreach (var series in effects)
        {
            foreach (var e in series.Effects)
            {
                string @case = $"weekly/{series.Outcome}/{e.Week}";
                bool estimable = e.Result is { } r && r.StdError > 0;
                Assert.True(estimable == Has(@case, "estimate"), $"{@case}: estimable in C# {estimable}");
                if (!estimable)
                {
                    continue;
                }
                Check(@case, "n_treated", e.NTreated);
                Check(@case, "n_control", e.NControl);
                Check(@case, "mean_treated", e.MeanTreated!.Value);
                Check(@case, "mean_control", e.MeanControl!.Value);
                CheckDim(@case, e.Result!);
                compared++;
            }
        }
        Assert.True(compared > 150, $"only {compared} weeks compared");
    }

    [Fact]
    public void Normal_intervals_and_classical_SEs_match_R()
    {
        var normal = fixture.Study.Effects(
            Outcomes,
            All,
            options: new WeeklyEffectOptions { Interval = IntervalMethod.Normal }
        );
        var classical = fixture.Study.Effects(
            Outcomes,
            All,
            options: new WeeklyEffectOptions { StandardError = DimStandardError.Classical }
        );
        foreach (var (n, c) in normal.Zip(classical))
        {
            foreach (var (en, ec) in n.Effects.Zip(c.Effects))
            {
                string suffix = $"{n.Outcome}/{en.Week}";
                if (!Has("weekly_normal/" + suffix, "p_value"))
                {
                    continue;
                }
                Assert.True(double.IsPositiveInfinity(en.Result!.Df));
                Check("weekly_normal/" + suffix, "p_value", en.Result.PValue, absolute: 1e-300);
                Check("weekly_normal/" + suffix, "conf_low", en.Result.ConfLow, absolute: 1e-12);
                Check("weekly_normal/" + suffix, "conf_high", en.Result.ConfHigh, absolute: 1e-12);
                Check("weekly_classical/" + suffix, "statistic", ec.Result!.Statistic);
                Check("weekly_classical/" + suffix, "df", ec.Result.Df);
                Check("weekly_classical/" + suffix, "p_value", ec.Result.PValue, absolute: 1e-300);
                Check("weekly_classical/" + suffix, "conf_low", ec.Result.ConfLow, absolute: 1e-12);
                Check("weekly_classical/" + suffix, "conf_high", ec.Result.ConfHigh, absolute: 1e-12);
            }
        }
    }

    [Fact]
    public void Blocked_weekly_effects_match_estimatr_with_unestimable_blocks_left_out()
    {
        var effects = fixture.Study.Effects(
            Outcomes,
            All,
            options: new WeeklyEffectOptions { Design = DimDesign.Blocked },
            blocks: "site"
        );
        int compared = 0;
        foreach (var series in effects)
        {
            foreach (var e in series.Effects)
            {
                string @case = $"weekly_blocked/{series.Outcome}/{e.Week}";
                if (!Has(@case, "estimate") || !Has($"weekly/{series.Outcome}/{e.Week}", "estimate"))
                {
                    continue;
                }
                CheckDim(@case, e.Result!);
                int left = (int)Value(@case, "blocks_left_out");
                Assert.Equal(
                    left > 0,
                    e.Note?.StartsWith(left + " block(s) left out", StringComparison.Ordinal) ?? false
                );
                compared++;
            }
        }
        Assert.True(compared > 100, $"only {compared} weeks compared");
    }

    [Fact]
    public void Clustered_weekly_effects_match_estimatr_CR2()
    {
        // A cluster-assigned pseudo-design on the same panel: the odd-numbered jobcentres are "treated".
        var sites = PersonGrouping.FromRoster(fixture.Study.Roster, "site");
        var treated = sites.Codes.Select(c => (c % 2) == 0).ToList(); // levels JC01..JC15 in order: index 0 = JC01
        var effects = PanelWeeklyEffects.Estimate(
            fixture.Study.Panel,
            treated,
            Outcomes,
            All,
            Population.Available,
            new WeeklyEffectOptions { Design = DimDesign.Clustered },
            new DesignCodes(Clusters: sites)
        );
        int compared = 0;
        foreach (var series in effects)
        {
            foreach (var e in series.Effects)
            {
                string @case = $"weekly_clustered/{series.Outcome}/{e.Week}";
                if (Has(@case, "estimate"))
                {
                    CheckDim(@case, e.Result!);
                    compared++;
                }
            }
        }
        Assert.True(compared > 100, $"only {compared} weeks compared");
    }

    public static TheoryData<string> Windows() =>
        ["hours:1:20:mean", "employed:1:20:sum", "employed:1:20:ever", "internship:5:25:mean", "active13:20:30:mean"];

    [Theory]
    [MemberData(nameof(Windows))]
    public void Window_outcomes_match_estimatr_on_per_person_values(string spec)
    {
        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        Assert.True(WeeklyIndicatorNames.TryParse(spec[..colon], out var outcome));
        var window = WindowSpec.Parse(spec[(colon + 1)..]);
        var w = fixture.Study.WindowEffects([outcome], window)[0];
        string @case = "window/" + spec;
        Check(@case, "incomplete_treated", w.IncompleteTreated);
        Check(@case, "incomplete_control", w.IncompleteControl);
        Check(@case, "n_treated", w.Comparison.NTreated);
        Check(@case, "n_control", w.Comparison.NControl);
        Check(@case, "mean_treated", w.Comparison.MeanTreated!.Value);
        CheckDim(@case, w.Comparison.Result!);
        Assert.Equal(3, w.Exclusions["not_in_register"]);
        var blocked = fixture.Study.WindowEffects(
            [outcome],
            window,
            options: new WeeklyEffectOptions { Design = DimDesign.Blocked },
            blocks: "site"
        )[0];
        CheckDim("window_blocked/" + spec, blocked.Comparison.Result!);
    }

    [Theory]
    [InlineData("target_group")]
    [InlineData("gender")]
    [InlineData("age_band")]
    public void Subgroup_effects_and_the_equal_effects_test_match_metafor_and_lm_robust(string by)
    {
        var s = fixture.Study.Subgroups([WeeklyIndicator.Hours], by, window: WindowSpec.Parse("1:20:mean"))[0];
        foreach (var level in s.Window!)
        {
            if (Has($"subgroup/{by}/{level.Level}", "estimate"))
            {
                CheckDim($"subgroup/{by}/{level.Level}", level.Comparison.Result!);
            }
        }
        var t = Assert.Single(s.Tests);
        Check($"subgroup_test/{by}", "q", t.Q);
        Check($"subgroup_test/{by}", "wald_hc2", t.Q);
        Check($"subgroup_test/{by}", "p_value", t.PValue);
        Check($"subgroup_test/{by}", "df", t.Df);
        Assert.NotEmpty(s.ToForestRows());
    }

    [Fact]
    public void Weekly_subgroup_tests_match_metafor()
    {
        var s = fixture.Study.Subgroups([WeeklyIndicator.Active13], "target_group", All)[0];
        foreach (int week in new[] { 20, 30 })
        {
            var t = s.Tests.Single(x => x.Week == week);
            Check($"subgroup_weekly_test/active13/target_group/{week}", "q", t.Q);
            Check($"subgroup_weekly_test/active13/target_group/{week}", "p_value", t.PValue);
        }
    }

    [Theory]
    [InlineData("DL")]
    [InlineData("REML")]
    public void Site_effects_meta_analysis_shrinkage_and_meta_regressions_match_metafor(string method)
    {
        var traits = new[]
        {
            "caseload",
            "control_success_rate",
            "internship_share",
            "control_mean",
            "effect:internship",
        };
        var analysis = fixture.Study.Sites(
            WeeklyIndicator.Employed,
            WindowSpec.Parse("1:20:mean"),
            SiteTableReader.Read(fixture.SitesFile),
            new SiteAnalysisOptions
            {
                Method = method == "DL" ? MetaMethod.DerSimonianLaird : MetaMethod.Reml,
                Traits = traits,
            }
        );
        var inMeta = analysis.Sites.Where(x => x.InMetaAnalysis).ToList();
        foreach (var site in analysis.Sites)
        {
            Assert.Equal(Has($"site/{site.Site}", "estimate"), site.InMetaAnalysis);
        }
        foreach (var site in inMeta)
        {
            Check($"site/{site.Site}", "estimate", site.Result!.Estimate, absolute: 1e-12);
            Check($"site/{site.Site}", "variance", site.Result.StdError * site.Result.StdError);
            Check($"sites_blup/{method}/{site.Site}", "pred", site.Blup!.Prediction);
            Check($"sites_blup/{method}/{site.Site}", "se", site.Blup.PredictionStdError);
        }
        foreach (var (fit, name) in new[] { (analysis.FixedEffect, "FE"), (analysis.RandomEffects, method) })
        {
            Check($"sites/{name}", "estimate", fit.Coefficients[0].Estimate);
            Check($"sites/{name}", "std_error", fit.Coefficients[0].StdError);
            Check($"sites/{name}", "tau2", fit.Tau2, absolute: 1e-12);
            Check($"sites/{name}", "q", fit.QE);
            Check($"sites/{name}", "q_p", fit.QEPValue);
            Check($"sites/{name}", "i2", fit.I2Percent, absolute: 1e-8);
        }
        foreach (var reg in analysis.Regressions)
        {
            string m = MetaRegressionResult.MethodName(reg.Fit.Method);
            string @case = $"sites_mods/{m}/{reg.Trait.Replace(':', '_')}";
            Check(@case, "intercept", reg.Fit.Coefficients[0].Estimate);
            Check(@case, "slope", reg.Fit.Coefficients[1].Estimate);
            Check(@case, "slope_se", reg.Fit.Coefficients[1].StdError);
            Check(@case, "slope_p", reg.Fit.Coefficients[1].PValue);
            Check(@case, "tau2", reg.Fit.Tau2, absolute: 1e-12);
            Check(@case, "qm", reg.Fit.QM);
        }
        Assert.Equal(2 * traits.Length, analysis.Regressions.Count);
        Assert.Equal(inMeta.Count, analysis.ToSitePoints("caseload").Count);
        var line = analysis.ToMetaRegressionLine("caseload");
        Assert.Equal(
            analysis
                .Regressions.First(r => r.Trait == "caseload" && r.Fit.Method != MetaMethod.FixedEffect)
                .Fit.Coefficients[1]
                .Estimate,
            line.Slope
        );
    }

    [Fact]
    public void Balance_table_matches_t_test_chisq_test_and_the_glm_LR_test()
    {
        var balance = fixture.Study.Balance();
        foreach (var row in balance.Rows)
        {
            if (row.Kind == "numeric")
            {
                string @case = $"balance/{row.Covariate}";
                Check(@case, "missing_treated", row.MissingTreated);
                Check(@case, "missing_control", row.MissingControl);
                Check(@case, "mean_treated", row.MeanTreated!.Value);
                Check(@case, "mean_control", row.MeanControl!.Value);
                Check(@case, "sd_treated", row.SdTreated!.Value);
                Check(@case, "sd_control", row.SdControl!.Value);
                Check(@case, "smd", row.Smd!.Value);
                Check(@case, "statistic", row.Statistic!.Value);
                Check(@case, "df", row.Df!.Value);
                Check(@case, "p_value", row.PValue!.Value);
            }
            else
            {
                Check($"balance/{row.Covariate}", "statistic", row.Statistic!.Value);
                Check($"balance/{row.Covariate}", "df", row.Df!.Value);
                Check($"balance/{row.Covariate}", "p_value", row.PValue!.Value);
                if (!row.Suppressed)
                {
                    Check($"balance/{row.Covariate}/{row.Level}", "share_treated", row.MeanTreated!.Value);
                    Check($"balance/{row.Covariate}/{row.Level}", "share_control", row.MeanControl!.Value);
                    Check($"balance/{row.Covariate}/{row.Level}", "smd", row.Smd!.Value, absolute: 1e-12);
                }
            }
        }
        Assert.Equal(2, balance.Omnibus.Count);
        var lr = balance.Omnibus[0];
        Check("balance_omnibus", "lr", lr.Statistic!.Value);
        Check("balance_omnibus", "df", lr.Df!.Value);
        Check("balance_omnibus", "p_value", lr.PValue!.Value);
        Check("balance_omnibus", "rows", lr.Rows);
        Assert.Equal(3, lr.RowsDropped); // the three persons missing from the register lack history covariates
        var f = balance.Omnibus[1];
        Assert.Equal("f", f.Test);
        Check("balance_omnibus", "f", f.Statistic!.Value);
        Check("balance_omnibus", "f_df1", f.Df!.Value);
        Check("balance_omnibus", "f_df2", f.DfDenominator!.Value);
        Check("balance_omnibus", "f_p_value", f.PValue!.Value);
    }

    [Fact]
    public void Hours_distribution_test_matches_chisq_test()
    {
        var t = fixture.Study.HoursDistribution(20).Test!;
        Check("hours_distribution/20", "statistic", t.Statistic);
        Check("hours_distribution/20", "df", t.Df);
        Check("hours_distribution/20", "p_value", t.PValue);
    }
}
