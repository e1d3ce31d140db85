using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Monitoring.Profiles;

/// <summary>
/// Builds participant profiles (seed 004:371-409): units are the values of a roster column (municipality =
/// <c>site</c>, benefit group = <c>target_group</c>, or any covariate); numeric traits get the mean of the
/// non-missing values, categorical traits the majority category and its share ("summeret indenfor
/// kommunerne", 004:371). The total row holds the aggregate over all persons and, in range columns, the
/// smallest and largest unit value. Majority ties go to the first category in ordinal (byte) order and are
/// flagged, so the result never depends on row order.
/// </summary>
public static class ProfileBuilder
{
    /// <summary>Builds the profile table.</summary>
    /// <param name="roster">The participants (or a trial roster).</param>
    /// <param name="groupBy">Roster column defining the units (<c>site</c>, <c>target_group</c> or a covariate).</param>
    /// <param name="traits">Traits to profile, or null for every covariate (kinds inferred by <see cref="InferTraits"/>) plus <c>target_group</c> when grouping by another column.</param>
    /// <param name="minCell">Disclosure threshold (persons).</param>
    /// <exception cref="InputException">An unknown column, or a numeric trait with a non-numeric value (naming the roster line).</exception>
    public static ProfileTable Build(
        Roster.Roster roster,
        string groupBy = "site",
        IReadOnlyList<ProfileTrait>? traits = null,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(roster);
        SmallCells.Check(minCell);
        var units = UnitLabels.For(roster, groupBy);
        var labels = UnitLabels.Distinct(units);
        traits ??= InferTraits(roster, groupBy);
        var rows = new List<ProfileRow>();
        foreach (var trait in traits)
        {
            var values = Values(roster, trait.Name);
            rows.AddRange(
                trait.Kind == TraitKind.Numeric
                    ? Numeric(roster, groupBy, trait.Name, units, labels, values, minCell)
                    : Categorical(groupBy, trait.Name, units, labels, values, minCell)
            );
        }
        var counts = labels.Select(l => new UnitSize(l, units.Count(u => u == l))).ToList();
        return new ProfileTable(groupBy, [.. traits], counts, rows, minCell);
    }

