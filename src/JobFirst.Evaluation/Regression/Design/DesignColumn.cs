namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// One design-matrix column: the product of its components, each a numeric variable's value or a
/// factor's 0/1 indicator for one level. The intercept has no components.
/// </summary>
/// <param name="Name">R-style name: numeric variables by name, factor levels as name+level (<c>educ12+ yrs</c>), joined by <c>:</c>.</param>
/// <param name="TermIndex">Index of the term in <see cref="DesignMatrix.Terms"/>; -1 for the intercept.</param>
/// <param name="Components">The (variable index, level index) pairs multiplied together; level index -1 for numeric variables.</param>
public sealed record DesignColumn(string Name, int TermIndex, IReadOnlyList<(int Variable, int Level)> Components)
{
    /// <summary>True for the intercept column.</summary>
    public bool IsIntercept => Components.Count == 0;

    /// <summary>True when <paramref name="variable"/> (an index into <see cref="DesignMatrix.Variables"/>) enters this column.</summary>
    public bool Involves(int variable) => Components.Any(c => c.Variable == variable);
}
