namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Weekly treatment − control effects with pointwise (and optionally simultaneous) 95% limits.</summary>
/// <param name="Weeks">Event weeks.</param>
/// <param name="Estimate">Effect per week (outcome units; proportions as fractions).</param>
/// <param name="ConfLow">Pointwise lower limit.</param>
/// <param name="ConfHigh">Pointwise upper limit.</param>
/// <param name="SimultaneousLow">Optional simultaneous-band lower limit (e.g. sup-t band).</param>
/// <param name="SimultaneousHigh">Optional simultaneous-band upper limit.</param>
/// <param name="N">Optional persons behind each week's estimate (both arms).</param>
public sealed record EffectSeries(
    IReadOnlyList<int> Weeks,
    IReadOnlyList<double> Estimate,
    IReadOnlyList<double> ConfLow,
    IReadOnlyList<double> ConfHigh,
    IReadOnlyList<double>? SimultaneousLow = null,
    IReadOnlyList<double>? SimultaneousHigh = null,
    IReadOnlyList<int>? N = null
);
