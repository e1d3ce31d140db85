using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Estimators;

public static partial class DifferenceInMeans
{
    /// <summary>
    /// Difference in means on the columns of a person-level frame (the <c>diff</c> command). The treatment column
    /// is 0/1 (treated = 1) or has exactly two values of which <paramref name="treatedValue"/> is the treated one.
    /// Rows with a missing outcome, treatment, block or cluster are excluded and counted per column in
    /// <see cref="DifferenceInMeansResult.Exclusions"/>. The design follows <paramref name="options"/>; pass the
    /// block/cluster column names it needs (and only those).
    /// </summary>
    /// <exception cref="InputException">Unknown column, non-numeric outcome, a treatment without exactly two values, or a design error.</exception>
    public static DifferenceInMeansResult Estimate(
        DataFrame data,
        string outcome,
        string treatment,
        string? treatedValue = null,
        string? blocks = null,
        string? clusters = null,
        DifferenceInMeansOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new DifferenceInMeansOptions(Term: treatment);
        bool needBlocks = options.Design is DimDesign.Blocked or DimDesign.BlockClustered;
        bool needClusters = options.Design is DimDesign.Clustered or DimDesign.BlockClustered;
        if (needBlocks != (blocks is not null) || needClusters != (clusters is not null))
        {
            throw new InputException(
                $"the {options.Design} design needs {(needBlocks ? "a block column" : "no block column")} and {(needClusters ? "a cluster column" : "no cluster column")}"
            );
        }
        var y = data[outcome];
        if (y.Kind != DataColumnKind.Numeric)
        {
            throw new InputException($"outcome '{outcome}' must be a numeric column", data.SourceFile);
        }
        var arm = TreatmentIndicator(data, treatment, treatedValue);
        int n = data.RowCount;
        var rows = Enumerable.Range(0, n).Where(i => arm[i] is not null).ToArray();
        var outcomeValues = rows.Select(i => y.Numbers[i]).ToArray();
        var treated = rows.Select(i => arm[i]!.Value).ToArray();
        string?[]? Codes(string? column) => column is null ? null : [.. rows.Select(i => data[column].TextAt(i))];
        var result = Estimate(outcomeValues, treated, Codes(blocks), Codes(clusters), options);
        var missing = new List<DroppedRowCount>();
        if (n - rows.Length > 0)
        {
            missing.Add(new DroppedRowCount(treatment, n - rows.Length));
        }
        foreach (var d in result.Exclusions.MissingByColumn)
        {
            string name = d.Column switch
            {
                "outcome" => outcome,
                "block" => blocks!,
                "cluster" => clusters!,
                _ => d.Column,
            };
            missing.Add(d with { Column = name });
        }
        return result with { Exclusions = new MissingDataReport(n, result.Exclusions.RowsUsed, missing) };
    }

    /// <summary>Per row: true (treated), false (control) or null (missing treatment).</summary>
    private static bool?[] TreatmentIndicator(DataFrame data, string treatment, string? treatedValue)
    {
        var col = data[treatment];
        var levels = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < data.RowCount && levels.Count <= 2; i++)
        {
            if (col.TextAt(i) is { } v)
            {
                levels.Add(v);
            }
        }
        if (levels.Count != 2)
        {
            int distinct = Enumerable
                .Range(0, data.RowCount)
                .Select(col.TextAt)
                .Where(v => v is not null)
                .Distinct()
                .Count();
            // Values are listed only for few levels, so an identifier column passed by mistake is never echoed.
            string shown =
                distinct <= 5
                    ? ": "
                        + string.Join(
                            ", ",
                            Enumerable
                                .Range(0, data.RowCount)
                                .Select(col.TextAt)
                                .Where(v => v is not null)
                                .Distinct()
                                .Order(StringComparer.Ordinal)
                        )
                    : "";
            throw new InputException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"treatment '{treatment}' must have exactly two values, found {distinct}{shown}"
                ),
                data.SourceFile
            );
        }
        string treatedLabel;
        if (treatedValue is not null)
        {
            treatedLabel = treatedValue;
            if (
                col.Kind == DataColumnKind.Numeric
                && double.TryParse(treatedValue, NumberStyles.Float, CultureInfo.InvariantCulture, out double tv)
            )
            {
                treatedLabel = tv.ToString("R", CultureInfo.InvariantCulture);
            }
            if (!levels.Contains(treatedLabel))
            {
                throw new InputException(
                    $"--treated-value '{treatedValue}' is not a value of treatment '{treatment}' (values: {string.Join(", ", levels)})",
                    data.SourceFile
                );
            }
        }
        else if (levels.SetEquals(["0", "1"]))
        {
            treatedLabel = "1";
        }
        else
        {
            throw new InputException(
                $"treatment '{treatment}' has values {string.Join(", ", levels)}; say which is treated (--treated-value)",
                data.SourceFile
            );
        }
        var result = new bool?[data.RowCount];
        for (int i = 0; i < result.Length; i++)
        {
            var v = col.TextAt(i);
            result[i] = v is null ? null : v == treatedLabel;
        }
        return result;
    }
}
