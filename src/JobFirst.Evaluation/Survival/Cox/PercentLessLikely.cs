namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// The hazard ratio restated as "x % less likely": (1 − HR)·100, with the interval transformed from the hazard
/// ratio's Wald interval, [(1 − HR_high)·100, (1 − HR_low)·100]. Negative values mean more likely.
/// </summary>
/// <param name="Estimate">(1 − HR)·100.</param>
/// <param name="ConfLow">(1 − upper HR limit)·100.</param>
/// <param name="ConfHigh">(1 − lower HR limit)·100.</param>
public sealed record PercentLessLikely(double Estimate, double ConfLow, double ConfHigh)
{
    /// <summary>Restates <paramref name="hazardRatio"/>.</summary>
    public static PercentLessLikely From(HazardRatio hazardRatio)
    {
        ArgumentNullException.ThrowIfNull(hazardRatio);
        return new PercentLessLikely(
            (1 - hazardRatio.Estimate) * 100,
            (1 - hazardRatio.ConfHigh) * 100,
            (1 - hazardRatio.ConfLow) * 100
        );
    }
}
