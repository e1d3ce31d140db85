using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Tests.Figures;

/// <summary>One seeded, realistic input per builder (JobFirst-like curves), shared by the figure tests.</summary>
internal static class FigureSamples
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "weekly-level",
        "weekly-hours",
        "effect",
        "hours-distribution",
        "persons-followed",
        "forest",
        "balance",
        "kaplan-meier",
        "site-meta-regression",
        "funnel",
        "flow",
        "unit-bars",
        "unit-bars-ranked",
        "period-share",
    ];

    public static Figure Build(string name, FigureLanguage language = FigureLanguage.English)
    {
        var o = new FigureOptions { Language = language };
        return name switch
        {
            "weekly-level" => WeeklyLevelFigure.Build(
                Internship(),
                o with
                {
                    Title = "Share in company internship by week",
                }
            ),
            "weekly-hours" => WeeklyLevelFigure.Build(
                Hours(),
                o with
                {
                    Title = "Mean ordinary hours by week",
                    Scale = ValueScale.Number,
                }
            ),
            "effect" => EffectFigure.Build(
                Thirteen(),
                ThirteenEffect(),
                o with
                {
                    Title = "13 weeks of continuous company-oriented activity",
                }
            ),
            "hours-distribution" => HoursDistributionFigure.Build(
                Distribution(),
                o with
                {
                    Title = "Ordinary hours in week 35 among persons with hours",
                }
            ),
            "persons-followed" => PersonsFollowedFigure.Build(
                Followed(),
                o with
                {
                    Title = "Persons followed per week",
                }
            ),
            "forest" => ForestPlotFigure.Build(
                Forest(),
                new ForestRow("", 0.062, 0.041, 0.083, 4856),
                o with
                {
                    Title = "Effect on ordinary hours > 0 at week 35 by subgroup",
                }
            ),
            "balance" => BalancePlotFigure.Build(Balance(), o with { Title = "Covariate balance at randomisation" }),
            "kaplan-meier" => KaplanMeierFigure.Build(
                KaplanMeier(out var times),
                times,
                o with
                {
                    Title = "Staying in ordinary-hours spells",
                }
            ),
            "site-meta-regression" => SiteMetaRegressionFigure.Build(
                Sites(),
                new MetaRegressionLine(0.21, -0.9),
                o with
                {
                    Title = "Jobcentre effect and control-group success rate",
                    AxisLabel = "Control-group success rate",
                }
            ),
            "funnel" => ScreeningFunnelFigure.Build(
                Funnel(),
                o with
                {
                    Title = "Screening funnel",
                    Scale = ValueScale.Number,
                }
            ),
            "flow" => FlowDiagramFigure.Build(Flow(), o with { Title = "Linkage of roster and register data" }),
            "unit-bars" => UnitBarsFigure.Build(
                UnitBars(11),
                0.485,
                "All municipalities (48.5%)",
                o with
                {
                    Title = "Share reaching a first outcome per municipality",
                    ValueLabel = "Share with employment, education or flexjob",
                }
            ),
            "unit-bars-ranked" => UnitBarsFigure.Build(
                UnitBars(88),
                0.4,
                "Requirement (40%)",
                o with
                {
                    Title = "Result requirement: best 3-month window per municipality",
                    AxisLabel = "Municipalities, ranked by share",
                    ValueLabel = "Share in the statuses",
                }
            ),
            "period-share" => PeriodShareFigure.Build(
                ["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4"],
                [0.44, 0.6, 0.61, 0.6, double.NaN, 0.59, 0.59, 0.6],
                [0.09, 0.2, 0.23, 0.2, 0.15, 0.21, 0.15, 0.2],
                [0.65, 0.83, 0.86, 0.78, 0.82, 0.81, 0.81, 0.83],
                0.4,
                ("All municipalities", "Range across municipalities", "Requirement (40%)"),
                o with
                {
                    Title = "Share in activity, education or paid hours by quarter",
                    AxisLabel = "Quarter",
                }
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown sample"),
        };
    }

    private static int[] Weeks(int n) => [.. Enumerable.Range(1, n)];

    public static WeeklyArmSeries Internship()
    {
        var w = Weeks(44);
        double[] t = [.. w.Select(k => 0.13 + 0.22 * Math.Exp(-Math.Pow((k - 25) / 11.0, 2)) + 0.01 * Math.Sin(k))];
        double[] c = [.. w.Select(k => 0.14 + 0.015 * Math.Cos(k * 0.7))];
        int[] tn = [.. w.Select(k => k <= 41 ? 2000 - 30 * k : 3)];
        return new WeeklyArmSeries(w, t, c, tn, tn);
    }

    public static WeeklyArmSeries Hours()
    {
        var w = Weeks(44);
        return new WeeklyArmSeries(
            w,
            [.. w.Select(k => 0.5 + 1.6 * k / 44.0)],
            [.. w.Select(k => 0.5 + 0.8 * k / 44.0)]
        );
    }

    public static WeeklyArmSeries Thirteen()
    {
        var w = Weeks(44);
        return new WeeklyArmSeries(
            w,
            [.. w.Select(k => k < 13 ? 0.0 : 0.52 * (1 - Math.Exp(-(k - 12) / 12.0)))],
            [.. w.Select(k => k < 13 ? 0.0 : 0.21 * (1 - Math.Exp(-(k - 12) / 12.0)))]
        );
    }

    public static EffectSeries ThirteenEffect()
    {
        var w = Weeks(44);
        double[] est = [.. w.Select(k => k < 13 ? 0.0 : 0.31 * (1 - Math.Exp(-(k - 12) / 12.0)))];
        double[] se = [.. w.Select(k => 0.012 + 0.0006 * k)];
        return new EffectSeries(
            w,
            est,
            [.. est.Select((e, i) => e - 1.96 * se[i])],
            [.. est.Select((e, i) => e + 1.96 * se[i])],
            [.. est.Select((e, i) => e - 3.1 * se[i])],
            [.. est.Select((e, i) => e + 3.1 * se[i])]
        );
    }

    public static HoursDistribution Distribution() =>
        new(
            35,
            ["0-5", "5-10", "10-15", "15-20", "20-30", "30-37", "37+"],
            [0.31, 0.22, 0.14, 0.11, 0.12, 0.06, 0.04],
            [0.36, 0.2, 0.15, 0.1, 0.09, 0.07, 0.03],
            [60, 42, 27, 21, 23, 12, 8],
            [40, 22, 17, 11, 10, 8, 3]
        );

    public static PersonsFollowedSeries Followed()
    {
        var w = Weeks(44);
        return new PersonsFollowedSeries(
            w,
            [.. w.Select(k => k <= 30 ? 2400 - 13 * k : Math.Max(3, 2010 - 110 * (k - 30)))],
            [.. w.Select(k => k <= 30 ? 2440 - 13 * k : Math.Max(2, 2050 - 112 * (k - 30)))]
        );
    }

    public static IReadOnlyList<ForestRow> Forest() =>
        [
            new("Cash benefit", 0.071, 0.046, 0.096, 3727),
            new("Resource course", 0.018, -0.021, 0.057, 1129),
            new("Women", 0.058, 0.029, 0.087, 2380),
            new("Men", 0.066, 0.037, 0.095, 2476),
            new("Age < 30", 0.081, 0.038, 0.124, 1010),
            new("Immigrants & descendants", 0.049, 0.006, 0.092, 1240),
            new("Tiny group", 0.2, 0.1, 0.3, 3),
        ];

    /// <summary>Units M01.. with a smooth spread of shares; the fourth is a suppressed small unit.</summary>
    public static IReadOnlyList<UnitBar> UnitBars(int n) =>
        [
            .. Enumerable
                .Range(1, n)
                .Select(i => new UnitBar($"M{i:00}", 0.3 + 0.3 * Math.Abs(Math.Sin(i * 1.7)), i == 4 ? 3 : 40 + i)),
        ];

    public static IReadOnlyList<BalanceRow> Balance() =>
        [
            new("Female", 0.012),
            new("Age", -0.034),
            new("Immigrant", 0.051),
            new("Descendant", -0.008),
            new("Resource course", 0.004),
            new("Weeks employed, 3 years", 0.072),
            new("Weeks self-supporting, 3 years", -0.118),
            new("Weeks sick, 3 years", 0.027),
        ];

    public static IReadOnlyList<KaplanMeierCurve> KaplanMeier(out IReadOnlyList<double> atRiskTimes)
    {
        double[] times = [.. Enumerable.Range(1, 40).Select(k => (double)k)];
        double[] st = [.. times.Select(t => Math.Exp(-t / 38.0))];
        double[] sc = [.. times.Select(t => Math.Exp(-t / 26.0))];
        atRiskTimes = [0, 10, 20, 30, 40];
        return
        [
            new(
                "Treatment",
                times,
                st,
                [.. st.Select((s, i) => s - 0.002 * (i + 5))],
                [.. st.Select((s, i) => Math.Min(1, s + 0.002 * (i + 5)))],
                [312, 241, 160, 72, 4]
            ),
            new(
                "Control",
                times,
                sc,
                [.. sc.Select((s, i) => s - 0.003 * (i + 5))],
                [.. sc.Select((s, i) => Math.Min(1, s + 0.003 * (i + 5)))],
                [188, 121, 70, 29, 0]
            ),
        ];
    }

    public static IReadOnlyList<SitePoint> Sites() =>
        [
            .. Enumerable
                .Range(0, 15)
                .Select(i =>
                {
                    double trait = 0.06 + 0.01 * i;
                    double effect = 0.21 - 0.9 * trait + 0.03 * Math.Sin(3 * i);
                    return new SitePoint(
                        "JC " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        trait,
                        effect,
                        effect - 0.05,
                        effect + 0.05,
                        300
                    );
                }),
        ];

    public static IReadOnlyList<FunnelStage> Funnel() =>
        [
            new("Referred", 2510),
            new("Screened", 1830),
            new("Eligible", 1290),
            new("Visited", 1017),
            new("Employment or education", 475),
        ];

    public static IReadOnlyList<FlowStep> Flow() =>
        [
            new("Trial roster", 4856, "withdrew consent or duplicate", 17),
            new("Matched in DREAM", 4839, "visitation after extract end", 3),
            new("Analysed", 4836),
        ];
}
