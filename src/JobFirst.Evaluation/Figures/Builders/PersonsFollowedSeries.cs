namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Persons followable in each event week by arm (the shrinking sample under right censoring).</summary>
/// <param name="Weeks">Event weeks.</param>
/// <param name="Treatment">Treatment persons followed per week.</param>
/// <param name="Control">Control persons followed per week.</param>
public sealed record PersonsFollowedSeries(
    IReadOnlyList<int> Weeks,
    IReadOnlyList<int> Treatment,
    IReadOnlyList<int> Control
);
