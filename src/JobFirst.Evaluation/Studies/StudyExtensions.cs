using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Studies;

/// <summary>Script and notebook conveniences on a loaded <see cref="Study"/>.</summary>
public static class StudyExtensions
{
    /// <summary>
    /// What was loaded, as a table <c>measure, value</c>: persons per arm, sites, target groups, roster covariates, the
    /// register extract, the longest follow-up and the linkage counts. Counts and names only, never a person identifier,
    /// so it is safe to print (it is what the notebook formatter shows for a study).
    /// </summary>
    public static ResultTable Summary(this Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var persons = study.Roster.Persons;
        int treated = study.Treated.Count(t => t);
        int longest = 0;
        for (int p = 0; p < study.Panel.PersonCount; p++)
        {
            longest = Math.Max(longest, study.Panel.ObservedWeeks(p));
        }
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("persons", persons.Count),
            Row("treatment", treated),
            Row("control", persons.Count - treated),
            Row("sites", persons.Select(p => p.Site).Distinct(StringComparer.Ordinal).Count()),
            Row(
                "target_groups",
                string.Join(
                    " ",
                    persons.Select(p => p.TargetGroup).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                )
            ),
            Row("covariates", string.Join(" ", study.Roster.CovariateNames)),
            Row("extract", $"{study.Panel.Window.First}..{study.Panel.Window.Last}"),
            Row("extract_weeks", study.Panel.Window.WeekCount),
            Row("longest_follow_up_weeks", longest),
            Row("register_matched", study.Linkage.RegisterMatched),
            Row("register_roster_only", study.Linkage.RosterOnly),
            Row("register_only_rows", study.Linkage.RegisterOnlyRows),
            Row("hours", study.Panel.HasHours ? "yes" : "no"),
        };
        return new ResultTable(
            "Study",
            ["measure", "value"],
            rows,
            new Dictionary<string, string>
            {
                ["roster"] = Path.GetFileName(study.Files.Roster),
                ["register"] = Path.GetFileName(study.Files.Register),
                ["register_format"] = ResultTable.SnakeCase(study.Files.RegisterFormat.ToString()),
                ["codebook"] = study.Files.Codebook is { } c ? Path.GetFileName(c) : "built-in (illustrative)",
                ["max_follow_up_weeks"] = study.Panel.MaxFollowUpWeeks.ToString(CultureInfo.InvariantCulture),
            }
        );
    }

    private static IReadOnlyList<object?> Row(string measure, object value) => [measure, value];
}
