using MathNet.Numerics.Distributions;

namespace JobFirst.Evaluation.Inference;

/// <summary>
/// Wald-type inference shared by all estimators: statistic = estimate / se, two-sided p-value and
/// confidence interval estimate ± q·se, with q the (1+level)/2 quantile of Student's t with
/// <c>df</c> degrees of freedom, or of the standard normal when <c>df</c> is infinite.
/// t tail probabilities are computed directly from the regularized incomplete beta function
/// (P(T &gt; t) = ½ I_{ν/(ν+t²)}(ν/2, ½)) and quantiles are refined by Newton steps on that tail, so
/// both agree with R's <c>pt</c>/<c>qt</c> to about 1e-13 relative (MathNet's <c>StudentT.InvCDF</c> alone
/// is only accurate to about 1e-8).
/// </summary>
public static class WaldInference
{
    /// <summary>Builds the tidy row for one estimate.</summary>
    /// <param name="term">Term name.</param>
    /// <param name="estimate">Point estimate.</param>
    /// <param name="stdError">Standard error (NaN propagates to statistic, p and CI).</param>
    /// <param name="df">Degrees of freedom, or <see cref="double.PositiveInfinity"/> for z.</param>
    /// <param name="level">Confidence level in (0,1), e.g. 0.95.</param>
    public static TidyTerm Compute(string term, double estimate, double stdError, double df, double level = 0.95)
    {
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie in (0,1).");
        }
        double statistic = estimate / stdError;
        double q = Quantile(df, 0.5 + level / 2);
        double p = TwoSidedP(statistic, df);
        return new TidyTerm(
            term,
            estimate,
            stdError,
            statistic,
            p,
            estimate - q * stdError,
            estimate + q * stdError,
            df
        );
    }

    /// <summary>Quantile of t(df), or of N(0,1) when df is infinite; NaN when df is NaN or ≤ 0 (R: <c>qt</c>, <c>qnorm</c>).</summary>
    public static double Quantile(double df, double probability)
    {
        if (double.IsNaN(probability) || probability is < 0 or > 1)
        {
            return double.NaN;
        }
        if (double.IsPositiveInfinity(df))
        {
            return Normal.InvCDF(0, 1, probability);
        }
        if (double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }
        if (probability == 0.5)
        {
            return 0;
        }
        if (probability is 0 or 1)
        {
            return probability == 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }
        double tail = probability > 0.5 ? 1 - probability : probability;
        double q = StudentTDistribution.UpperQuantile(tail, df);
        return probability > 0.5 ? q : -q;
    }

    /// <summary>P(T &gt; t) for T ~ t(df) (R: <c>pt(t, df, lower.tail = FALSE)</c>), or the normal upper tail when df is infinite.</summary>
    public static double UpperTail(double t, double df)
    {
        if (double.IsNaN(t) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }
        if (double.IsPositiveInfinity(df))
        {
            return Normal.CDF(0, 1, -t);
        }
        return StudentTDistribution.UpperTail(t, df);
    }

    /// <summary>Two-sided p-value P(|T| ≥ |statistic|) for T ~ t(df) or N(0,1) when df is infinite (R: <c>2 * pt(-abs(t), df)</c>).</summary>
    public static double TwoSidedP(double statistic, double df)
    {
        if (double.IsNaN(statistic) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }
        double a = Math.Abs(statistic);
        if (double.IsPositiveInfinity(df))
        {
            return 2 * Normal.CDF(0, 1, -a);
        }
        return Math.Min(1.0, 2 * UpperTail(a, df));
    }
}
