namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// One right-hand-side variable as used by the design: its values on the used rows (numeric) or its
/// level codes (factor, 0-based into <see cref="Levels"/>). Immutable.
/// </summary>
public sealed class ModelVariable
{
    private readonly double[]? _numbers;
    private readonly int[]? _codes;

    internal ModelVariable(string name, double[] numbers)
        : this(name, numbers, numbers.All(v => v is 0.0 or 1.0) && numbers.Contains(0.0) && numbers.Contains(1.0)) { }

    private ModelVariable(string name, double[] numbers, bool isBinary)
    {
        Name = name;
        Kind = VariableKind.Numeric;
        _numbers = numbers;
        Levels = [];
        IsBinary = isBinary;
    }

    internal ModelVariable(string name, int[] codes, IReadOnlyList<string> levels, int referenceIndex)
    {
        Name = name;
        Kind = VariableKind.Factor;
        _codes = codes;
        Levels = levels;
        ReferenceIndex = referenceIndex;
    }

    /// <summary>Column name.</summary>
    public string Name { get; }

    /// <summary>Numeric covariate or factor.</summary>
    public VariableKind Kind { get; }

    /// <summary>Factor levels in coding order (ordinal string order, or numeric order for <c>C(numeric)</c>); empty for numeric variables.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Index of the reference level in <see cref="Levels"/> (factors only).</summary>
    public int ReferenceIndex { get; }

    /// <summary>True for a numeric variable taking exactly the values 0 and 1 (margins use a discrete change for it).</summary>
    public bool IsBinary { get; }

    /// <summary>The same variable restricted to <paramref name="rows"/> (in that order).</summary>
    internal ModelVariable Subset(IReadOnlyList<int> rows)
    {
        if (_numbers is not null)
        {
            var v = new double[rows.Count];
            for (int r = 0; r < v.Length; r++)
            {
                v[r] = _numbers[rows[r]];
            }
            return new ModelVariable(Name, v, IsBinary);
        }
        var c = new int[rows.Count];
        for (int r = 0; r < c.Length; r++)
        {
            c[r] = _codes![rows[r]];
        }
        return new ModelVariable(Name, c, Levels, ReferenceIndex);
    }

    internal double[] Numbers => _numbers ?? throw new InvalidOperationException($"'{Name}' is a factor.");

    internal int[] Codes => _codes ?? throw new InvalidOperationException($"'{Name}' is numeric.");
}
