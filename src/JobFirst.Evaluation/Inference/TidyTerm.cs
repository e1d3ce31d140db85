namespace JobFirst.Evaluation.Inference;

/// <summary>
/// One estimated quantity in the fixed tidy schema shared by every estimator and written by the CLI:
/// <c>term, estimate, std_error, statistic, p_value, conf_low, conf_high, df</c> (as broom/estimatr).
/// </summary>
/// <param name="Term">Name of the estimated quantity (e.g. <c>treatment</c>, a coefficient name, a contrast).</param>
/// <param name="Estimate">Point estimate, in the outcome's units.</param>
/// <param name="StdError">Standard error of <paramref name="Estimate"/>.</param>
/// <param name="Statistic">Estimate / StdError (t or z).</param>
/// <param name="PValue">Two-sided p-value from the t distribution with <paramref name="Df"/> df, or the normal when df is infinite.</param>
/// <param name="ConfLow">Lower confidence limit.</param>
/// <param name="ConfHigh">Upper confidence limit.</param>
/// <param name="Df">Degrees of freedom; <see cref="double.PositiveInfinity"/> means a normal (z) reference distribution.</param>
public sealed record TidyTerm(
    string Term,
    double Estimate,
    double StdError,
    double Statistic,
    double PValue,
    double ConfLow,
    double ConfHigh,
    double Df
)
{
    /// <summary>The column names of the tidy schema, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high", "df"];
}
