using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// A named set of weekly statuses: register categories (from the codebook) and, optionally, "employed"
/// (ordinary hours &gt; 0, 000:341). A person-week is in the set when its category is one of
/// <see cref="Categories"/> or, with <see cref="IncludesEmployed"/>, its ordinary hours are positive. Used for
/// the monitoring shares ("company-oriented activity, education or paid hours", 003:27) and the outcomes of
/// "first outcome after visitation" (004:797).
/// </summary>
/// <remarks>
/// Status names on the command line: any codebook category (<c>internship</c>, <c>wage_subsidy</c>,
/// <c>student_grant</c>, <c>flexjob</c>, ...), <c>employed</c> (hours &gt; 0), and two shorthands:
/// <c>education</c> = <c>student_grant</c> + <c>education_benefit</c> (as the weekly <c>education</c>
/// indicator) and <c>company_oriented</c> = <c>internship</c> + <c>wage_subsidy</c> + <c>employed</c>
/// (<c>virksomhedsrettet indsats</c>).
/// </remarks>
public sealed class StatusSet
{
    private readonly uint _mask;

    /// <summary>Creates a set.</summary>
    /// <param name="name">Output name (snake_case recommended).</param>
    /// <param name="categories">Register categories in the set.</param>
    /// <param name="includesEmployed">True when a week with ordinary hours &gt; 0 is in the set whatever its category.</param>
    public StatusSet(string name, IEnumerable<BenefitCategory> categories, bool includesEmployed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(categories);
        Name = name;
        Categories = [.. categories.Distinct().Order()];
        IncludesEmployed = includesEmployed;
        foreach (var c in Categories)
        {
            _mask |= 1u << (int)c;
        }
        if (_mask == 0 && !includesEmployed)
        {
            throw new ArgumentException("A status set needs at least one status.", nameof(categories));
        }
    }

    /// <summary>Output name of the set.</summary>
    public string Name { get; }

    /// <summary>Register categories in the set, in enum order.</summary>
    public IReadOnlyList<BenefitCategory> Categories { get; }

    /// <summary>True when ordinary hours &gt; 0 put a week in the set.</summary>
    public bool IncludesEmployed { get; }

    /// <summary>Employment: ordinary hours &gt; 0 in the week (000:341; 004:797 "ordinære timer uagtet løntimeniveau").</summary>
    public static StatusSet Employment { get; } = new("employment", [], includesEmployed: true);

    /// <summary>SU-eligible education: category <c>student_grant</c> (codes 651/652; 004:797 "SU-berettiget uddannelse").</summary>
    public static StatusSet Education { get; } = new("education", [BenefitCategory.StudentGrant], false);

    /// <summary>Flexjob: category <c>flexjob</c> (004:797).</summary>
    public static StatusSet Flexjob { get; } = new("flexjob", [BenefitCategory.Flexjob], false);

    /// <summary>
    /// Seed 003's result requirement set: company-oriented activity (internship, wage subsidy), education (SU)
    /// or paid hours (003:27).
    /// </summary>
    public static StatusSet ActivityEducationOrHours { get; } =
        new(
            "activity_education_or_hours",
            [BenefitCategory.Internship, BenefitCategory.WageSubsidy, BenefitCategory.StudentGrant],
            true
        );

    /// <summary>True when a week with category <paramref name="category"/> and <paramref name="hours"/> ordinary hours is in the set.</summary>
    public bool Matches(BenefitCategory category, float hours) =>
        ((_mask >> (int)category) & 1u) != 0 || (IncludesEmployed && hours > 0);

    /// <summary>The members in words, e.g. <c>internship + wage_subsidy + employed (hours &gt; 0)</c>.</summary>
    public string Describe() =>
        string.Join(
            " + ",
            Categories
                .Select(c => c.ToName())
                .Concat(IncludesEmployed ? ["employed (hours > 0)"] : Array.Empty<string>())
        );

    /// <summary>
    /// Parses a list of status names separated by <c>,</c> or <c>+</c> (see the remarks for the names) into one
    /// set called <paramref name="name"/>.
    /// </summary>
    /// <exception cref="InputException">An unknown status name (the message lists the known ones) or an empty list.</exception>
    public static StatusSet Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var categories = new List<BenefitCategory>();
        bool employed = false;
        var parts = text.Split([',', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new InputException("an empty list of statuses");
        }
        foreach (var part in parts)
        {
            string s = part.ToLowerInvariant();
            switch (s)
            {
                case "employed" or "hours" or "employment":
                    employed = true;
                    break;
                case "education":
                    categories.Add(BenefitCategory.StudentGrant);
                    categories.Add(BenefitCategory.EducationBenefit);
                    break;
                case "company_oriented":
                    categories.Add(BenefitCategory.Internship);
                    categories.Add(BenefitCategory.WageSubsidy);
                    employed = true;
                    break;
                default:
                    if (!BenefitCategoryNames.TryParse(s, out var c))
                    {
                        throw new InputException(
                            $"unknown status '{part}' (known: employed, education, company_oriented, {string.Join(", ", BenefitCategoryNames.All)})"
                        );
                    }
                    categories.Add(c);
                    break;
            }
        }
        return new StatusSet(name, categories, employed);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Describe()}";
}
