using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>The balance table (one row per numeric covariate or categorical level) and the omnibus tests.</summary>
public sealed partial record BalanceResult
{
    /// <summary>The rows.</summary>
    public required IReadOnlyList<BalanceTableRow> Rows { get; init; }

    /// <summary>Joint tests of all covariates (logistic LR test; linear-probability F test).</summary>
    public required IReadOnlyList<BalanceOmnibusTest> Omnibus { get; init; }

    /// <summary>Persons in the table by arm.</summary>
    public required (long Treated, long Control) Persons { get; init; }

    /// <summary>Minimum cell size used for suppression.</summary>
    public required int MinCell { get; init; }

    /// <summary>The balance table.</summary>
    public ResultTable ToTable() =>
        ResultTable.FromRecords(
            "Balance",
            Rows,
            new Dictionary<string, string>
            {
                ["n_treated"] = Persons.Treated.ToString(CultureInfo.InvariantCulture),
                ["n_control"] = Persons.Control.ToString(CultureInfo.InvariantCulture),
                ["min_cell"] = MinCell.ToString(CultureInfo.InvariantCulture),
                ["smd"] =
                    "(mean_t - mean_c) / sqrt((s_t^2 + s_c^2) / 2); numeric: sample SDs (n - 1); levels: s^2 = p(1 - p) (cobalt::bal.tab)",
                ["test_numeric"] = "Welch t (t.test(x ~ arm), = estimatr::difference_in_means)",
                ["test_categorical"] =
                    "Pearson chi-square on the arm x level table of non-missing values, no continuity correction (chisq.test(table(arm, x), correct = FALSE))",
                ["missing"] = "counted per arm; excluded from that covariate's row and test",
            }
        );

    /// <summary>The omnibus tests.</summary>
    public ResultTable OmnibusTable() => ResultTable.FromRecords("Balance: joint tests", Omnibus);

    /// <summary>The rows of a balance (love) plot: one per row with an SMD, labelled <c>covariate</c> or <c>covariate: level</c>.</summary>
    public IReadOnlyList<Figures.Builders.BalanceRow> ToBalanceRows() =>
        [
            .. Rows.Where(r => r.Smd is not null)
                .Select(r => new Figures.Builders.BalanceRow(
                    r.Level is null ? r.Covariate : $"{r.Covariate}: {r.Level}",
                    r.Smd!.Value
                )),
        ];
}
