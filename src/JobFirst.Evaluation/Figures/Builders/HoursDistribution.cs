namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>Distribution of ordinary hours in one week by arm over hour bands (seed 000 Fig 7).</summary>
/// <param name="Week">Event week shown.</param>
/// <param name="Bands">Band labels, e.g. "0-5", "5-10", …, "37+".</param>
/// <param name="TreatmentShares">Share of treatment persons in each band (fractions).</param>
/// <param name="ControlShares">Share of control persons in each band.</param>
/// <param name="TreatmentCounts">Optional persons per band, treatment (for disclosure control).</param>
/// <param name="ControlCounts">Optional persons per band, control.</param>
public sealed record HoursDistribution(
    int Week,
    IReadOnlyList<string> Bands,
    IReadOnlyList<double> TreatmentShares,
    IReadOnlyList<double> ControlShares,
    IReadOnlyList<int>? TreatmentCounts = null,
    IReadOnlyList<int>? ControlCounts = null
);
