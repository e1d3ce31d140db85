using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Roster;

/// <summary>One randomised person from the trial roster.</summary>
/// <param name="Index">Position in <see cref="Roster.Persons"/> (0-based); the key every other source links to.</param>
/// <param name="PersonId">The person identifier as written in the roster (a string; never print it).</param>
/// <param name="Arm">Randomised arm.</param>
/// <param name="VisitationDate">Visitation (randomisation) date.</param>
/// <param name="VisitationWeek">The ISO week containing <paramref name="VisitationDate"/>: event week 1.</param>
/// <param name="Site">Jobcentre or municipality.</param>
/// <param name="TargetGroup">Target group (e.g. cash benefit vs resource course).</param>
/// <param name="Covariates">Covariate values aligned with <see cref="Roster.CovariateNames"/>; an empty cell is null.</param>
/// <param name="Line">The roster line the person was read from (for error messages; 0 when built in memory).</param>
public sealed record RosterPerson(
    int Index,
    string PersonId,
    Arm Arm,
    DateOnly VisitationDate,
    IsoWeek VisitationWeek,
    string Site,
    string TargetGroup,
    IReadOnlyList<string?> Covariates,
    long Line
)
{
    /// <summary>Describes the person by index and line only, so a stray log line never leaks the identifier.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"RosterPerson {{ Index = {Index}, Arm = {Arm}, Line = {Line} }}");
}
