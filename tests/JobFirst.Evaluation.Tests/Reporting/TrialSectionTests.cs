using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Survival.DiscreteTime;
using JobFirst.Evaluation.Survival.KaplanMeier;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Tests.Reporting;

/// <summary>
/// The demo spec's trial sections, as written by the report (CSV read back), against direct library calls on the same
/// files: the report adds suppression and captions, never different numbers.
/// </summary>
public class TrialSectionTests(SimulatedReportFixture fixture) : IClassFixture<SimulatedReportFixture>
{
    private static readonly string[] EffectOutcomes = ["hours", "employed", "active13"];

    private Study LoadStudy() => Study.Load(StudyFiles.InDirectory(fixture.Data));

    private DataFrame Table(string name) =>
        DataFrameReader.ReadCsv(Path.Combine(fixture.First, "tables", name + ".csv"));

    private static void Close(double expected, double actual, double tolerance = 1e-12) =>
        Assert.True(
            (!double.IsFinite(expected) && double.IsNaN(actual))
                || Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"expected {expected:R}, got {actual:R}"
        );

    [Fact]
    public void Stability_rows_are_the_cox_headline_and_the_cloglog_check_on_the_same_spells()
    {
        Assert.True(fixture.FirstRun.ExitCode == 0, fixture.FirstRun.Stderr);
        var study = LoadStudy();
        var effect = study.LosingHoursHazard();
        var table = Table("stability");
        Assert.Equal("cox", table["model"].TextAt(0));
        Assert.Equal("discrete_time_cloglog", table["model"].TextAt(1));
        Close(effect.HazardRatio!.Estimate, table["hazard_ratio"].Numbers[0]);
        Close(effect.HazardRatio.ConfLow, table["hr_conf_low"].Numbers[0]);
        Close(effect.LessLikely!.Estimate, table["less_likely_pct"].Numbers[0]);
        Assert.Equal(effect.Spells, (int)table["spells"].Numbers[0]);
        var spells = SpellExtractor.Extract(study).WithoutOngoingAtEntry();
        var cloglog = DiscreteTimeHazard.Fit(spells).Ratio("treatment");
        Close(cloglog.Ratio, table["hazard_ratio"].Numbers[1]);
        Close(cloglog.ConfHigh, table["hr_conf_high"].Numbers[1]);
        string md = File.ReadAllText(Path.Combine(fixture.First, "report.md"));
        Assert.Contains("less likely than controls to leave them in a given week", md, StringComparison.Ordinal);
        Assert.Contains(
            "coxph(Surv(time, event) ~ treatment, ties = \"efron\", cluster = key)",
            md,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Kaplan_meier_summary_is_survfit_on_each_persons_first_spell()
    {
        var spells = SpellExtractor.Extract(LoadStudy()).WithoutOngoingAtEntry().FirstSpells();
        var fit = KaplanMeierEstimator.Fit(spells.ToSurvivalData("arm"));
        var table = Table("kaplan_meier-summary");
        for (int r = 0; r < table.RowCount; r++)
        {
            var curve = fit.Curve(table["arm"].TextAt(r)!);
            Assert.Equal(curve.Records, (int)table["records"].Numbers[r]);
            Assert.Equal(curve.Records, (int)table["persons"].Numbers[r]); // first spells: one per person
            double tau = table["rmst_tau"].Numbers[r];
            Assert.True(tau <= 52);
            Close(curve.RestrictedMean(tau).Estimate, table["rmst"].Numbers[r]);
            if (!table["median"].IsMissing(r))
            {
                Close(curve.Median.Estimate, table["median"].Numbers[r]);
            }
        }
        var tests = Table("kaplan_meier-tests");
        Close(LogRankTest.Compute(spells.ToSurvivalData("arm")).ChiSquare, tests["statistic"].Numbers[0]);
    }

    [Fact]
    public void Effects_table_is_study_effects_with_the_reports_band_seed()
    {
        var study = LoadStudy();
        long seed = ReportContext.DeriveSeed(20170501, "effects");
        var direct = study.Effects(
            [WeeklyIndicator.Hours, WeeklyIndicator.Employed, WeeklyIndicator.Active13],
            new WeekRange(1, 78),
            Population.Available,
            new WeeklyEffectOptions { Band = new SimultaneousBandOptions(Seed: (ulong)seed) }
        );
        var table = Table("effects");
        int checkedRows = 0;
        for (int r = 0; r < table.RowCount; r++)
        {
            var e = direct[Array.IndexOf(EffectOutcomes, table["outcome"].TextAt(r))];
            int k = (int)table["week"].Numbers[r] - 1;
            if (table["estimate"].IsMissing(r))
            {
                continue;
            }
            var w = e.Effects[k].Result!;
            Close(w.Estimate, table["estimate"].Numbers[r]);
            Close(w.StdError, table["std_error"].Numbers[r]);
            Close(w.Df, table["df"].Numbers[r]);
            if (!table["band_low"].IsMissing(r))
            {
                Close(e.Band!.Low[k], table["band_low"].Numbers[r]);
            }
            checkedRows++;
        }
        Assert.True(checkedRows > 100, checkedRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var windows = Table("effects-windows");
        var hours = study.WindowEffects([WeeklyIndicator.Hours], WindowSpec.Parse("27:78:mean"))[0];
        if (!windows["estimate"].IsMissing(0))
        {
            Close(hours.Comparison.Result!.Estimate, windows["estimate"].Numbers[0]);
        }
    }

    [Fact]
    public void Adjusted_effects_are_study_effects_with_lin_2013()
    {
        var direct = LoadStudy()
            .Effects(
                [WeeklyIndicator.Employed],
                new WeekRange(1, 78),
                Population.Available,
                new WeeklyEffectOptions
                {
                    Estimator = JobFirst.Evaluation.Estimators.Adjusted.EffectEstimator.Lin,
                    Covariates = ["target_group", "gender", "history_weeks_employed", "history_weeks_self_supporting"],
                }
            )[0];
        var table = Table("effects_adjusted");
        int compared = 0;
        for (int r = 0; r < table.RowCount; r++)
        {
            if (!table["estimate"].IsMissing(r))
            {
                var w = direct.Effects[(int)table["week"].Numbers[r] - 1].Inference!;
                Close(w.Estimate, table["estimate"].Numbers[r]);
                Close(w.StdError, table["std_error"].Numbers[r]);
                compared++;
            }
        }
        Assert.True(compared > 50);
        Assert.Contains(
            "covariate-adjusted as Lin (2013)",
            File.ReadAllText(Path.Combine(fixture.First, "report.md")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Effects_never_show_a_share_or_count_resting_on_fewer_than_min_cell_persons()
    {
        var table = Table("effects");
        for (int r = 0; r < table.RowCount; r++)
        {
            foreach (var (n, mean) in new[] { ("n_treated", "mean_treated"), ("n_control", "mean_control") })
            {
                if (table[n].IsMissing(r))
                {
                    continue;
                }
                double count = table[n].Numbers[r];
                Assert.True(count is 0 or >= 5, $"row {r}: {n} = {count}");
                if (table["outcome"].TextAt(r) != "hours" && !table[mean].IsMissing(r))
                {
                    double k = Math.Round(table[mean].Numbers[r] * count);
                    Assert.True(k is 0 or >= 5 && count - k is 0 or >= 5, $"row {r}: {mean} rests on {k} of {count}");
                }
            }
        }
    }

    [Fact]
    public void Hours_distribution_is_study_hours_distribution_with_its_chi_square_test()
    {
        var direct = LoadStudy().HoursDistribution(35, HourBands.Standard, Population.Available, 5);
        var table = Table("hours_distribution");
        for (int r = 0; r < table.RowCount; r++)
        {
            var cell = direct.Cells[r];
            Assert.Equal(cell.Band, table["band"].TextAt(r));
            Assert.Equal(cell.Arm, table["arm"].TextAt(r));
            Assert.Equal(cell.Suppressed, table["suppressed"].TextAt(r) == "true");
            if (cell.Share is { } share)
            {
                Close(share, table["share"].Numbers[r]);
            }
        }
        if (direct.Test is { } t)
        {
            string md = File.ReadAllText(Path.Combine(fixture.First, "report.md"));
            Assert.Contains("Pearson χ² test of equal distributions", md, StringComparison.Ordinal);
            Assert.Contains("chisq.test(table(arm, band), correct = FALSE)", md, StringComparison.Ordinal);
            Assert.True(t.Df >= 1);
        }
    }

    [Fact]
    public void Site_effects_and_meta_analysis_are_study_sites()
    {
        var analysis = LoadStudy()
            .Sites(
                WeeklyIndicator.Employed,
                WindowSpec.Parse("66:78:mean"),
                SiteTableReader.Read(Path.Combine(fixture.Data, "sites.csv")),
                new SiteAnalysisOptions { Traits = ["caseload", "control_success_rate", "internship_share"] }
            );
        var sites = Table("sites");
        Assert.Equal(analysis.Sites.Count, sites.RowCount);
        for (int r = 0; r < sites.RowCount; r++)
        {
            if (analysis.Sites[r].Result is { } result && !sites["estimate"].IsMissing(r))
            {
                Close(result.Estimate, sites["estimate"].Numbers[r]);
                Close(analysis.Sites[r].Blup!.Prediction, sites["eb_estimate"].Numbers[r]);
            }
        }
        var heterogeneity = Table("sites-heterogeneity");
        Close(analysis.FixedEffect.QE, heterogeneity["q"].Numbers[0]);
        Close(analysis.RandomEffects.Tau2, heterogeneity["tau2"].Numbers[1]);
        var meta = Table("sites-meta_regression");
        var slope = analysis
            .Regressions.First(x => x.Trait == "caseload" && x.Fit.Method == MetaMethod.Reml)
            .Fit.Coefficients[1];
        int row = Enumerable
            .Range(0, meta.RowCount)
            .First(i =>
                meta["trait"].TextAt(i) == "caseload"
                && meta["method"].TextAt(i) == "REML"
                && meta["term"].TextAt(i) == "caseload"
            );
        Close(slope.Estimate, meta["estimate"].Numbers[row]);
    }

    [Fact]
    public void Captions_state_conventions_and_the_reference_software()
    {
        string md = File.ReadAllText(Path.Combine(fixture.First, "report.md"));
        foreach (
            var phrase in new[]
            {
                "Welch–Satterthwaite df",
                "estimatr::difference_in_means",
                "sup-t band",
                "metafor::rma",
                "cobalt::bal.tab",
                "R survfit(Surv(time, event) ~ arm)",
                "survRM2::rmst2",
                "Cochran's Q",
            }
        )
        {
            Assert.Contains(phrase, md, StringComparison.Ordinal);
        }
    }
}
