using System.Globalization;
using System.Reflection;
using System.Text;

namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>
/// An immutable, self-describing result table: ordered snake_case column names, rows of cells
/// (string, number, bool or null for missing/suppressed) and metadata (conventions, counts of
/// excluded rows, suppression notes). Every analysis result can be turned into one, and the CLI,
/// report and notebook formatters write only this type.
/// </summary>
public sealed partial class ResultTable
{
    private readonly object?[][] _rows;

    /// <summary>Creates a table. Each row must have one cell per column.</summary>
    public ResultTable(
        string title,
        IReadOnlyList<string> columns,
        IEnumerable<IReadOnlyList<object?>> rows,
        IReadOnlyDictionary<string, string>? metadata = null
    )
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Title = title;
        Columns = [.. columns];
        _rows = [.. rows.Select(r => r.ToArray())];
        foreach (var r in _rows)
        {
            if (r.Length != Columns.Count)
            {
                throw new ArgumentException(
                    $"Row has {r.Length} cells, table has {Columns.Count} columns.",
                    nameof(rows)
                );
            }
        }
        Metadata = metadata is null
            ? new SortedDictionary<string, string>(StringComparer.Ordinal)
            : new SortedDictionary<string, string>(metadata.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>Short title (used as caption and JSON <c>title</c>).</summary>
    public string Title { get; }

    /// <summary>Column names in output order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => _rows.Length;

    /// <summary>Metadata key/value pairs, sorted by key for deterministic output.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The cell in row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    public object? this[int row, int column] => _rows[row][column];

    /// <summary>The cell in row <paramref name="row"/> and the named column.</summary>
    public object? this[int row, string column] => _rows[row][IndexOf(column)];

    /// <summary>The rows as read-only lists of cells.</summary>
    public IEnumerable<IReadOnlyList<object?>> Rows => _rows;

    /// <summary>Index of a column by name; throws when absent.</summary>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        throw new ArgumentException($"No column '{column}'.", nameof(column));
    }

    /// <summary>A copy with extra metadata entries (existing keys overwritten).</summary>
    public ResultTable WithMetadata(IReadOnlyDictionary<string, string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var merged = new Dictionary<string, string>(Metadata);
        foreach (var (k, v) in extra)
        {
            merged[k] = v;
        }
        return new ResultTable(Title, Columns, _rows, merged);
    }

    /// <summary>
    /// Builds a table from records: one column per public instance property, named in snake_case
    /// (<c>StdError</c> → <c>std_error</c>), in declaration order.
    /// </summary>
    public static ResultTable FromRecords<T>(
        string title,
        IEnumerable<T> records,
        IReadOnlyDictionary<string, string>? metadata = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        var props = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .ToArray();
        var rows = records.Select(r => (IReadOnlyList<object?>)[.. props.Select(p => Normalise(p.GetValue(r)))]);
        return new ResultTable(title, [.. props.Select(p => SnakeCase(p.Name))], rows, metadata);
    }

    private static object? Normalise(object? value) =>
        value switch
        {
            null => null,
            Enum e => SnakeCase(e.ToString()),
            float f => (double)f,
            _ => value,
        };

    /// <summary>Converts PascalCase to snake_case (<c>NTreated</c> → <c>n_treated</c>).</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool prevLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                bool prevUpper = i > 0 && char.IsUpper(name[i - 1]);
                if (i > 0 && (prevLowerOrDigit || (prevUpper && nextLower)))
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Writes the table in <paramref name="format"/>.</summary>
    public void Write(TextWriter writer, TableFormat format) => ResultTableWriter.Write(this, writer, format);

    /// <summary>Writes the table in <paramref name="format"/> with the number conventions of <paramref name="dialect"/>.</summary>
    public void Write(TextWriter writer, TableFormat format, TableDialect dialect) =>
        ResultTableWriter.Write(this, writer, format, dialect);

    /// <summary>The table as a string in <paramref name="format"/>.</summary>
    public string ToString(TableFormat format) => ToString(format, TableDialect.Invariant);

    /// <summary>The table as a string in <paramref name="format"/> and <paramref name="dialect"/> (e.g. Danish CSV: <c>;</c> and decimal comma).</summary>
    public string ToString(TableFormat format, TableDialect dialect)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Write(w, format, dialect);
        return w.ToString();
    }

    /// <summary>Aligned plain text.</summary>
    public override string ToString() => ToString(TableFormat.Text);
}
