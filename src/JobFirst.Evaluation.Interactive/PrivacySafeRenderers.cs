using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Interactive;

/// <summary>
/// Summaries for the objects that hold person identifiers (<see cref="Study"/>, <see cref="Roster.Roster"/>,
/// <see cref="RosterPerson"/>). A notebook's default formatter lists every property, which would print the roster's
/// person ids when a cell ends in <c>study</c> or <c>study.Roster.Persons[0]</c>; these show counts and names only.
/// </summary>
public static class PrivacySafeRenderers
{
    /// <summary>The roster as a table <c>measure, value</c>: persons per arm, sites, covariate names, source file.</summary>
    public static ResultTable RosterSummary(Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        int treated = roster.Persons.Count(p => p.Arm == Arm.Treatment);
        return new ResultTable(
            "Roster",
            ["measure", "value"],
            [
                ["persons", roster.Count],
                ["treatment", treated],
                ["control", roster.Count - treated],
                ["sites", roster.Persons.Select(p => p.Site).Distinct(StringComparer.Ordinal).Count()],
                ["covariates", string.Join(" ", roster.CovariateNames)],
                ["source", roster.SourceFile is { } f ? Path.GetFileName(f) : "in memory"],
            ]
        );
    }

    /// <summary>A roster person by index, arm and roster line only (<see cref="RosterPerson.ToString"/>).</summary>
    public static string PersonText(RosterPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.ToString();
    }

    /// <summary>The study summary (<see cref="StudyExtensions.Summary"/>) as text.</summary>
    public static string StudyText(Study study) => study.Summary().ToString();

    /// <summary>The roster summary as text.</summary>
    public static string RosterText(Roster.Roster roster) => RosterSummary(roster).ToString();

    /// <summary>A list of roster persons: how many, never who.</summary>
    public static string PersonsText(IEnumerable<RosterPerson> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        return string.Create(CultureInfo.InvariantCulture, $"{persons.Count()} roster persons (identifiers not shown)");
    }
}
