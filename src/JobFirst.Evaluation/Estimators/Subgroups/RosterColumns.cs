using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Estimators.Subgroups;

/// <summary>
/// Per-person values of a roster column by name, for grouping (subgroups, blocks, clusters) and balance: the fixed
/// columns <c>site</c> and <c>target_group</c>, any covariate column (case-insensitive), and the derived
/// <c>age_band</c> (when the roster has no column of that name).
/// </summary>
/// <remarks>
/// <c>age_band</c>: age = the visitation year − <c>birth_year</c> (the age reached in the visitation year; the roster holds
/// the birth year only), or the <c>age</c> column when present, in bands <see cref="DefaultAgeBands"/> (<c>&lt;30</c>,
/// <c>30-39</c>, <c>40-49</c>, <c>50+</c>). A missing or non-numeric birth year gives a missing band.
/// </remarks>
public static class RosterColumns
{
    /// <summary>Name of the derived age-band column.</summary>
    public const string AgeBand = "age_band";

    /// <summary>Lower limits of the age bands after the first: &lt;30, 30-39, 40-49, 50+.</summary>
    public static IReadOnlyList<int> DefaultAgeBands { get; } = [30, 40, 50];

    /// <summary>True when <paramref name="name"/> names a column the roster can supply.</summary>
    public static bool Has(Roster.Roster roster, string name)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return IsFixed(name)
            || CovariateIndex(roster, name) >= 0
            || (
                string.Equals(name, AgeBand, StringComparison.OrdinalIgnoreCase)
                && (CovariateIndex(roster, "birth_year") >= 0 || CovariateIndex(roster, "age") >= 0)
            );
    }

    /// <summary>The names <see cref="Values"/> accepts for this roster (fixed, covariates, derived).</summary>
    public static IReadOnlyList<string> Available(Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var names = new List<string> { "site", "target_group" };
        names.AddRange(roster.CovariateNames);
        if (Has(roster, AgeBand) && CovariateIndex(roster, AgeBand) < 0)
        {
            names.Add(AgeBand);
        }
        return names;
    }

    /// <summary>One value per roster person (null = missing).</summary>
    /// <exception cref="InputException">The roster has no such column.</exception>
    public static string?[] Values(Roster.Roster roster, string name)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(name);
        var persons = roster.Persons;
        if (string.Equals(name, "site", StringComparison.OrdinalIgnoreCase))
        {
            return [.. persons.Select(p => p.Site.Length == 0 ? null : p.Site)];
        }
        if (string.Equals(name, "target_group", StringComparison.OrdinalIgnoreCase))
        {
            return [.. persons.Select(p => p.TargetGroup.Length == 0 ? null : p.TargetGroup)];
        }
        int c = CovariateIndex(roster, name);
        if (c >= 0)
        {
            return [.. persons.Select(p => p.Covariates[c])];
        }
        if (string.Equals(name, AgeBand, StringComparison.OrdinalIgnoreCase))
        {
            int age = CovariateIndex(roster, "age");
            int birth = CovariateIndex(roster, "birth_year");
            if (age >= 0 || birth >= 0)
            {
                return
                [
                    .. persons.Select(p =>
                        Band(age >= 0 ? Number(p.Covariates[age]) : p.VisitationDate.Year - Number(p.Covariates[birth]))
                    ),
                ];
            }
        }
        throw new InputException(
            $"the roster has no column '{name}' (available: {string.Join(", ", Available(roster))})",
            roster.SourceFile,
            1
        );
    }

    /// <summary>The age band label of <paramref name="age"/> (null when NaN).</summary>
    public static string? Band(double age)
    {
        if (double.IsNaN(age))
        {
            return null;
        }
        var cuts = DefaultAgeBands;
        if (age < cuts[0])
        {
            return string.Create(CultureInfo.InvariantCulture, $"<{cuts[0]}");
        }
        for (int i = 1; i < cuts.Count; i++)
        {
            if (age < cuts[i])
            {
                return string.Create(CultureInfo.InvariantCulture, $"{cuts[i - 1]}-{cuts[i] - 1}");
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{cuts[^1]}+");
    }

    private static double Number(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v
            : double.NaN;

    private static bool IsFixed(string name) =>
        string.Equals(name, "site", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "target_group", StringComparison.OrdinalIgnoreCase);

    private static int CovariateIndex(Roster.Roster roster, string name)
    {
        for (int i = 0; i < roster.CovariateNames.Count; i++)
        {
            if (string.Equals(roster.CovariateNames[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
