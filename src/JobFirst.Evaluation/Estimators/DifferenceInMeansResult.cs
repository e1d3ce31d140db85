using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// A difference in means (treated − control) with its inference and the conventions that produced it,
/// field for field what <c>estimatr::difference_in_means</c> returns plus arm counts and means.
/// Immutable; convert with <see cref="ToTidyTerm"/> or <see cref="ToResultTable(string)"/>.
/// </summary>
public sealed partial record DifferenceInMeansResult
{
    /// <summary>Name of the estimate (tidy <c>term</c>).</summary>
    public required string Term { get; init; }

    /// <summary>Mean(treated) − mean(control); in blocks Σ (n_b/N)·d_b (estimatr's weighting by block size).</summary>
    public required double Estimate { get; init; }

    /// <summary>Standard error under <see cref="SeType"/>; NaN when it cannot be computed (reason in <see cref="Warnings"/>).</summary>
    public required double StdError { get; init; }

    /// <summary>Estimate / StdError.</summary>
    public required double Statistic { get; init; }

    /// <summary>Two-sided p-value from t(<see cref="Df"/>) or the normal.</summary>
    public required double PValue { get; init; }

    /// <summary>Lower confidence limit at <see cref="Level"/>.</summary>
    public required double ConfLow { get; init; }

    /// <summary>Upper confidence limit at <see cref="Level"/>.</summary>
    public required double ConfHigh { get; init; }

    /// <summary>Degrees of freedom (by <see cref="DfMethod"/>); +∞ for a normal interval.</summary>
    public required double Df { get; init; }

    /// <summary>Treated units used.</summary>
    public required long NTreated { get; init; }

    /// <summary>Control units used.</summary>
    public required long NControl { get; init; }

    /// <summary>Unweighted mean outcome of the treated units used.</summary>
    public required double MeanTreated { get; init; }

    /// <summary>Unweighted mean outcome of the control units used.</summary>
    public required double MeanControl { get; init; }

    /// <summary>Number of blocks (0 for unblocked designs).</summary>
    public required int NBlocks { get; init; }

    /// <summary>Number of clusters (0 for unclustered designs).</summary>
    public required int NClusters { get; init; }

    /// <summary>The design as estimatr labels it (matched pairs are recognised within Blocked designs).</summary>
    public required DimDesignLabel Design { get; init; }

    /// <summary>The SE formula used.</summary>
    public required DimStandardError SeType { get; init; }

    /// <summary>How <see cref="Df"/> was obtained.</summary>
    public required DegreesOfFreedomMethod DfMethod { get; init; }

    /// <summary>t or normal reference distribution.</summary>
    public required IntervalMethod Interval { get; init; }

    /// <summary>Confidence level of the interval.</summary>
    public required double Level { get; init; }

    /// <summary>Rows read and used, and rows excluded per reason (missing outcome, block, cluster); empty for moment inputs.</summary>
    public required MissingDataReport Exclusions { get; init; }

    /// <summary>Warnings estimatr would give (e.g. mixed pair and larger blocks) or why an SE is NaN.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Number of units used, n₁ + n₀.</summary>
    public long N => NTreated + NControl;

    /// <summary>The reference call this result reproduces (documentation string).</summary>
    public string Reference =>
        Design switch
        {
            DimDesignLabel.Standard when SeType == DimStandardError.Classical =>
                "t.test(y ~ t, var.equal = TRUE) / lm(y ~ t)",
            DimDesignLabel.Standard => "estimatr::difference_in_means(y ~ t) / t.test(y ~ t)",
            DimDesignLabel.Blocked or DimDesignLabel.MatchedPair => "estimatr::difference_in_means(y ~ t, blocks = b)",
            DimDesignLabel.Clustered => "estimatr::difference_in_means(y ~ t, clusters = g)",
            _ => "estimatr::difference_in_means(y ~ t, blocks = b, clusters = g)",
        };

    /// <summary>The tidy row <c>term, estimate, std_error, statistic, p_value, conf_low, conf_high, df</c>.</summary>
    public TidyTerm ToTidyTerm() => new(Term, Estimate, StdError, Statistic, PValue, ConfLow, ConfHigh, Df);

    /// <summary>Column names of <see cref="ToResultTable(string)"/>: the tidy schema then n_treated, n_control, means, blocks, clusters.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    [.. TidyTerm.ColumnNames, "n_treated", "n_control", "mean_treated", "mean_control", "n_blocks", "n_clusters"];

    /// <summary>One-row result table; conventions and exclusion counts go into the metadata.</summary>
    public ResultTable ToResultTable(string title = "difference in means") => ToResultTable([this], title);

    /// <summary>Several results (e.g. one per outcome) in one table; metadata from the first.</summary>
    public static ResultTable ToResultTable(IReadOnlyList<DifferenceInMeansResult> results, string title)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Select(r =>
            (IReadOnlyList<object?>)
                [
                    r.Term,
                    r.Estimate,
                    r.StdError,
                    r.Statistic,
                    r.PValue,
                    r.ConfLow,
                    r.ConfHigh,
                    r.Df,
                    r.NTreated,
                    r.NControl,
                    r.MeanTreated,
                    r.MeanControl,
                    r.NBlocks,
                    r.NClusters,
                ]
        );
        return new ResultTable(title, ColumnNames, rows, results.Count > 0 ? results[0].Metadata() : null);
    }

    /// <summary>Conventions and counts as metadata key/value pairs.</summary>
    public IReadOnlyDictionary<string, string> Metadata()
    {
        var m = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["estimator"] = "difference_in_means",
            ["design"] = Design.ToEstimatrLabel(),
            ["se_type"] = SeType.ToString(),
            ["df_method"] = DfMethod.ToString(),
            ["ci_method"] = Interval == IntervalMethod.StudentT ? "t" : "normal",
            ["level"] = Level.ToString("R", CultureInfo.InvariantCulture),
            ["reference"] = Reference,
            ["rows_read"] = Exclusions.RowsRead.ToString(CultureInfo.InvariantCulture),
            ["rows_used"] = Exclusions.RowsUsed.ToString(CultureInfo.InvariantCulture),
            ["rows_excluded"] = Exclusions.RowsDropped.ToString(CultureInfo.InvariantCulture),
            ["rows_excluded_reason"] = Exclusions.Describe(),
        };
        foreach (var d in Exclusions.MissingByColumn)
        {
            m["excluded_missing_" + d.Column] = d.Rows.ToString(CultureInfo.InvariantCulture);
        }
        if (Warnings.Count > 0)
        {
            m["warnings"] = string.Join(" | ", Warnings);
        }
        return m;
    }
}
