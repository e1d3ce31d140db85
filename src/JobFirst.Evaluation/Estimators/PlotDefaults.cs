using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Estimators;

/// <summary>Default figure options of the results' <c>Plot()</c> methods.</summary>
internal static class PlotDefaults
{
    /// <summary>Shares (0/1 indicators) in percent / percentage points, hours and other numbers as numbers.</summary>
    public static ValueScale ScaleOf(string outcome) =>
        WeeklyIndicatorNames.TryParse(outcome, out var indicator) && !indicator.IsShare()
            ? ValueScale.Number
            : ValueScale.Proportion;
}
