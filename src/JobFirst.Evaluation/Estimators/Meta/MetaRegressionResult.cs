using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>
/// A fitted (mixed-effects) meta-analysis or meta-regression: coefficients in the tidy schema, the between-unit
/// variance τ², residual heterogeneity Q_E (Cochran's Q when there are no moderators), I², H², the omnibus test of
/// the moderators Q_M and the empirical-Bayes predictions. Field-for-field as R <c>metafor::rma.uni</c>.
/// </summary>
public sealed partial record MetaRegressionResult
{
    /// <summary>τ² estimator.</summary>
    public required MetaMethod Method { get; init; }

    /// <summary>Reference distribution of the coefficient tests.</summary>
    public required MetaTest Test { get; init; }

    /// <summary>Confidence level of the intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Number of units k.</summary>
    public required int K { get; init; }

    /// <summary>The units (labels, estimates, variances) in input order.</summary>
    public required IReadOnlyList<MetaStudy> Studies { get; init; }

    /// <summary>Moderator names (empty for a plain meta-analysis).</summary>
    public required IReadOnlyList<string> ModeratorNames { get; init; }

    /// <summary>
    /// Coefficients: <c>overall</c> (the pooled effect) without moderators, else <c>intercept</c> and one term per
    /// moderator. Df is infinite for z tests and k − p under Knapp–Hartung.
    /// </summary>
    public required IReadOnlyList<TidyTerm> Coefficients { get; init; }

    /// <summary>Covariance of the coefficients (p × p, row-major), including the Knapp–Hartung factor.</summary>
    public required IReadOnlyList<double> Covariance { get; init; }

    /// <summary>Estimated between-unit variance τ² (0 for the fixed-effect model).</summary>
    public required double Tau2 { get; init; }

    /// <summary>Standard error of τ² as metafor reports it (NaN for the fixed-effect model).</summary>
    public required double Tau2StdError { get; init; }

    /// <summary>τ = √τ².</summary>
    public double Tau => Math.Sqrt(Tau2);

    /// <summary>
    /// I² in percent: 100·τ²/(τ² + ṽ) with the typical within-unit variance ṽ = (k − p)/tr(P) (Higgins &amp; Thompson
    /// 2002); for the fixed-effect model 100·max(0, (Q_E − df)/Q_E).
    /// </summary>
    public required double I2Percent { get; init; }

    /// <summary>H² = τ²/ṽ + 1 (fixed effect: Q_E/df).</summary>
    public required double H2 { get; init; }

    /// <summary>Residual heterogeneity Q_E = Σ(1/vᵢ)(yᵢ − xᵢ'β̂_FE)² (Cochran's Q without moderators).</summary>
    public required double QE { get; init; }

    /// <summary>Degrees of freedom of <see cref="QE"/>: k − p.</summary>
    public required int QEDf { get; init; }

    /// <summary>Upper-tail χ²(k − p) probability of <see cref="QE"/>.</summary>
    public required double QEPValue { get; init; }

    /// <summary>
    /// Omnibus test of the moderators (of the pooled effect without moderators): Wald χ² = β'V⁻¹β, or under
    /// Knapp–Hartung that divided by m and referred to F(m, k − p).
    /// </summary>
    public required double QM { get; init; }

    /// <summary>Numerator df of <see cref="QM"/> (m, the number of tested coefficients).</summary>
    public required int QMDf { get; init; }

    /// <summary>Denominator df of the F test under Knapp–Hartung (k − p); infinite for the χ² test.</summary>
    public required double QMDenominatorDf { get; init; }

    /// <summary>p-value of <see cref="QM"/>.</summary>
    public required double QMPValue { get; init; }

    /// <summary>
    /// Pseudo-R² in percent: the share of τ² explained by the moderators, 100·max(0, (τ²₀ − τ²)/τ²₀) with τ²₀ from the
    /// model without moderators; fixed effect: 100·max(0, adjusted R² of the weighted least squares fit). NaN without moderators.
    /// </summary>
    public required double R2Percent { get; init; }

    /// <summary>Iterations used by the REML Fisher scoring (0 for closed-form estimators).</summary>
    public required int Iterations { get; init; }

    /// <summary>Empirical-Bayes predictions of each unit's effect (R <c>blup()</c>).</summary>
    public required IReadOnlyList<BestLinearUnbiasedPrediction> Blups { get; init; }

    /// <summary>
    /// Prediction interval for the true effect of a new unit at the moderators' zero point (without moderators: at the
    /// pooled effect): estimate ± crit·√(SE² + τ²), as R <c>predict(rma(...))</c>'s <c>pi.lb</c>/<c>pi.ub</c>.
    /// </summary>
    public required (double Low, double High) PredictionInterval { get; init; }

    /// <summary>The R call whose output this matches.</summary>
    public string ReferenceCall =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"metafor::rma(yi, vi{(ModeratorNames.Count > 0 ? ", mods = ~ " + string.Join(" + ", ModeratorNames) : "")}, method = \"{MethodName(Method)}\", test = \"{(Test == MetaTest.Z ? "z" : "knha")}\", level = {ConfidenceLevel * 100:0.###})"
        );

    internal static string MethodName(MetaMethod method) =>
        method switch
        {
            MetaMethod.FixedEffect => "FE",
            MetaMethod.DerSimonianLaird => "DL",
            MetaMethod.Reml => "REML",
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };

    /// <summary>The coefficients as a tidy table, with the model summary in the metadata.</summary>
    public ResultTable ToTable(string title = "Meta-regression")
    {
        var rows = Coefficients.Select(c =>
            (IReadOnlyList<object?>)[c.Term, c.Estimate, c.StdError, c.Statistic, c.PValue, c.ConfLow, c.ConfHigh, c.Df]
        );
        return new ResultTable(title, TidyTerm.ColumnNames, rows, Metadata());
    }

    /// <summary>One-row heterogeneity summary: k, τ², τ, I², H², Q_E and the moderator test.</summary>
    public ResultTable HeterogeneityTable(string title = "Heterogeneity")
    {
        IReadOnlyList<object?> row =
        [
            MethodName(Method),
            K,
            Tau2,
            Tau2StdError,
            Tau,
            I2Percent,
            H2,
            QE,
            QEDf,
            QEPValue,
            QM,
            QMDf,
            double.IsPositiveInfinity(QMDenominatorDf) ? null : QMDenominatorDf,
            QMPValue,
            double.IsNaN(R2Percent) ? null : R2Percent,
            PredictionInterval.Low,
            PredictionInterval.High,
        ];
        return new ResultTable(
            title,
            [
                "method",
                "k",
                "tau2",
                "tau2_std_error",
                "tau",
                "i2_percent",
                "h2",
                "q",
                "q_df",
                "q_p_value",
                "qm",
                "qm_df",
                "qm_df_denominator",
                "qm_p_value",
                "r2_percent",
                "pi_low",
                "pi_high",
            ],
            [row],
            Metadata()
        );
    }

    /// <summary>The empirical-Bayes predictions as a table.</summary>
    public ResultTable BlupTable(string title = "Empirical-Bayes unit effects") =>
        ResultTable.FromRecords(title, Blups, Metadata());

    private Dictionary<string, string> Metadata() =>
        new()
        {
            ["reference"] = ReferenceCall,
            ["method"] = MethodName(Method),
            ["test"] = Test == MetaTest.Z ? "z" : "knha",
            ["confidence_level"] = ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture),
            ["k"] = K.ToString(CultureInfo.InvariantCulture),
        };
}
