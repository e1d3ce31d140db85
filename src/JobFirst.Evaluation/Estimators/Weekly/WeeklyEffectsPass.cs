namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>How <see cref="PanelWeeklyEffects"/> collects the weekly statistics.</summary>
internal enum WeeklyEffectsPass
{
    /// <summary>
    /// Moments per outcome × cell × week (<see cref="PanelWeeklyMoments"/>) when no band is wanted; with a band the
    /// per-person accumulators, which the band's cross-week sums need.
    /// </summary>
    Moments,

    /// <summary>Always the per-person accumulators (<see cref="WeeklyEffectAccumulator.Add"/>): the reference the moments are tested against.</summary>
    PerPerson,
}
