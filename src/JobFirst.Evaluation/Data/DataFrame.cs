namespace JobFirst.Evaluation.Data;

/// <summary>
/// A small immutable column-oriented table for person-level analyses (generic <c>diff</c>, <c>logit</c>,
/// <c>ols</c>, <c>cox</c> commands and the no-control-group tables). Register-scale work does not go
/// through this type; it streams.
/// </summary>
public sealed class DataFrame
{
    private readonly Dictionary<string, int> _byName;
    private readonly long[]? _lines;

    /// <summary>Creates a frame from columns of equal length with distinct names.</summary>
    public DataFrame(IReadOnlyList<DataColumn> columns, string? sourceFile = null)
        : this(columns, sourceFile, null) { }

    internal DataFrame(IReadOnlyList<DataColumn> columns, string? sourceFile, long[]? lines)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        SourceFile = sourceFile;
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        if (lines is not null && lines.Length != RowCount)
        {
            throw new ArgumentException($"{lines.Length} line numbers for {RowCount} rows.", nameof(lines));
        }
        _lines = lines;
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i].Count != RowCount)
            {
                throw new ArgumentException(
                    $"Column '{columns[i].Name}' has {columns[i].Count} rows, expected {RowCount}."
                );
            }
            if (!_byName.TryAdd(columns[i].Name, i))
            {
                throw new ArgumentException($"Duplicate column name '{columns[i].Name}'.");
            }
        }
    }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<DataColumn> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The file the frame was read from, when any (for error messages).</summary>
    public string? SourceFile { get; }

    /// <summary>
    /// The 1-based line of <see cref="SourceFile"/> that row <paramref name="row"/> (0-based) was read from,
    /// for error messages; 0 when the frame was built in memory.
    /// </summary>
    public long LineOf(int row) => _lines is null ? 0 : _lines[row];

    /// <summary>The 1-based position of column <paramref name="name"/> in the file (0 when absent).</summary>
    public int ColumnNumberOf(string name) => _byName.TryGetValue(name, out int i) ? i + 1 : 0;

    /// <summary>
    /// The rows <paramref name="rows"/> (0-based, in the given order) as a new frame with the same columns,
    /// source file and line numbers.
    /// </summary>
    public DataFrame Subset(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = new List<DataColumn>(Columns.Count);
        foreach (var c in Columns)
        {
            if (c.Kind == DataColumnKind.Numeric)
            {
                var source = c.Numbers;
                var values = new double[rows.Count];
                for (int i = 0; i < rows.Count; i++)
                {
                    values[i] = source[rows[i]];
                }
                columns.Add(DataColumn.WrapNumbers(c.Name, values));
            }
            else
            {
                var source = c.Texts;
                var values = new string?[rows.Count];
                for (int i = 0; i < rows.Count; i++)
                {
                    values[i] = source[rows[i]];
                }
                columns.Add(DataColumn.WrapTexts(c.Name, values));
            }
        }
        return new DataFrame(columns, SourceFile, _lines is null ? null : [.. rows.Select(r => _lines[r])]);
    }

    /// <summary>True when a column with this exact name exists.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The column named <paramref name="name"/>; an <see cref="Errors.InputException"/> naming the file when absent.</summary>
    public DataColumn this[string name] =>
        _byName.TryGetValue(name, out int i)
            ? Columns[i]
            : throw new Errors.InputException(
                $"no column '{name}' (columns: {string.Join(", ", Columns.Select(c => c.Name))})",
                SourceFile,
                1
            );
}
