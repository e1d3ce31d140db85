using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Monitoring;

/// <summary>Which roster column defines the units of a monitoring table, and each person's unit.</summary>
internal static class UnitLabels
{
    /// <summary>Label for persons whose grouping covariate is empty.</summary>
    public const string Missing = "(missing)";

    /// <summary>
    /// Per roster index, the value of <paramref name="column"/>: <c>site</c>, <c>target_group</c> or a covariate
    /// name (case-insensitive).
    /// </summary>
    public static string[] For(Roster.Roster roster, string column)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        if (column.Equals("site", StringComparison.OrdinalIgnoreCase))
        {
            return [.. roster.Persons.Select(p => p.Site)];
        }
        if (column.Equals("target_group", StringComparison.OrdinalIgnoreCase))
        {
            return [.. roster.Persons.Select(p => p.TargetGroup)];
        }
        int c = CovariateIndex(roster, column);
        return [.. roster.Persons.Select(p => p.Covariates[c] ?? Missing)];
    }

    public static int CovariateIndex(Roster.Roster roster, string column)
    {
        for (int i = 0; i < roster.CovariateNames.Count; i++)
        {
            if (roster.CovariateNames[i].Equals(column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw new InputException(
            $"no column '{column}' to group by (site, target_group or one of: {string.Join(", ", roster.CovariateNames)})",
            roster.SourceFile,
            1
        );
    }

    /// <summary>Distinct labels in ordinal order.</summary>
    public static string[] Distinct(IEnumerable<string> labels) => [.. labels.Distinct().Order(StringComparer.Ordinal)];
}
