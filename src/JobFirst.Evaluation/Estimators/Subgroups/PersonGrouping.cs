namespace JobFirst.Evaluation.Estimators.Subgroups;

/// <summary>
/// Persons coded by the levels of one column: <see cref="Codes"/>[person] is the level index (−1 = missing value), levels in
/// ordinal string order (as R's <c>sort(unique(x), method = "radix")</c>).
/// </summary>
/// <param name="Column">The column the codes come from.</param>
/// <param name="Levels">Level labels, index = code.</param>
/// <param name="Codes">Per person: the level code, or −1 when the value is missing.</param>
public sealed record PersonGrouping(string Column, IReadOnlyList<string> Levels, IReadOnlyList<int> Codes)
{
    /// <summary>Codes <paramref name="values"/> (null = missing).</summary>
    public static PersonGrouping FromValues(string column, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var levels = values
            .Where(v => v is not null)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < levels.Count; i++)
        {
            index[levels[i]!] = i;
        }
        return new PersonGrouping(column, levels!, [.. values.Select(v => v is null ? -1 : index[v])]);
    }

    /// <summary>Codes the roster column <paramref name="column"/> (see <see cref="RosterColumns"/>).</summary>
    public static PersonGrouping FromRoster(Roster.Roster roster, string column) =>
        FromValues(column, RosterColumns.Values(roster, column));

    /// <summary>Persons with a missing value.</summary>
    public int MissingCount => Codes.Count(c => c < 0);
}
