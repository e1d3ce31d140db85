using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Linkage;

/// <summary>
/// A rule that leaves registrations out before linking two sources, with its reason (seed 004:1509: test
/// persons, persons registered in a municipality outside the project). A row is excluded when its
/// <see cref="Column"/> value is one of <see cref="Values"/> (<c>column=v1|v2</c>), or, with
/// <see cref="Negated"/>, is none of them (<c>column!=v1|v2</c>).
/// </summary>
/// <param name="Column">The column tested (case-insensitive).</param>
/// <param name="Values">The values (compared exactly after trimming).</param>
/// <param name="Negated">True for <c>!=</c>: exclude rows whose value is not listed.</param>
/// <param name="Reason">The reason reported in the discrepancy table.</param>
public sealed record ExclusionRule(string Column, IReadOnlyList<string> Values, bool Negated, string Reason)
{
    /// <summary>True when a row with <paramref name="value"/> in <see cref="Column"/> is excluded.</summary>
    public bool Excludes(string value) => Values.Contains(value.Trim(), StringComparer.Ordinal) != Negated;

    /// <summary>
    /// Parses <c>column=value[|value...]</c> or <c>column!=value[|value...]</c>, optionally followed by
    /// <c>:reason</c>; without a reason it reads e.g. <c>test_person = 1</c>.
    /// </summary>
    /// <exception cref="InputException">Not of that form.</exception>
    public static ExclusionRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string rule = text;
        string? reason = null;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            rule = text[..colon];
            reason = text[(colon + 1)..].Trim();
        }
        bool negated = rule.Contains("!=", StringComparison.Ordinal);
        string[] parts = rule.Split(negated ? "!=" : "=", 2);
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            throw new InputException(
                $"exclusion rule '{text}' must look like column=value, column!=v1|v2 or column=value:reason"
            );
        }
        string column = parts[0].Trim();
        var values = parts[1].Split('|', StringSplitOptions.TrimEntries);
        return new ExclusionRule(
            column,
            values,
            negated,
            string.IsNullOrEmpty(reason) ? $"{column} {(negated ? "not in" : "=")} {string.Join("|", values)}" : reason
        );
    }
}