    /// <summary>
    /// The default traits: every covariate, numeric when each non-missing value parses as a finite number
    /// (invariant culture, <c>.</c> as decimal mark), else categorical; plus <c>target_group</c> (categorical)
    /// when the units are not the target groups.
    /// </summary>
    public static IReadOnlyList<ProfileTrait> InferTraits(Roster.Roster roster, string groupBy = "site")
    {
        ArgumentNullException.ThrowIfNull(roster);
        var traits = new List<ProfileTrait>();
        if (!groupBy.Equals("target_group", StringComparison.OrdinalIgnoreCase))
        {
            traits.Add(new ProfileTrait("target_group", TraitKind.Categorical));
        }
        for (int c = 0; c < roster.CovariateNames.Count; c++)
        {
            if (roster.CovariateNames[c].Equals(groupBy, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            bool numeric =
                roster.Persons.Any(p => p.Covariates[c] is not null)
                && roster.Persons.All(p => p.Covariates[c] is not { } v || TryNumber(v, out _));
            traits.Add(new ProfileTrait(roster.CovariateNames[c], numeric ? TraitKind.Numeric : TraitKind.Categorical));
        }
        return traits;
    }

    private static string?[] Values(Roster.Roster roster, string column)
    {
        if (column.Equals("site", StringComparison.OrdinalIgnoreCase))
        {
            return [.. roster.Persons.Select(p => p.Site)];
        }
        if (column.Equals("target_group", StringComparison.OrdinalIgnoreCase))
        {
            return [.. roster.Persons.Select(p => p.TargetGroup)];
        }
        int c = UnitLabels.CovariateIndex(roster, column);
        return [.. roster.Persons.Select(p => p.Covariates[c])];
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static IEnumerable<ProfileRow> Numeric(
        Roster.Roster roster,
        string groupBy,
        string trait,
        string[] units,
        string[] labels,
        string?[] values,
        int minCell
    )
    {
        var numbers = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                numbers[i] = double.NaN;
            }
            else if (!TryNumber(values[i]!, out numbers[i]))
            {
                throw new InputException(
                    $"trait '{trait}' is treated as numeric but has a non-numeric value",
                    roster.SourceFile,
                    roster.Persons[i].Line
                );
            }
        }
        var unitRows = new List<ProfileRow>();
        foreach (var label in labels)
        {
            var (n, missing, mean) = Mean(numbers, units, label);
            bool suppressed = SmallCells.TooFewPersons(n, minCell);
            unitRows.Add(
                new ProfileRow(
                    groupBy,
                    RowLevel.Unit,
                    label,
                    trait,
                    TraitKind.Numeric,
                    n,
                    missing,
                    suppressed || n == 0 ? null : mean,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    suppressed
                )
            );
        }
        var (tn, tmissing, tmean) = Mean(numbers, units, null);
        bool tsuppressed = SmallCells.TooFewPersons(tn, minCell);
        var range = UnitRange.Of(unitRows.Select(r => r.Value));
        return unitRows.Append(
            new ProfileRow(
                groupBy,
                RowLevel.Total,
                "total",
                trait,
                TraitKind.Numeric,
                tn,
                tmissing,
                tsuppressed || tn == 0 ? null : tmean,
                null,
                null,
                false,
                range?.Low,
                range?.High,
                range?.Units ?? 0,
                tsuppressed
            )
        );
    }

    private static (int N, int Missing, double Mean) Mean(double[] numbers, string[] units, string? label)
    {
        int n = 0,
            missing = 0;
        double sum = 0;
        for (int i = 0; i < numbers.Length; i++)
        {
            if (label is not null && units[i] != label)
            {
                continue;
            }
            if (double.IsNaN(numbers[i]))
            {
                missing++;
                continue;
            }
            n++;
            sum += numbers[i];
        }
        return (n, missing, n == 0 ? double.NaN : sum / n);
    }

    private static IEnumerable<ProfileRow> Categorical(
        string groupBy,
        string trait,
        string[] units,
        string[] labels,
        string?[] values,
        int minCell
    )
    {
        var total = Tally(values, units, null);
        var (tcat, tcount, ttie) = Majority(total.Counts);
        var unitRows = new List<ProfileRow>();
        var rangeShares = new List<double?>();
        foreach (var label in labels)
        {
            var t = Tally(values, units, label);
            var (cat, count, tie) = Majority(t.Counts);
            bool suppressed = SmallCells.TooFewPersons(t.N, minCell) || SmallCells.IsSmallCount(count, minCell);
            unitRows.Add(
                new ProfileRow(
                    groupBy,
                    RowLevel.Unit,
                    label,
                    trait,
                    TraitKind.Categorical,
                    t.N,
                    t.Missing,
                    suppressed || t.N == 0 ? null : (double)count / t.N,
                    suppressed ? null : cat,
                    suppressed ? null : count,
                    !suppressed && tie,
                    null,
                    null,
                    null,
                    suppressed
                )
            );
            // The range is of the total row's majority category in each unit (004:360: "64 pct. ... (47-83 pct.)").
            int inTotalCategory = tcat is null ? 0 : t.Counts.GetValueOrDefault(tcat);
            bool shown = !SmallCells.TooFewPersons(t.N, minCell) && !SmallCells.IsSmallCount(inTotalCategory, minCell);
            rangeShares.Add(shown && t.N > 0 ? (double)inTotalCategory / t.N : null);
        }
        bool tsuppressed = SmallCells.TooFewPersons(total.N, minCell) || SmallCells.IsSmallCount(tcount, minCell);
        var range = UnitRange.Of(rangeShares);
        return unitRows.Append(
            new ProfileRow(
                groupBy,
                RowLevel.Total,
                "total",
                trait,
                TraitKind.Categorical,
                total.N,
                total.Missing,
                tsuppressed || total.N == 0 ? null : (double)tcount / total.N,
                tsuppressed ? null : tcat,
                tsuppressed ? null : tcount,
                !tsuppressed && ttie,
                tsuppressed ? null : range?.Low,
                tsuppressed ? null : range?.High,
                tsuppressed ? 0 : range?.Units ?? 0,
                tsuppressed
            )
        );
    }

    private static (int N, int Missing, Dictionary<string, int> Counts) Tally(
        string?[] values,
        string[] units,
        string? label
    )
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0,
            missing = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (label is not null && units[i] != label)
            {
                continue;
            }
            if (values[i] is not { } v)
            {
                missing++;
                continue;
            }
            n++;
            counts[v] = counts.GetValueOrDefault(v) + 1;
        }
        return (n, missing, counts);
    }

    /// <summary>The most frequent category; ties go to the first in ordinal order.</summary>
    internal static (string? Category, int Count, bool Tie) Majority(Dictionary<string, int> counts)
    {
        string? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (var (category, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count > bestCount)
            {
                (best, bestCount, tie) = (category, count, false);
            }
            else if (count == bestCount)
            {
                tie = true;
            }
        }
        return (best, bestCount, tie);
    }
}
