namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// The Kaplan–Meier estimate at a chosen time t (R <c>summary(fit, times = t)</c>): the value of the step
/// function at t, with the number still at risk at t.
/// </summary>
/// <param name="Group">Curve label.</param>
/// <param name="Time">The time asked for.</param>
/// <param name="NRisk">Number at risk at t (time ≥ t and entry &lt; t).</param>
/// <param name="Survival">S(t); NaN when t lies beyond the last observed time of a curve that has not reached 0 (R drops such times).</param>
/// <param name="StdError">Greenwood standard error of S(t).</param>
/// <param name="ConfLow">Lower pointwise limit.</param>
/// <param name="ConfHigh">Upper pointwise limit.</param>
public sealed record SurvivalAtTime(
    string Group,
    double Time,
    int NRisk,
    double Survival,
    double StdError,
    double ConfLow,
    double ConfHigh
);
