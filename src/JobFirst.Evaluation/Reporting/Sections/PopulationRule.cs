namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>Which persons a weekly result is computed over.</summary>
public enum PopulationRule
{
    /// <summary><c>available</c>: everyone observed in the week (the seeds' choice; the population changes with the week, 000:323-326).</summary>
    Available,

    /// <summary><c>balanced:K</c>: only persons observed through event week K, so weeks 1..K share one population.</summary>
    Balanced,
}
