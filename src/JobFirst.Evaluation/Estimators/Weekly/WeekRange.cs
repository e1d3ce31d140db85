using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>An inclusive range of event weeks <c>First..Last</c> (week 1 = the visitation week).</summary>
/// <param name="First">First event week (≥ 1).</param>
/// <param name="Last">Last event week (≥ <paramref name="First"/>).</param>
public readonly record struct WeekRange(int First, int Last)
{
    /// <summary>Number of weeks in the range.</summary>
    public int Count => Last - First + 1;

    /// <summary>True when <paramref name="week"/> lies in the range.</summary>
    public bool Contains(int week) => week >= First && week <= Last;

    /// <summary>Parses <c>a:b</c> (or a single week <c>a</c>) as written on the command line.</summary>
    /// <exception cref="InputException">Not of the form <c>a:b</c> with 1 ≤ a ≤ b.</exception>
    public static WeekRange Parse(string text, string option = "--weeks")
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (
            parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int a)
            && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        )
        {
            int b = parts.Length == 1 ? a : int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (a >= 1 && b >= a)
            {
                return new WeekRange(a, b);
            }
        }
        throw new InputException($"{option} must be FIRST:LAST event weeks with 1 <= FIRST <= LAST, not '{text}'");
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}:{Last}");
}
