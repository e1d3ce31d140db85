namespace JobFirst.Evaluation.Regression.Formula;

/// <summary>
/// One right-hand-side term: a main effect (one variable) or an interaction (several variables joined
/// by <c>:</c>). Variables are kept in the order written, duplicates removed (R: <c>x:x</c> is <c>x</c>).
/// </summary>
public sealed record FormulaTerm
{
    /// <summary>Creates a term from its variables (at least one).</summary>
    public FormulaTerm(IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.Count == 0)
        {
            throw new ArgumentException("A term needs at least one variable.", nameof(variables));
        }
        Variables = [.. variables.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The variables, in the order written.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Interaction order (1 = main effect).</summary>
    public int Order => Variables.Count;

    /// <summary>R-style label, e.g. <c>age:educ</c>.</summary>
    public string Label => string.Join(":", Variables);

    /// <summary>True when both terms contain the same variables (in any order).</summary>
    public bool SameVariables(IReadOnlyCollection<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return variables.Count == Variables.Count && Variables.All(variables.Contains);
    }

    /// <inheritdoc />
    public bool Equals(FormulaTerm? other) => other is not null && SameVariables(other.Variables);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int h = 0;
        foreach (var v in Variables)
        {
            h ^= StringComparer.Ordinal.GetHashCode(v);
        }
        return h;
    }

    /// <inheritdoc />
    public override string ToString() => Label;
}
