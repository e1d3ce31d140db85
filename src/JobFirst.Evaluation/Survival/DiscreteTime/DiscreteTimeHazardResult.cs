using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>
/// A fitted discrete-time hazard model: the binomial GLM on person-period rows (coefficients on the link
/// scale, z inference) with hazard (cloglog) or odds (logit) ratios and the counts behind it. Immutable.
/// </summary>
public sealed partial record DiscreteTimeHazardResult
{
    /// <summary>The underlying GLM fit (coefficients, variance, log-likelihood, iterations).</summary>
    public required LogisticRegressionResult Fit { get; init; }

    /// <summary>Spells expanded.</summary>
    public required int Spells { get; init; }

    /// <summary>Spells with time 0, which contribute no person-period row.</summary>
    public required int SpellsWithoutPeriods { get; init; }

    /// <summary>Person-period rows (periods at risk).</summary>
    public required int PersonPeriods { get; init; }

    /// <summary>Events.</summary>
    public required int Events { get; init; }

    /// <summary>Rows fitted after frequency-weight compression (= <see cref="PersonPeriods"/> without it).</summary>
    public required int FittedRows { get; init; }

    /// <summary>Coefficients (link scale), tidy.</summary>
    public IReadOnlyList<TidyTerm> Coefficients => Fit.Coefficients;

    /// <summary>exp(β) with intervals and the implied percentage change, per coefficient.</summary>
    public IReadOnlyList<HazardRatio> Ratios =>
        [
            .. Fit.OddsRatios.Select(o => new HazardRatio(
                o.Term,
                o.Estimate,
                o.ConfLow,
                o.ConfHigh,
                100 * (o.Estimate - 1)
            )),
        ];

    /// <summary>The ratio of one term.</summary>
    public HazardRatio Ratio(string term) =>
        Ratios.FirstOrDefault(r => r.Term == term)
        ?? throw new ArgumentException(
            $"No term '{term}' (terms: {string.Join(", ", Ratios.Select(r => r.Term))}).",
            nameof(term)
        );

    /// <summary>
    /// Tidy table <c>term, estimate, std_error, statistic, p_value, conf_low, conf_high, df</c> plus
    /// <c>ratio, ratio_conf_low, ratio_conf_high, percent_change</c>; metadata states link, variance and counts.
    /// </summary>
    public ResultTable ToResultTable()
    {
        var ratios = Ratios;
        var rows = Coefficients.Select(
            (t, i) =>
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
                        ratios[i].Ratio,
                        ratios[i].ConfLow,
                        ratios[i].ConfHigh,
                        ratios[i].PercentChange,
                    ]
        );
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new ResultTable(
            "Discrete-time hazard",
            [.. TidyTerm.ColumnNames, "ratio", "ratio_conf_low", "ratio_conf_high", "percent_change"],
            rows,
            new Dictionary<string, string>
            {
                ["model"] =
                    Fit.Link == GlmLink.ComplementaryLogLog
                        ? "binomial GLM, complementary log-log link, on person-period rows (ratio = hazard ratio)"
                        : "binomial GLM, logit link, on person-period rows (ratio = odds ratio of the period hazard)",
                ["formula"] = Fit.Formula,
                ["variance"] = ResultTable.SnakeCase(Fit.Variance.ToString()),
                ["clusters"] = I(Fit.Clusters),
                ["spells"] = I(Spells),
                ["spells_without_periods"] = I(SpellsWithoutPeriods),
                ["person_periods"] = I(PersonPeriods),
                ["events"] = I(Events),
                ["fitted_rows"] = I(FittedRows),
                ["iterations"] = I(Fit.Iterations),
                ["converged"] = Fit.Converged ? "true" : "false",
                ["log_likelihood"] = Fit.LogLikelihood.ToString("R", CultureInfo.InvariantCulture),
                ["inference"] = "z (df = Inf)",
            }
        );
    }
}
