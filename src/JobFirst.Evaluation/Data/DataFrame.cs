namespace JobFirst.Evaluation.Data;

/// <summary>
/// A small immutable column-oriented table for person-level analyses (generic <c>diff</c>, <c>logit</c>,
/// <c>ols</c>, <c>cox</c> commands and the no-control-group tables). Register-scale work does not go
/// through this type; it streams.
/// </summary>
public sealed class DataFrame
{
    private readonly Dictionary<string, int> _byName;

    /// <summary>Creates a frame from columns of equal length with distinct names.</summary>
    public DataFrame(IReadOnlyList<DataColumn> columns, string? sourceFile = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        SourceFile = sourceFile;
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
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
