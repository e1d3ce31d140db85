namespace JobFirst.Evaluation.Indicators;

/// <summary>snake_case names of <see cref="WeeklyIndicator"/> used on the command line and in outputs.</summary>
public static class WeeklyIndicatorNames
{
    private static readonly (WeeklyIndicator Indicator, string Name)[] Table =
    [
        (WeeklyIndicator.Internship, "internship"),
        (WeeklyIndicator.WageSubsidy, "wage_subsidy"),
        (WeeklyIndicator.SelfSupport, "self_support"),
        (WeeklyIndicator.AnyBenefit, "any_benefit"),
        (WeeklyIndicator.Sickness, "sickness"),
        (WeeklyIndicator.Hours, "hours"),
        (WeeklyIndicator.Employed, "employed"),
        (WeeklyIndicator.Active13, "active13"),
        (WeeklyIndicator.Education, "education"),
    ];

    /// <summary>All indicators in output order.</summary>
    public static IReadOnlyList<WeeklyIndicator> All { get; } = [.. Table.Select(t => t.Indicator)];

    /// <summary>The snake_case name.</summary>
    public static string ToName(this WeeklyIndicator indicator) => Table.First(t => t.Indicator == indicator).Name;

    /// <summary>Parses a snake_case name.</summary>
    public static bool TryParse(string name, out WeeklyIndicator indicator)
    {
        foreach (var (i, n) in Table)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                indicator = i;
                return true;
            }
        }
        indicator = default;
        return false;
    }

    /// <summary>True for 0/1 indicators (shares); false for <see cref="WeeklyIndicator.Hours"/>.</summary>
    public static bool IsShare(this WeeklyIndicator indicator) => indicator != WeeklyIndicator.Hours;
}
