namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One Kaplan–Meier curve (as R <c>summary(survfit(...))</c>): event times with the survival estimate after each.</summary>
/// <param name="Label">Curve label (arm).</param>
/// <param name="Times">Event times, increasing (weeks).</param>
/// <param name="Survival">Survival estimate just after each time.</param>
/// <param name="ConfLow">Optional lower confidence limit per time.</param>
/// <param name="ConfHigh">Optional upper confidence limit per time.</param>
/// <param name="AtRisk">Optional number at risk at each of the figure's at-risk times.</param>
public sealed record KaplanMeierCurve(
    string Label,
    IReadOnlyList<double> Times,
    IReadOnlyList<double> Survival,
    IReadOnlyList<double>? ConfLow = null,
    IReadOnlyList<double>? ConfHigh = null,
    IReadOnlyList<int>? AtRisk = null
);
