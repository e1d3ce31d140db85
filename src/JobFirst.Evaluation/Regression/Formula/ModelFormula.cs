namespace JobFirst.Evaluation.Regression.Formula;

/// <summary>
/// A parsed model formula <c>y ~ a + b + C(c, ref=level) + a:b</c> (R/Wilkinson–Rogers notation):
/// <c>*</c> expands to main effects plus their interaction, <c>:</c> is an interaction, <c>-1</c> or
/// <c>+0</c> drops the intercept, <c>- term</c> removes a term. Terms are ordered like R's
/// <c>terms()</c>: by interaction order, then in the order written.
/// </summary>
public sealed record ModelFormula
{
    internal ModelFormula(
        string text,
        string response,
        IReadOnlyList<FormulaTerm> terms,
        bool hasIntercept,
        IReadOnlyDictionary<string, FactorCoding> factorCodings
    )
    {
        Text = text;
        Response = response;
        Terms = terms;
        HasIntercept = hasIntercept;
        FactorCodings = factorCodings;
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The response (left-hand side) column.</summary>
    public string Response { get; }

    /// <summary>Right-hand-side terms in R's order (main effects first, then interactions).</summary>
    public IReadOnlyList<FormulaTerm> Terms { get; }

    /// <summary>True unless the formula says <c>-1</c> or <c>+0</c>.</summary>
    public bool HasIntercept { get; }

    /// <summary>Variables written with <c>C(...)</c>, by name.</summary>
    public IReadOnlyDictionary<string, FactorCoding> FactorCodings { get; }

    /// <summary>Every right-hand-side variable, in first-appearance order.</summary>
    public IReadOnlyList<string> Variables => [.. Terms.SelectMany(t => t.Variables).Distinct(StringComparer.Ordinal)];

    /// <summary>Parses <paramref name="text"/>; syntax errors are <see cref="Errors.InputException"/>s naming the character position.</summary>
    public static ModelFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FormulaParser(text).Parse();
    }

    /// <summary>
    /// Parses a one-sided formula <c>~ a + b</c> (the right-hand side of R's <c>coxph(Surv(...) ~ a + b)</c>) whose
    /// response is given separately as <paramref name="response"/> (used only for listwise deletion). Syntax errors
    /// name the character position in <paramref name="text"/>.
    /// </summary>
    public static ModelFormula ParseRightHandSide(string text, string response)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(response);
        return new FormulaParser(text, response).Parse();
    }

    /// <summary>The same formula with an intercept (R's <c>coxph</c> codes factors as if an intercept were present).</summary>
    internal ModelFormula WithIntercept() =>
        HasIntercept ? this : new ModelFormula(Text, Response, Terms, true, FactorCodings);

    /// <inheritdoc />
    public override string ToString() => Text;
}
