namespace JobFirst.Evaluation.Estimators.Bands;

/// <summary>Multiplier distribution of the bootstrap behind a simultaneous (sup-t) band.</summary>
public enum BandMultiplier
{
    /// <summary>
    /// Gaussian multipliers ξᵢ ~ N(0, 1). Conditional on the data, Σᵢξᵢψᵢ is exactly N(0, Σ̂) with Σ̂ = Σᵢψᵢψᵢ', so the draws
    /// are taken from N(0, Σ̂) directly (Chernozhukov, Chetverikov &amp; Kato 2013, "Gaussian multiplier bootstrap"); Σ̂ is
    /// accumulated in the same pass as the weekly means. The default.
    /// </summary>
    Gaussian,

    /// <summary>
    /// Rademacher multipliers ξᵢ = ±1 with probability ½ per person (or per cluster): the wild bootstrap of the influence
    /// functions, drawn explicitly (cost persons × weeks × draws).
    /// </summary>
    Rademacher,
}
