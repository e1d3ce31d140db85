namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// One cell of the weekly indicator table: the mean of an indicator in one event week and arm over the
/// persons followed that week.
/// </summary>
/// <param name="Indicator">Indicator name (snake_case).</param>
/// <param name="Week">Event week (1 = visitation week).</param>
/// <param name="Arm"><c>treatment</c> or <c>control</c>.</param>
/// <param name="NFollowed">Persons observed in that week and arm.</param>
/// <param name="Mean">Share (0..1) or mean hours per week; null when suppressed.</param>
/// <param name="Suppressed">True when <paramref name="NFollowed"/> is below the minimum cell size.</param>
public sealed record IndicatorTableRow(
    string Indicator,
    int Week,
    string Arm,
    int NFollowed,
    double? Mean,
    bool Suppressed
);
