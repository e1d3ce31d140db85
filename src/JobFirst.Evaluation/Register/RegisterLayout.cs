using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// The columns of a register file: the id column (<c>person_id</c>, or <c>pnr</c> as DREAM names it),
/// the contiguous range of ISO weeks it covers, and (wide form) which column holds each week and
/// each <c>grad_YYYY_MM</c> month. Week order always comes from the parsed week, never the text.
/// </summary>
public sealed class RegisterLayout
{
    private const int MaxListedMissingWeeks = 30;

    internal RegisterLayout(
        RegisterFormat format,
        int idColumn,
        string idColumnName,
        IsoWeek firstWeek,
        int weekCount,
        int[] weekColumns,
        YearMonth[] gradMonths,
        int[] gradColumns,
        string[] ignoredColumns
    )
    {
        Format = format;
        IdColumn = idColumn;
        IdColumnName = idColumnName;
        FirstWeek = firstWeek;
        WeekCount = weekCount;
        WeekColumnIndices = weekColumns;
        GradMonthArray = gradMonths;
        GradColumnIndices = gradColumns;
        IgnoredColumns = ignoredColumns;
    }

    /// <summary>Wide (one row per person) or long (one row per person-week).</summary>
    public RegisterFormat Format { get; }

    /// <summary>0-based index of the id column.</summary>
    public int IdColumn { get; }

    /// <summary>The id column's name as written in the header.</summary>
    public string IdColumnName { get; }

    /// <summary>The first ISO week of the extract.</summary>
    public IsoWeek FirstWeek { get; }

    /// <summary>The last ISO week of the extract (inclusive).</summary>
    public IsoWeek LastWeek => FirstWeek.AddWeeks(WeekCount - 1);

    /// <summary>Number of weeks from <see cref="FirstWeek"/> to <see cref="LastWeek"/> inclusive.</summary>
    public int WeekCount { get; }

    /// <summary>Wide form: the 0-based column holding week offset k (k = week − <see cref="FirstWeek"/>); empty for the long form.</summary>
    public IReadOnlyList<int> WeekColumns => WeekColumnIndices;

    /// <summary>The months of the <c>grad_YYYY_MM</c> columns, in month order (empty when none).</summary>
    public IReadOnlyList<YearMonth> GradMonths => GradMonthArray;

    /// <summary>The 0-based column of each month in <see cref="GradMonths"/>.</summary>
    public IReadOnlyList<int> GradColumns => GradColumnIndices;

    /// <summary>Columns the scan does not use (e.g. <c>branche_YYYY_MM</c>, <c>akYY</c>), listed for the report.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    internal int[] WeekColumnIndices { get; }

    internal YearMonth[] GradMonthArray { get; }

    internal int[] GradColumnIndices { get; }

    /// <summary>The week at offset <paramref name="offset"/> from <see cref="FirstWeek"/>.</summary>
    public IsoWeek WeekAt(int offset) => FirstWeek.AddWeeks(offset);

    /// <summary>True when <paramref name="week"/> lies inside the extract.</summary>
    public bool Contains(IsoWeek week) => week >= FirstWeek && week <= LastWeek;

