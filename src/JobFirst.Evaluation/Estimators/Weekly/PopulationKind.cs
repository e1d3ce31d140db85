namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>Which persons enter the weekly comparison.</summary>
public enum PopulationKind
{
    /// <summary>
    /// <c>available</c>: in week k, everyone followed in week k (the seeds' choice, 000:286-287). The population shrinks
    /// with k as late entrants are censored, so curves mix persons followed for different lengths (000:323-326).
    /// </summary>
    Available,

    /// <summary>
    /// <c>balanced:K</c>: only persons followed through week K, in every week 1..K, so each week compares the same persons.
    /// </summary>
    Balanced,
}
