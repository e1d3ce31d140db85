using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// Column machinery shared by the spell and time-to-status tables: row-specific outcome columns followed by
/// the person columns (arm, treatment dummy, site, target group, roster covariates, history), written as a
/// <see cref="ResultTable"/> or a <see cref="DataFrame"/> with the same names and values.
/// </summary>
internal static class PersonTableColumns
{
    internal sealed record Column(string Name, bool Numeric, Func<int, SpellPerson, object?> Value);

    public static List<Column> PersonColumns(IReadOnlyList<string> covariateNames, IReadOnlyList<SpellPerson> persons)
    {
        var columns = new List<Column>
        {
            new("arm", false, (_, p) => p.Arm == Roster.Arm.Treatment ? "treatment" : "control"),
            new("treatment", true, (_, p) => (int)p.Arm),
            new("site", false, (_, p) => p.Site),
            new("target_group", false, (_, p) => p.TargetGroup),
        };
        for (int c = 0; c < covariateNames.Count; c++)
        {
            int index = c;
            bool numeric = persons.All(p =>
                p.Covariates[index] is null
                || double.TryParse(p.Covariates[index], NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            );
            columns.Add(
                new(
                    covariateNames[c],
                    numeric,
                    numeric
                        ? (_, p) =>
                            p.Covariates[index] is { } s
                                ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)
                                : null
                        : (_, p) => p.Covariates[index]
                )
            );
        }
        columns.Add(new("hist_weeks_observed", true, (_, p) => p.History.WeeksObserved));
        columns.Add(new("hist_weeks_employed", true, (_, p) => p.History.WeeksEmployed));
        columns.Add(new("hist_weeks_self_supporting", true, (_, p) => p.History.WeeksSelfSupporting));
        columns.Add(new("hist_weeks_sick", true, (_, p) => p.History.WeeksSick));
        return columns;
    }

    public static void CheckNames(IReadOnlyList<Column> columns, string? rosterFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (!seen.Add(c.Name))
            {
                throw new InputException(
                    $"roster column '{c.Name}' has the name of a spell-table column; rename it in the roster",
                    rosterFile,
                    1
                );
            }
        }
    }

    public static ResultTable ToResultTable(
        string title,
        IReadOnlyList<Column> columns,
        IReadOnlyList<(int Row, SpellPerson Person)> rows,
        IReadOnlyDictionary<string, string> metadata
    ) =>
        new(
            title,
            [.. columns.Select(c => c.Name)],
            rows.Select(r => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(r.Row, r.Person))]),
            metadata
        );

    public static DataFrame ToDataFrame(
        IReadOnlyList<Column> columns,
        IReadOnlyList<(int Row, SpellPerson Person)> rows
    )
    {
        var result = new List<DataColumn>(columns.Count);
        foreach (var c in columns)
        {
            if (c.Numeric)
            {
                var values = new double[rows.Count];
                for (int i = 0; i < rows.Count; i++)
                {
                    values[i] = c.Value(rows[i].Row, rows[i].Person) switch
                    {
                        null => double.NaN,
                        int v => v,
                        double v => v,
                        bool b => b ? 1 : 0,
                        var other => throw new InvalidOperationException($"Column {c.Name}: {other.GetType()}"),
                    };
                }
                result.Add(DataColumn.WrapNumbers(c.Name, values));
            }
            else
            {
                var values = new string?[rows.Count];
                for (int i = 0; i < rows.Count; i++)
                {
                    values[i] = c.Value(rows[i].Row, rows[i].Person)?.ToString();
                }
                result.Add(DataColumn.WrapTexts(c.Name, values));
            }
        }
        return new DataFrame(result);
    }
}
