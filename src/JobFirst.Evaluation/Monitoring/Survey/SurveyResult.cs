using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>Baseline versus follow-up per survey measure (see <see cref="SurveyAnalysis"/>).</summary>
/// <param name="BaselineRound">The baseline round's name.</param>
/// <param name="FinalRound">The follow-up round's name.</param>
/// <param name="Comparison">The test choice.</param>
/// <param name="Correction">Continuity correction of the chi-square tests.</param>
/// <param name="Level">Confidence level of the two-proportion interval.</param>
/// <param name="Rows">One row per measure, ordinal order.</param>
/// <param name="OtherRounds">Rounds in the file that were not compared.</param>
public sealed partial record SurveyResult(
    string BaselineRound,
    string FinalRound,
    SurveyComparison Comparison,
    ChiSquareCorrection Correction,
    double Level,
    IReadOnlyList<SurveyChangeRow> Rows,
    IReadOnlyList<string> OtherRounds
)
{
    /// <summary>
    /// The tests in the shared tidy schema: term = measure, estimate = the change (McNemar: the paired change),
    /// statistic, p_value, df, and for the two-proportion test conf_low/conf_high; std_error is NaN (neither test
    /// is a Wald test), as are fields a test does not give.
    /// </summary>
    public IReadOnlyList<TidyTerm> ToTidyTerms() =>
        [
            .. Rows.Where(r => r.Test is not null)
                .Select(r => new TidyTerm(
                    r.Measure,
                    (r.Test == "mcnemar" ? r.PairedChange : r.Change) ?? double.NaN,
                    double.NaN,
                    r.Statistic ?? double.NaN,
                    r.PValue ?? double.NaN,
                    r.ConfLow ?? double.NaN,
                    r.ConfHigh ?? double.NaN,
                    r.Df ?? double.NaN
                )),
        ];

    /// <summary>The tidy table (one row per measure).</summary>
    public ResultTable ToResultTable() =>
        ResultTable.FromRecords(
            $"Survey: {BaselineRound} vs {FinalRound}",
            Rows,
            new Dictionary<string, string>
            {
                ["rounds"] = $"{BaselineRound} -> {FinalRound}",
                ["comparison"] = ResultTable.SnakeCase(Comparison.ToString()),
                ["mcnemar"] =
                    "R mcnemar.test(table(baseline_met, final_met), correct) on units answering both rounds; exact_p_value = binom.test(b, b + c, 0.5)",
                ["prop_test"] =
                    "R prop.test(c(final_met, baseline_met), c(final_n, baseline_n), correct); interval for final − baseline",
                ["correction"] = ResultTable.SnakeCase(Correction.ToString()),
                ["level"] = Level.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                ["n"] = "N per round = units answering the measure in that round (it varies: not all units answer)",
                ["other_rounds"] = OtherRounds.Count == 0 ? "none" : string.Join(", ", OtherRounds),
                ["disclosure"] = "units are municipalities, not persons: no small-cell suppression",
            }
        );
}
