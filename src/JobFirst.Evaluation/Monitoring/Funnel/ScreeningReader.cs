using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>
/// Reads a screening file (one row per screened person; <c>data-schema/README.md</c>, "Screening"): the stage
/// columns in funnel order hold a flag (<c>1/0</c>, <c>true/false</c>, <c>yes/no</c>, <c>ja/nej</c>) or a date
/// <c>YYYY-MM-DD</c> (reached) or nothing (not reached). Strict: a missing column, an unreadable cell, a
/// person id twice, or (with <see cref="FunnelOrdering.Strict"/>) a stage reached without the earlier ones is
/// an <see cref="InputException"/> naming file, line and column.
/// </summary>
public static class ScreeningReader
{
    /// <summary>The stages of seed 004's two-step screening model (004:453, 1428-1437), in order.</summary>
    public static IReadOnlyList<string> DefaultStages { get; } =
    ["screened", "accepted_visitation", "visitation_held", "visited"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">The screening CSV.</param>
    /// <param name="stages">Stage columns in funnel order (default <see cref="DefaultStages"/>).</param>
    /// <param name="groupColumns">Columns to group by (default <c>municipality</c>).</param>
    /// <param name="ordering">How a stage reached without an earlier one is handled.</param>
    public static ScreeningData Read(
        string path,
        IReadOnlyList<string>? stages = null,
        IReadOnlyList<string>? groupColumns = null,
        FunnelOrdering ordering = FunnelOrdering.Strict
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        stages ??= DefaultStages;
        groupColumns ??= ["municipality"];
        if (stages.Count < 2)
        {
            throw new InputException("a funnel needs at least two stages");
        }
        using var reader = DelimitedReader.Open(path);
        var stageCols = stages.Select(s => Require(reader, s, path)).ToArray();
        var groupCols = groupColumns.Select(g => Require(reader, g, path)).ToArray();
        int idCol = reader.FindColumn("person_id");
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var records = new List<ScreeningRecord>();
        while (reader.ReadRecord())
        {
            if (idCol >= 0)
            {
                var id = reader[idCol].Trim();
                if (!id.IsEmpty && !seen.TryAdd(id.ToString(), reader.Line))
                {
                    throw reader.Error(
                        FormattableString.Invariant(
                            $"the same person appears twice in the screening file (lines {seen[id.ToString()]} and {reader.Line})"
                        ),
                        idCol + 1
                    );
                }
            }
            var reached = new bool[stageCols.Length];
            for (int s = 0; s < stageCols.Length; s++)
            {
                reached[s] = ParseStage(reader, stageCols[s], stages[s]);
                if (reached[s] && s > 0 && !reached[s - 1] && ordering == FunnelOrdering.Strict)
                {
                    throw reader.Error(
                        $"stage '{stages[s]}' is reached but the earlier stage '{stages[s - 1]}' is not (a funnel is nested)",
                        stageCols[s] + 1
                    );
                }
            }
            var groups = new string[groupCols.Length];
            for (int g = 0; g < groupCols.Length; g++)
            {
                var v = reader[groupCols[g]].Trim();
                groups[g] = v.IsEmpty ? UnitLabels.Missing : v.ToString();
            }
            records.Add(new ScreeningRecord(reader.Line, reached, groups));
        }
        if (records.Count == 0)
        {
            throw new InputException("the screening file has a header but no rows", path, 2);
        }
        return new ScreeningData(path, [.. stages], [.. groupColumns], records, ordering);
    }

    private static int Require(DelimitedReader reader, string column, string path)
    {
        int c = reader.FindColumn(column);
        return c >= 0
            ? c
            : throw new InputException(
                $"the screening file has no '{column}' column (columns: {string.Join(", ", reader.Header)})",
                path,
                1
            );
    }

    private static bool ParseStage(DelimitedReader reader, int column, string stage)
    {
        var text = reader[column].Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        if (
            text.SequenceEqual("1")
            || text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("ja", StringComparison.OrdinalIgnoreCase)
        )
        {
            return true;
        }
        if (
            text.SequenceEqual("0")
            || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("no", StringComparison.OrdinalIgnoreCase)
            || text.Equals("nej", StringComparison.OrdinalIgnoreCase)
        )
        {
            return false;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }
        throw reader.Error(
            $"stage '{stage}' must be a flag (1/0, true/false, yes/no), a date YYYY-MM-DD (reached) or empty (not reached)",
            column + 1
        );
    }
}
