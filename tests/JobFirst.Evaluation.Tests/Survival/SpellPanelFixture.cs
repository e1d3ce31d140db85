using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>
/// Hand-built panels: each person is a string of weeks from event week 1, one character per week:
/// <c>h</c> = ordinary hours (self-support code), <c>.</c> = cash benefit without hours, <c>s</c> = sickness,
/// <c>u</c> = SU, <c>i</c> = internship, <c>w</c> = wage subsidy, <c>x</c> = censoring-exit code, <c>o</c> = blank (self-support, no hours).
/// The extract ends at the person's last character (so follow-up = string length unless an <c>x</c> stops it).
/// </summary>
internal static class SpellPanelFixture
{
    public static readonly IsoWeek Visit = new(2016, 10);

    public static (EventPanel Panel, JobFirst.Evaluation.Roster.Roster Roster) Build(
        string[] persons,
        Arm[]? arms = null,
        EventPanelOptions? options = null,
        int history = 4
    )
    {
        int longest = persons.Max(p => p.Length);
        var first = Visit.AddWeeks(-history);
        var window = new ExtractWindow(first, Visit.AddWeeks(longest - 1));
        // Later visitation for shorter strings, so every person's follow-up ends at the extract's end.
        var visits = persons.Select(p => Visit.AddWeeks(longest - p.Length)).ToArray();
        var roster = new JobFirst.Evaluation.Roster.Roster(
            persons.Select(
                (p, i) =>
                    new RosterPerson(
                        i,
                        "ID" + i,
                        arms?[i] ?? (i % 2 == 0 ? Arm.Control : Arm.Treatment),
                        visits[i].Monday,
                        visits[i],
                        i < 2 ? "JC01" : "JC02",
                        "cash_benefit",
                        [
                            i % 3 == 0 ? "female" : "male",
                            (1980 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ],
                        i + 2
                    )
            ),
            ["gender", "birth_year"]
        );
        var builder = new EventPanelBuilder(
            visits,
            window,
            options ?? new EventPanelOptions { MaxFollowUpWeeks = 200 }
        );
        for (int i = 0; i < persons.Length; i++)
        {
            var cats = new BenefitCategory[window.WeekCount];
            var hours = new float[window.WeekCount];
            int start = window.OffsetOf(visits[i]);
            for (int k = 0; k < persons[i].Length; k++)
            {
                (cats[start + k], hours[start + k]) = persons[i][k] switch
                {
                    'h' => (BenefitCategory.SelfSupport, 20f),
                    '.' => (BenefitCategory.CashBenefit, 0f),
                    's' => (BenefitCategory.SicknessBenefit, 0f),
                    'u' => (BenefitCategory.StudentGrant, 0f),
                    'i' => (BenefitCategory.Internship, 0f),
                    'w' => (BenefitCategory.WageSubsidy, 0f),
                    'x' => (BenefitCategory.Exit, 0f),
                    'o' => (BenefitCategory.SelfSupport, 0f),
                    var c => throw new ArgumentException($"bad week '{c}'"),
                };
            }
            builder.Add(i, cats, hours);
        }
        return (builder.Build(), roster);
    }
}
