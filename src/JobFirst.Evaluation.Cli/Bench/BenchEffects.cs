using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// The benchmark's weekly-effects and balance stages (bench/SPEC.md 4 and 6) through the library's estimators:
/// per week <c>estimatr::difference_in_means</c> (Neyman SE, Welch–Satterthwaite df, t interval; here with at least 2
/// persons per arm, as the SPEC says) either from <see cref="WeeklyOutcomeMoments"/> through
/// <see cref="DifferenceInMeans.FromMoments"/> (the pipeline, and the partitioned run's merged moments) or through
/// the study-level <see cref="Study.Effects"/> (shown alongside); and <see cref="BalanceEstimator"/> (means,
/// SMD = difference / √((s₁² + s₀²)/2), Welch t; all six covariates numeric, so 0/1 ones get a Welch test too).
/// </summary>
internal static class BenchEffects
{
    private static readonly WeeklyEffectOptions Options = new() { MinCell = 2 };

    public static IReadOnlyList<BenchEffectRow> Weekly(Study study) =>
        [
            .. study
                .Effects(BenchPipeline.Outcomes, new WeekRange(1, BenchPipeline.FollowUpWeeks), options: Options)
                .SelectMany(o =>
                    o.Effects.Where(e => e.Result is not null).Select(e => Row(o.Outcome, e.Week, e.Result!))
                ),
        ];

    /// <summary>The same rows from moments (a partitioned run's merged partial results).</summary>
    public static IReadOnlyList<BenchEffectRow> Weekly(WeeklyOutcomeMoments moments)
    {
        var rows = new List<BenchEffectRow>();
        foreach (var outcome in moments.Outcomes)
        {
            for (int k = 1; k <= moments.Weeks; k++)
            {
                var t = Arm(moments, outcome, k, Roster.Arm.Treatment);
                var c = Arm(moments, outcome, k, Roster.Arm.Control);
                if (t.Count >= Options.MinCell && c.Count >= Options.MinCell)
                {
                    rows.Add(Row(outcome.ToName(), k, DifferenceInMeans.FromMoments(t, c)));
                }
            }
        }
        return rows;
    }

    public static IReadOnlyList<BenchBalanceRow> Balance(BenchCovariates c)
    {
        var treated = c.Treatment.Select(t => t == 1).ToArray();
        BalanceCovariate[] covariates =
        [
            BalanceCovariate.Numeric("female", c.Female),
            BalanceCovariate.Numeric("age", c.Age),
            BalanceCovariate.Numeric("resource_course", c.ResourceCourse),
            BalanceCovariate.Numeric("hist_employed", c.HistEmployed),
            BalanceCovariate.Numeric("hist_self_support", c.HistSelfSupport),
            BalanceCovariate.Numeric("hist_sick", c.HistSick),
        ];
        var result = BalanceEstimator.Compute(treated, covariates, omnibus: false);
        return
        [
            .. result.Rows.Select(r => new BenchBalanceRow(
                r.Covariate,
                r.MeanTreated ?? double.NaN,
                r.MeanControl ?? double.NaN,
                r.Difference ?? double.NaN,
                r.Smd ?? double.NaN,
                r.PValue ?? double.NaN
            )),
        ];
    }

    private static BenchEffectRow Row(string outcome, int week, DifferenceInMeansResult r) =>
        new(
            outcome,
            week,
            r.NTreated,
            r.NControl,
            r.MeanTreated,
            r.MeanControl,
            r.Estimate,
            r.StdError,
            r.Df,
            r.ConfLow,
            r.ConfHigh
        );

    // Σx, Σx² → Welford's (n, mean, M2) that the estimator takes.
    private static ArmMoments Arm(WeeklyOutcomeMoments m, WeeklyIndicator outcome, int week, Roster.Arm arm)
    {
        long n = m.Count(week, arm);
        if (n == 0)
        {
            return ArmMoments.Empty;
        }
        double sum = m.Sum(outcome, week, arm);
        double mean = sum / n;
        return new ArmMoments(n, mean, Math.Max(0, m.SumOfSquares(outcome, week, arm) - sum * mean));
    }
}
