using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// The treatment − control comparison in one event week: persons followed per arm, arm means, and the difference in
/// means with its inference (null when the week is suppressed or not estimable) — or, with a covariate-adjusted
/// estimator, the adjusted effect in <see cref="Adjusted"/> (then <see cref="Result"/> is null and the counts and means
/// are those of the complete cases in the regression). Read the reported estimate from <see cref="Inference"/>.
/// </summary>
/// <param name="Week">Event week.</param>
/// <param name="NTreated">Treatment persons followed in the week (in the analysed population).</param>
/// <param name="NControl">Control persons followed in the week.</param>
/// <param name="MeanTreated">Treatment mean (null when suppressed).</param>
/// <param name="MeanControl">Control mean (null when suppressed).</param>
/// <param name="Result">The difference in means (null when suppressed, not estimable, or covariate-adjusted).</param>
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
    /// <summary>The covariate-adjusted effect (Lin or additive OLS), when that estimator was chosen and the week is estimable.</summary>
    public CovariateAdjustedEffect? Adjusted { get; init; }

    /// <summary>
    /// The reported estimate with its inference: the adjusted treatment coefficient when <see cref="Adjusted"/> is set,
    /// else the difference in means (null when the week has no estimate).
    /// </summary>
    public TidyTerm? Inference => Adjusted?.Effect ?? Result?.ToTidyTerm();

    /// <summary>Persons followed in the week, both arms.</summary>
    public long NFollowed => NTreated + NControl;

    /// <summary>Estimate / control mean (null when the control mean is 0 or the week has no estimate).</summary>
    public double? RelativeEffect => Inference is { } r && MeanControl is { } c && c != 0 ? r.Estimate / c : null;
}
