using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Helpers shared by the participants-design (monitoring) sections.</summary>
internal static class MonitoringSupport
{
    /// <summary>Runs a monitoring analysis; an input error (a missing file, an unknown column) is located at <paramref name="key"/> of the section.</summary>
    public static T Run<T>(ReportContext context, SectionSpec options, string key, Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (InputException ex) when (ex.File is null)
        {
            throw context.ScopeOf(options).Error(key, ex.Message);
        }
    }

    /// <summary>
    /// A monitoring table whose library already blanked small cells (null, <c>suppressed = true</c>): records those
    /// blank cells of <paramref name="valueColumns"/> as suppressed so the report marks them and the manifest lists them.
    /// </summary>
    public static ReportTable Flagged(
        string id,
        ResultTable table,
        string caption,
        IReadOnlyList<string> valueColumns,
        Func<IReadOnlyList<object?>, string, bool>? applies = null
    )
    {
        int flag = table.IndexOf("suppressed");
        return TableSuppression.Apply(
            id,
            table,
            caption,
            (_, cells) =>
                cells[flag] is true
                    ?
                    [
                        .. valueColumns.Where(c =>
                            cells[table.IndexOf(c)] is null && (applies?.Invoke(cells, c) ?? true)
                        ),
                    ]
                    : []
        );
    }

    /// <summary>
    /// A table of shares (persons <paramref name="countColumn"/> of <paramref name="nColumn"/>): besides the cells the
    /// library blanked, a shown share whose complement (persons without the status) is 1..min_cell−1 is blanked too,
    /// as in the weekly levels (48 of 49 identifies the one who is not).
    /// </summary>
    public static ReportTable Shares(
        string id,
        ResultTable table,
        string caption,
        string nColumn,
        string countColumn,
        IReadOnlyList<string> valueColumns,
        int minCell
    )
    {
        int flag = table.IndexOf("suppressed");
        int n = table.IndexOf(nColumn);
        int count = table.IndexOf(countColumn);
        return TableSuppression.Apply(
            id,
            table,
            caption,
            (_, cells) =>
            {
                if (cells[flag] is true)
                {
                    return [.. valueColumns.Where(c => cells[table.IndexOf(c)] is null)];
                }
                if (cells[n] is int total && cells[count] is int k && TableSuppression.IsSmall(total - k, minCell))
                {
                    return [.. valueColumns.Where(c => cells[table.IndexOf(c)] is not null)];
                }
                return [];
            }
        );
    }

    /// <summary>The unit a column groups by, in words: municipality (participants) or jobcentre (trial) for <c>site</c>, benefit group for <c>target_group</c>.</summary>
    public static (string Singular, string Plural) UnitWords(ReportContext context, string by) =>
        by switch
        {
            "site" or "municipality" when context.Design == ReportDesigns.Participants => (
                context.Localized("municipality", "kommune"),
                context.Localized("municipalities", "kommuner")
            ),
            "site" => (context.Localized("jobcentre", "jobcenter"), context.Localized("jobcentres", "jobcentre")),
            "municipality" => (
                context.Localized("municipality", "kommune"),
                context.Localized("municipalities", "kommuner")
            ),
            "target_group" => (
                context.Localized("benefit group", "ydelsesgruppe"),
                context.Localized("benefit groups", "ydelsesgrupper")
            ),
            _ => (by.Replace('_', ' '), by.Replace('_', ' ')),
        };

    /// <summary>Display label of a screening stage column (seed 004:453 wording).</summary>
    public static string StageLabel(ReportContext context, string stage) =>
        stage switch
        {
            "screened" => context.Localized("Screened", "Screenet"),
            "accepted_visitation" => context.Localized("Accepted visitation", "Takket ja til visitation"),
            "visitation_held" => context.Localized("Visitation meeting held", "Visitationssamtale afholdt"),
            "visited" => context.Localized("Visited", "Visiteret"),
            _ => stage.Length == 0 ? stage : char.ToUpperInvariant(stage[0]) + stage[1..].Replace('_', ' '),
        };

    /// <summary>Checks that <paramref name="value"/> is one of <paramref name="allowed"/>.</summary>
    public static void OneOf(SpecScope scope, string key, string value, params string[] allowed)
    {
        if (!allowed.Contains(value))
        {
            throw scope.Error(key, $"must be {string.Join(" or ", allowed.Select(a => $"\"{a}\""))}, not \"{value}\"");
        }
    }
}
