using System.Globalization;
using JobFirst.Evaluation.Regression.Output;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Regression.Glm;

// Script and notebook conveniences: the fit as a tidy table, printed as an aligned text table; margins in one call.
public sealed partial record LogisticRegressionResult
{
    /// <summary>
    /// Column names of <see cref="ToTable"/>: the tidy schema then exp(coefficient) and its interval, named for what it
    /// is under <paramref name="link"/>: <c>odds_ratio, or_conf_low, or_conf_high</c> (logit) or
    /// <c>hazard_ratio, hr_conf_low, hr_conf_high</c> (complementary log-log on person-period data).
    /// </summary>
    public static IReadOnlyList<string> TableColumns(GlmLink link) =>
        link == GlmLink.ComplementaryLogLog
            ? [.. Inference.TidyTerm.ColumnNames, "hazard_ratio", "hr_conf_low", "hr_conf_high"]
            : [.. Inference.TidyTerm.ColumnNames, "odds_ratio", "or_conf_low", "or_conf_high"];

    /// <summary>
    /// One row per estimated coefficient (linear-predictor scale, z inference) with exp(coefficient) and its interval
    /// (<see cref="TableColumns"/>); the formula, link,
    /// fit method, variance, aliased columns, dropped rows and fit statistics (as in <see cref="LogisticReport.Statistics"/>)
    /// go into the metadata.
    /// </summary>
    public ResultTable ToTable()
    {
        var inv = CultureInfo.InvariantCulture;
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["estimator"] = Link == GlmLink.ComplementaryLogLog ? "binomial GLM, cloglog link" : "logistic regression",
            ["link"] = Link == GlmLink.ComplementaryLogLog ? "cloglog" : "logit",
            ["formula"] = Formula,
            ["method"] = Method.ToString(),
            ["variance"] = Variance.ToString(),
            ["ci_method"] = "normal",
            ["level"] = ConfidenceLevel.ToString("R", inv),
            ["aliased"] = string.Join(" ", AliasedColumns),
            ["rows_dropped_reason"] = DroppedRows.Describe(),
        };
        foreach (var (name, value) in LogisticReport.Statistics(this))
        {
            meta[name] = value.ToString("R", inv);
        }
        var rows = Coefficients.Select(
            (t, j) =>
                (IReadOnlyList<object?>)
                    [
                        t.Term,
                        t.Estimate,
                        t.StdError,
                        t.Statistic,
                        t.PValue,
                        t.ConfLow,
                        t.ConfHigh,
                        t.Df,
                        OddsRatios[j].Estimate,
                        OddsRatios[j].ConfLow,
                        OddsRatios[j].ConfHigh,
                    ]
        );
        string title = Link == GlmLink.ComplementaryLogLog ? "cloglog regression" : "logistic regression";
        return new ResultTable($"{title}: {Formula}", TableColumns(Link), rows, meta);
    }

    /// <summary>
    /// Predictive margins, average marginal effects and percentage-point contrasts of <paramref name="variable"/> under
    /// this fit's variance (<see cref="Margins.LogisticMargins.Compute"/>): <c>fit.Margins("education_level")</c>.
    /// </summary>
    public Margins.MarginsResult Margins(string variable) => Regression.Margins.LogisticMargins.Compute(this, variable);

    /// <summary>The coefficient table as aligned text (<see cref="ToTable"/>), with the fit statistics below it.</summary>
    public override string ToString() => ToTable().ToString();
}
