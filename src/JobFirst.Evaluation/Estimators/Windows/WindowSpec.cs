using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Estimators.Windows;

/// <summary>
/// A per-person window outcome: the mean, sum or "ever" of a weekly indicator over event weeks From..To (issue 3;
/// <see cref="WindowOutcome"/>), e.g. mean weekly hours over weeks 27–78 (<c>27:78:mean</c>), weeks employed in the first
/// year (<c>1:52:sum</c> of <c>employed</c>), ever employed by week K (<c>1:K:ever</c>).
/// </summary>
/// <param name="Weeks">The window.</param>
/// <param name="Statistic">How the weeks are summarised per person.</param>
public readonly record struct WindowSpec(WeekRange Weeks, WindowStatistic Statistic)
{
    /// <summary>Parses <c>FROM:TO:mean|sum|ever</c>.</summary>
    public static WindowSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length == 3)
        {
            var range = WeekRange.Parse(parts[0] + ":" + parts[1], "--window");
            WindowStatistic? s = parts[2].ToLowerInvariant() switch
            {
                "mean" => WindowStatistic.Mean,
                "sum" => WindowStatistic.Sum,
                "ever" => WindowStatistic.Ever,
                _ => null,
            };
            if (s is { } stat)
            {
                return new WindowSpec(range, stat);
            }
        }
        throw new InputException($"--window must be FROM:TO:mean|sum|ever (e.g. 27:78:mean), not '{text}'");
    }

    /// <summary>The statistic's lower-case name.</summary>
    public string StatisticName => Statistic.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Weeks.First}:{Weeks.Last}:{StatisticName}");
}
