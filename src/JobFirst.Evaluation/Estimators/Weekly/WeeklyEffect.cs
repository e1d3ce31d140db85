namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// The treatment − control comparison in one event week: persons followed per arm, arm means, and the difference in
/// means with its inference (null when the week is suppressed or not estimable).
/// </summary>
/// <param name="Week">Event week.</param>
/// <param name="NTreated">Treatment persons followed in the week (in the analysed population).</param>
/// <param name="NControl">Control persons followed in the week.</param>
/// <param name="MeanTreated">Treatment mean (null when suppressed).</param>
/// <param name="MeanControl">Control mean (null when suppressed).</param>
/// <param name="Result">The difference in means (null when suppressed or not estimable).</param>
/// <param name="Suppressed">True when an arm has fewer than min_cell persons: nothing but the counts is shown.</param>
/// <param name="Note">Why the week has no estimate, or which blocks were left out (null otherwise).</param>
public sealed record WeeklyEffect(
    int Week,
    long NTreated,
    long NControl,
    double? MeanTreated,
    double? MeanControl,
    DifferenceInMeansResult? Result,
    bool Suppressed,
    string? Note
)
{
    /// <summary>Persons followed in the week, both arms.</summary>
    public long NFollowed => NTreated + NControl;

    /// <summary>Estimate / control mean (null when the control mean is 0 or the week has no estimate).</summary>
    public double? RelativeEffect => Result is { } r && MeanControl is { } c && c != 0 ? r.Estimate / c : null;
}