    /// <summary>
    /// Parses a wide register header: the id column, <c>y_YYWW</c> week columns (must parse and form a
    /// contiguous run of ISO weeks, in any column order), optional <c>grad_YYYY_MM</c> columns; other
    /// columns are ignored and listed.
    /// </summary>
    /// <exception cref="InputException">
    /// No or two id columns, a <c>y_</c> column that is not a valid ISO week (named), a week given twice,
    /// holes in the week sequence (the missing weeks are listed), a malformed <c>grad_</c> column, or no week columns.
    /// </exception>
    public static RegisterLayout ParseWide(IReadOnlyList<string> header, string? file)
    {
        ArgumentNullException.ThrowIfNull(header);
        int idColumn = FindIdColumn(header, file);
        var weeks = new List<(IsoWeek Week, int Column)>();
        var grads = new List<(YearMonth Month, int Column)>();
        var ignored = new List<string>();
        for (int c = 0; c < header.Count; c++)
        {
            if (c == idColumn)
            {
                continue;
            }
            string name = header[c];
            if (IsoWeek.LooksLikeDreamColumn(name))
            {
                if (!IsoWeek.TryParseDreamColumn(name, out var week, out var error))
                {
                    throw new InputException(
                        $"week column '{Shorten(name)}' is not a valid ISO week column y_YYWW: {error}",
                        file,
                        1,
                        c + 1
                    );
                }
                weeks.Add((week, c));
            }
            else if (name.StartsWith("grad_", StringComparison.OrdinalIgnoreCase))
            {
                if (!YearMonth.TryParse(name.AsSpan(5), out var month) || month.Year > 9998)
                {
                    throw new InputException(
                        $"column '{Shorten(name)}' is not a monthly employment-degree column grad_YYYY_MM",
                        file,
                        1,
                        c + 1
                    );
                }
                grads.Add((month, c));
            }
            else
            {
                ignored.Add(name);
            }
        }
        if (weeks.Count == 0)
        {
            throw new InputException("the register has no week columns (y_YYWW)", file, 1, 0);
        }
        weeks.Sort((a, b) => a.Week.CompareTo(b.Week));
        for (int i = 1; i < weeks.Count; i++)
        {
            if (weeks[i].Week == weeks[i - 1].Week)
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"week {weeks[i].Week} appears twice (columns {weeks[i - 1].Column + 1} and {weeks[i].Column + 1})"
                    ),
                    file,
                    1,
                    Math.Max(weeks[i].Column, weeks[i - 1].Column) + 1
                );
            }
        }
        var first = weeks[0].Week;
        var last = weeks[^1].Week;
        int count = last - first + 1;
        if (count != weeks.Count)
        {
            throw new InputException(MissingWeeksMessage(weeks.Select(w => w.Week), first, count), file, 1, 0);
        }
        grads.Sort((a, b) => a.Month.CompareTo(b.Month));
        for (int i = 1; i < grads.Count; i++)
        {
            if (grads[i].Month == grads[i - 1].Month)
            {
                throw new InputException(
                    FormattableString.Invariant($"month {grads[i].Month} appears twice among the grad columns"),
                    file,
                    1,
                    Math.Max(grads[i].Column, grads[i - 1].Column) + 1
                );
            }
        }
        return new RegisterLayout(
            RegisterFormat.Wide,
            idColumn,
            header[idColumn],
            first,
            count,
            [.. weeks.Select(w => w.Column)],
            [.. grads.Select(g => g.Month)],
            [.. grads.Select(g => g.Column)],
            [.. ignored]
        );
    }

    internal static RegisterLayout ForLong(
        int idColumn,
        string idColumnName,
        IsoWeek first,
        IsoWeek last,
        string[] ignored
    ) => new(RegisterFormat.LongForm, idColumn, idColumnName, first, last - first + 1, [], [], [], ignored);

    /// <summary>Finds the id column (<c>person_id</c> or <c>pnr</c>, case-insensitive); exactly one must exist.</summary>
    internal static int FindIdColumn(IReadOnlyList<string> header, string? file)
    {
        int found = -1;
        for (int c = 0; c < header.Count; c++)
        {
            if (
                header[c].Equals("person_id", StringComparison.OrdinalIgnoreCase)
                || header[c].Equals("pnr", StringComparison.OrdinalIgnoreCase)
            )
            {
                if (found >= 0)
                {
                    throw new InputException(
                        FormattableString.Invariant(
                            $"more than one id column (columns {found + 1} and {c + 1}); keep exactly one of person_id or pnr"
                        ),
                        file,
                        1,
                        c + 1
                    );
                }
                found = c;
            }
        }
        if (found < 0)
        {
            throw new InputException("no id column; expected 'person_id' (or 'pnr')", file, 1, 0);
        }
        return found;
    }

    private static string MissingWeeksMessage(IEnumerable<IsoWeek> present, IsoWeek first, int count)
    {
        var have = new bool[count];
        foreach (var w in present)
        {
            have[w - first] = true;
        }
        var missing = Enumerable.Range(0, count).Where(k => !have[k]).Select(first.AddWeeks).ToList();
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"the week columns have holes: {missing.Count} week(s) missing between {first} and {first.AddWeeks(count - 1)}: "
        );
        sb.AppendJoin(", ", missing.Take(MaxListedMissingWeeks).Select(w => $"{w.ToDreamColumn()} ({w})"));
        if (missing.Count > MaxListedMissingWeeks)
        {
            sb.Append(CultureInfo.InvariantCulture, $", ... and {missing.Count - MaxListedMissingWeeks} more");
        }
        return sb.ToString();
    }

    private static string Shorten(string name) => name.Length > 40 ? string.Concat(name.AsSpan(0, 40), "...") : name;
}
