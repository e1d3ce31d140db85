namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// What the risk-set sweep knows at one event time of one stratum, after the Efron (or Breslow) terms are formed.
/// With d deaths of total weight W_D, the terms j = 1..d (Breslow: one term, j = d) include the fraction
/// f_j = j/d of the deaths' risk: D_j = S0 + f_j·S0_D, mean_j = (S1 + f_j·S1_D)/D_j, weight ω = W_D/d (Breslow: W_D),
/// hazard increment h_j = ω/D_j.
/// </summary>
internal readonly ref struct EventTimeStats
{
    public required int Stratum { get; init; }

    public required double Time { get; init; }

    /// <summary>Sorted rows with stop time = <see cref="Time"/> (events and censorings), [BlockStart, BlockEnd).</summary>
    public required int BlockStart { get; init; }

    public required int BlockEnd { get; init; }

    public required int Deaths { get; init; }

    /// <summary>m̄ = (1/d) Σ_j mean_j: the covariate mean subtracted from each event's Schoenfeld residual.</summary>
    public required ReadOnlySpan<double> MeanOfMeans { get; init; }

    /// <summary>ω Σ_j mean_j: what the event time subtracts from the score.</summary>
    public required ReadOnlySpan<double> ScoreMean { get; init; }

    /// <summary>H = Σ_j h_j (the Nelson–Aalen/Efron hazard increment for a row at risk that does not die now).</summary>
    public required double Hazard { get; init; }

    /// <summary>H' = Σ_j f_j h_j (the increment for a row that dies now).</summary>
    public required double HazardDeath { get; init; }

    /// <summary>G = Σ_j h_j mean_j.</summary>
    public required ReadOnlySpan<double> HazardMean { get; init; }

    /// <summary>G' = Σ_j f_j h_j mean_j.</summary>
    public required ReadOnlySpan<double> HazardMeanDeath { get; init; }

    /// <summary>V(t) = ω Σ_j (S2_j/D_j − mean_j mean_jᵀ), full p×p, or empty when not requested.</summary>
    public required ReadOnlySpan<double> Information { get; init; }
}
