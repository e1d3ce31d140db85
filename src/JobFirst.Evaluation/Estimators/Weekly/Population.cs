using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>The analysed population: <c>available</c> or <c>balanced:K</c> (see <see cref="PopulationKind"/>).</summary>
/// <param name="Kind">Available or balanced.</param>
/// <param name="ThroughWeek">For <see cref="PopulationKind.Balanced"/>: K, the week through which persons must be followed; 0 otherwise.</param>
public readonly record struct Population(PopulationKind Kind, int ThroughWeek)
{
    /// <summary>Everyone followed in the week (the default).</summary>
    public static Population Available => new(PopulationKind.Available, 0);

    /// <summary>Persons followed through week <paramref name="week"/>.</summary>
    public static Population BalancedThrough(int week) =>
        week >= 1
            ? new(PopulationKind.Balanced, week)
            : throw new ArgumentOutOfRangeException(nameof(week), week, "K must be at least 1.");

    /// <summary>True when a person followed for <paramref name="observedWeeks"/> event weeks belongs to the population.</summary>
    public bool Includes(int observedWeeks) => Kind == PopulationKind.Available || observedWeeks >= ThroughWeek;

    /// <summary>Parses <c>available</c> or <c>balanced:K</c>.</summary>
    public static Population Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Equals("available", StringComparison.OrdinalIgnoreCase))
        {
            return Available;
        }
        const string prefix = "balanced:";
        if (
            t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(t.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && k >= 1
        )
        {
            return BalancedThrough(k);
        }
        throw new InputException($"--population must be 'available' or 'balanced:K' with K >= 1, not '{text}'");
    }

    /// <summary>Checks that <paramref name="weeks"/> is compatible: a balanced population covers weeks up to K only.</summary>
    public void Validate(WeekRange weeks)
    {
        if (Kind == PopulationKind.Balanced && weeks.Last > ThroughWeek)
        {
            throw new InputException(
                FormattableString.Invariant(
                    $"population balanced:{ThroughWeek} follows its persons through week {ThroughWeek} only; --weeks {weeks} goes beyond it"
                )
            );
        }
    }

    /// <summary>The command-line spelling.</summary>
    public override string ToString() =>
        Kind == PopulationKind.Available
            ? "available"
            : string.Create(CultureInfo.InvariantCulture, $"balanced:{ThroughWeek}");
}
