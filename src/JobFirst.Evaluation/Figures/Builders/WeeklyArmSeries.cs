namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>A weekly outcome level by arm (share, mean hours, indicator share), index-aligned by event week.</summary>
/// <param name="Weeks">Event weeks (week 1 = the week of randomisation).</param>
/// <param name="Treatment">Treatment-arm level per week (NaN = not available).</param>
/// <param name="Control">Control-arm level per week.</param>
/// <param name="TreatmentN">Optional persons behind each treatment value (for disclosure control).</param>
/// <param name="ControlN">Optional persons behind each control value.</param>
public sealed record WeeklyArmSeries(
    IReadOnlyList<int> Weeks,
    IReadOnlyList<double> Treatment,
    IReadOnlyList<double> Control,
    IReadOnlyList<int>? TreatmentN = null,
    IReadOnlyList<int>? ControlN = null
);
