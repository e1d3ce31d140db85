namespace JobFirst.Evaluation.Data;

/// <summary>
/// One column of a <see cref="DataFrame"/>: numeric (double, NaN = missing) or text (null = missing).
/// Immutable once built.
/// </summary>
public sealed class DataColumn
{
    private readonly double[]? _numbers;
    private readonly string?[]? _texts;

    private DataColumn(string name, double[]? numbers, string?[]? texts)
    {
        Name = name;
        _numbers = numbers;
        _texts = texts;
    }

    /// <summary>Column name as in the file header.</summary>
    public string Name { get; }

    /// <summary>Numeric or text.</summary>
    public DataColumnKind Kind => _numbers is not null ? DataColumnKind.Numeric : DataColumnKind.Text;

    /// <summary>Number of rows.</summary>
    public int Count => _numbers?.Length ?? _texts!.Length;

    /// <summary>Creates a numeric column (NaN marks missing values). The array is copied.</summary>
    public static DataColumn FromNumbers(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new DataColumn(name, [.. values], null);
    }

    /// <summary>Creates a text column (null marks missing values). The array is copied.</summary>
    public static DataColumn FromTexts(string name, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new DataColumn(name, null, [.. values]);
    }

    internal static DataColumn WrapNumbers(string name, double[] values) => new(name, values, null);

    internal static DataColumn WrapTexts(string name, string?[] values) => new(name, null, values);

    /// <summary>The numeric values (NaN = missing). Throws when the column is text.</summary>
    public ReadOnlySpan<double> Numbers =>
        _numbers ?? throw new InvalidOperationException($"Column '{Name}' is text, not numeric.");

    /// <summary>The values as text (numbers formatted invariantly; null = missing).</summary>
    public string? TextAt(int row) =>
        _texts is not null ? _texts[row]
        : double.IsNaN(_numbers![row]) ? null
        : _numbers[row].ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when the value in <paramref name="row"/> is missing.</summary>
    public bool IsMissing(int row) => _numbers is not null ? double.IsNaN(_numbers[row]) : _texts![row] is null;

    /// <summary>The text values. Throws when the column is numeric.</summary>
    public IReadOnlyList<string?> Texts =>
        _texts ?? throw new InvalidOperationException($"Column '{Name}' is numeric, not text.");
}
