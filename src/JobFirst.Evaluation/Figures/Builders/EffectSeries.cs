using JobFirst.Evaluation.Inference;

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
)
{
    /// <summary>Builds the series from one tidy row per week (estimate, conf_low, conf_high), index-aligned with <paramref name="weeks"/>.</summary>
    public static EffectSeries FromTidy(
        IReadOnlyList<int> weeks,
        IReadOnlyList<TidyTerm> terms,
        IReadOnlyList<int>? n = null
    )
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(terms);
        if (weeks.Count != terms.Count)
        {
            throw new ArgumentException("weeks and terms must have the same length.", nameof(terms));
        }
        return new EffectSeries(
            weeks,
            [.. terms.Select(t => t.Estimate)],
            [.. terms.Select(t => t.ConfLow)],
            [.. terms.Select(t => t.ConfHigh)],
            N: n
        );
    }
}
