using System.Collections.Frozen;

namespace JobFirst.Evaluation.Codebook;

/// <summary>
/// The snake_case names of <see cref="BenefitCategory"/> used in codebook files and outputs
/// (<c>self_support</c>, <c>cash_benefit</c>, ...).
/// </summary>
public static class BenefitCategoryNames
{
    private static readonly string[] Names =
    [
        "self_support",
        "unemployment_insurance",
        "cash_benefit",
        "integration_benefit",
        "education_benefit",
        "resource_course",
        "job_clarification",
        "sickness_benefit",
        "flexjob",
        "unemployment_allowance",
        "disability_pension",
        "early_retirement",
        "student_grant",
        "internship",
        "wage_subsidy",
        "leave",
        "exit",
        "other",
    ];

    private static readonly FrozenDictionary<string, BenefitCategory> ByName = Names
        .Select((n, i) => (n, (BenefitCategory)i))
        .ToFrozenDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);

    /// <summary>All category names in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The snake_case name of a category.</summary>
    public static string ToName(this BenefitCategory category) => Names[(int)category];

    /// <summary>Parses a snake_case category name (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out BenefitCategory category) => ByName.TryGetValue(name, out category);
}
