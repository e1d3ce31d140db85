using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Linkage;

/// <summary>
/// Reads one registration of the persons (e.g. DFDG or the project tool, seed 004:1488-1511) for
/// <see cref="TwoSourceLinkage.Link"/>: the id column and whatever columns the exclusion rules test. A blank id
/// is kept as a record without a valid id (counted by the linkage as "blank id"); a row matched by a rule is
/// kept with the rule's reason (the first matching rule wins). Errors name file, line and column.
/// </summary>
public static class RegistrationReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The registration CSV.</param>
    /// <param name="idColumn">The linkage key's column (default <c>person_id</c>).</param>
    /// <param name="exclusions">Rules leaving rows out before linking.</param>
    public static IReadOnlyList<LinkageRecord> Read(
        string path,
        string idColumn = "person_id",
        IReadOnlyList<ExclusionRule>? exclusions = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        exclusions ??= [];
        using var reader = DelimitedReader.Open(path);
        int id = reader.FindColumn(idColumn);
        if (id < 0)
        {
            throw new InputException($"the registration has no '{idColumn}' column", path, 1);
        }
        var ruleColumns = exclusions
            .Select(r =>
            {
                int c = reader.FindColumn(r.Column);
                return c >= 0
                    ? c
                    : throw new InputException(
                        $"the registration has no '{r.Column}' column (exclusion rule)",
                        path,
                        1
                    );
            })
            .ToArray();
        var records = new List<LinkageRecord>();
        while (reader.ReadRecord())
        {
            var key = reader[id].Trim();
            string? reason = null;
            for (int r = 0; r < exclusions.Count && reason is null; r++)
            {
                if (exclusions[r].Excludes(reader[ruleColumns[r]].ToString()))
                {
                    reason = exclusions[r].Reason;
                }
            }
            records.Add(new LinkageRecord(key.IsEmpty ? null : key.ToString(), reason));
        }
        return records;
    }
}
