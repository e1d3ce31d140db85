namespace JobFirst.Evaluation.Estimators.Bands;

/// <summary>
/// A sup-t simultaneous confidence band across weeks: estimate_k ± c·SE_k with one critical value c for all weeks, chosen
/// so that the band covers the whole effect path with probability <see cref="Level"/> (Montiel Olea &amp; Plagborg-Møller
/// 2019, "Simultaneous confidence bands: theory, implementation, and an application to SVARs", J Appl Econometrics 34:1–17).
/// </summary>
/// <param name="Level">Simultaneous coverage (e.g. 0.95).</param>
/// <param name="CriticalValue">c, the <see cref="Level"/> quantile of maxₖ|Z*ₖ|/σₖ over the bootstrap draws.</param>
/// <param name="Multiplier">Multiplier distribution of the bootstrap.</param>
/// <param name="Draws">Bootstrap draws.</param>
/// <param name="Seed">Seed of the generator (the band is a deterministic function of the data and the seed).</param>
/// <param name="Weeks">Event weeks, aligned with <paramref name="Low"/>/<paramref name="High"/>.</param>
/// <param name="Low">Lower band limit per week (NaN where the week is suppressed or its SE is 0/undefined).</param>
/// <param name="High">Upper band limit per week.</param>
/// <param name="WeeksInBand">Weeks that enter the maximum (finite, positive SE; not suppressed).</param>
public sealed record SimultaneousBand(
    double Level,
    double CriticalValue,
    BandMultiplier Multiplier,
    int Draws,
    ulong Seed,
    IReadOnlyList<int> Weeks,
    IReadOnlyList<double> Low,
    IReadOnlyList<double> High,
    int WeeksInBand
);
