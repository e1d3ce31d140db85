using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Regression.Margins;

// Script and notebook conveniences: the margins as one long tidy table, printed as aligned text.
public sealed partial record MarginsResult
{
    /// <summary>Column names of <see cref="ToTable"/>: <c>table</c>, then the tidy schema.</summary>
    public static IReadOnlyList<string> TableColumns { get; } = ["table", .. TidyTerm.ColumnNames];

    /// <summary>
    /// The predictive margins (<c>table</c> = <c>predictive_margin</c>, probability scale), average marginal effects
    /// (<c>ame</c>, probability scale) and pairwise contrasts (<c>contrast_pp</c>, PERCENTAGE POINTS) in one table, the
    /// same long layout as the <c>logit --margins</c> CSV; variable, kind and variance in the metadata.
    /// </summary>
    public ResultTable ToTable()
    {
        static IEnumerable<IReadOnlyList<object?>> Rows(string table, IReadOnlyList<TidyTerm> terms) =>
            terms.Select(t =>
                (IReadOnlyList<object?>)
                    [table, t.Term, t.Estimate, t.StdError, t.Statistic, t.PValue, t.ConfLow, t.ConfHigh, t.Df]
            );
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["variable"] = Variable,
            ["kind"] = ResultTable.SnakeCase(Kind.ToString()),
            ["variance"] = Variance.ToString(),
            ["se_method"] = "delta method, analytic Jacobian",
            ["units"] = "predictive_margin and ame: probability (0-1); contrast_pp: percentage points",
        };
        return new ResultTable(
            $"margins: {Variable}",
            TableColumns,
            Rows("predictive_margin", PredictiveMargins)
                .Concat(Rows("ame", AverageMarginalEffects))
                .Concat(Rows("contrast_pp", ContrastsPercentagePoints)),
            meta
        );
    }

    /// <summary>The margins as aligned text (<see cref="ToTable"/>).</summary>
    public override string ToString() => ToTable().ToString();
}
