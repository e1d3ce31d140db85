namespace JobFirst.Evaluation.Regression.Design;

/// <summary>A formula term and the design columns it produced (term → columns map, as R's <c>assign</c>).</summary>
/// <param name="Label">R-style term label, e.g. <c>age</c>, <c>educ</c>, <c>age:educ</c>.</param>
/// <param name="Columns">Indices of the term's columns in the design matrix.</param>
public sealed record DesignTerm(string Label, IReadOnlyList<int> Columns);
