namespace JobFirst.Evaluation.Indicators;

/// <summary>One possible outcome of "first outcome after visitation": a name and the weekly statuses that make it.</summary>
/// <param name="Name">Output name, e.g. <c>employment</c>.</param>
/// <param name="Statuses">The person-weeks that count as this outcome.</param>
public sealed record OutcomeDefinition(string Name, StatusSet Statuses)
{
    /// <summary>
    /// Seed 004's three outcomes in their tie-breaking order: employment (ordinary hours &gt; 0), SU-eligible
    /// education (<c>student_grant</c>), flexjob (004:797, 004:1643).
    /// </summary>
    public static IReadOnlyList<OutcomeDefinition> Seed004 { get; } =
    [new("employment", StatusSet.Employment), new("education", StatusSet.Education), new("flexjob", StatusSet.Flexjob)];
}
