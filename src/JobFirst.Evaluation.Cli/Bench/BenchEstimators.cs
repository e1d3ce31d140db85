using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// The benchmark's weekly-effects and balance stages, written out from the formulas in bench/SPEC.md.
/// </summary>
/// <remarks>
/// TODO-replace: bench-only stand-ins until the real estimators land on main (branch <c>core-estimators</c>:
/// difference in means in <c>Estimators/</c>; branch <c>study-effects</c>: weekly effects and balance on
/// <c>Study</c>); then the benchmark must call those instead. Conventions here: difference in means
/// treatment − control, Welch (unequal-variance) SE √(s₁²/n₁ + s₀²/n₀), Welch–Satterthwaite df, t-based
/// 95% interval (= <c>estimatr::difference_in_means</c>); SMD = difference / √((s₁² + s₀²)/2); Welch t
/// p-value. Sample variances use n − 1. A week with a zero standard error has no df or interval (NaN).
/// </remarks>
internal static class BenchEstimators
{
    public static IReadOnlyList<BenchEffectRow> WeeklyEffects(WeeklyOutcomeMoments moments)
    {
        var rows = new List<BenchEffectRow>(moments.Outcomes.Count * moments.Weeks);
        foreach (var outcome in moments.Outcomes)
        {
            for (int k = 1; k <= moments.Weeks; k++)
            {
                long n1 = moments.Count(k, Arm.Treatment);
                long n0 = moments.Count(k, Arm.Control);
                if (n1 < 2 || n0 < 2)
                {
                    continue;
                }
                double m1 = moments.Mean(outcome, k, Arm.Treatment);
                double m0 = moments.Mean(outcome, k, Arm.Control);
                var (se, df) = Welch(
                    moments.Variance(outcome, k, Arm.Treatment),
                    n1,
                    moments.Variance(outcome, k, Arm.Control),
                    n0
                );
                var term = WaldInference.Compute(outcome.ToName(), m1 - m0, se, df);
                rows.Add(
                    new BenchEffectRow(
                        outcome.ToName(),
                        k,
                        n1,
                        n0,
                        m1,
                        m0,
                        m1 - m0,
                        se,
                        df,
                        term.ConfLow,
                        term.ConfHigh
                    )
                );
            }
        }
        return rows;
    }

    public static IReadOnlyList<BenchBalanceRow> Balance(BenchCovariates c)
    {
        return
        [
            Row("female", c.Female, c.Treatment),
            Row("age", c.Age, c.Treatment),
            Row("resource_course", c.ResourceCourse, c.Treatment),
            Row("hist_employed", c.HistEmployed, c.Treatment),
            Row("hist_self_support", c.HistSelfSupport, c.Treatment),
            Row("hist_sick", c.HistSick, c.Treatment),
        ];
    }

    private static BenchBalanceRow Row(string name, double[] x, double[] treatment)
    {
        var (n1, m1, v1) = Moments(x, treatment, 1);
        var (n0, m0, v0) = Moments(x, treatment, 0);
        var (se, df) = Welch(v1, n1, v0, n0);
        double difference = m1 - m0;
        double p = WaldInference.TwoSidedP(difference / se, df);
        return new BenchBalanceRow(name, m1, m0, difference, difference / Math.Sqrt((v1 + v0) / 2), p);
    }

    // Two passes (mean, then squared deviations), as R's var().
    private static (long N, double Mean, double Variance) Moments(double[] x, double[] treatment, double arm)
    {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (treatment[i] == arm)
            {
                n++;
                sum += x[i];
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (treatment[i] == arm)
            {
                double d = x[i] - mean;
                squares += d * d;
            }
        }
        return (n, mean, squares / (n - 1));
    }

    private static (double StdError, double Df) Welch(double v1, long n1, double v0, long n0)
    {
        double a = v1 / n1;
        double b = v0 / n0;
        double se = Math.Sqrt(a + b);
        double df = se > 0 ? (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n0 - 1)) : double.NaN;
        return (se, df);
    }
}
