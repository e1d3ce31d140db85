namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// The Kaplan–Meier estimate at one distinct observed time of a curve (R <c>survfit</c> with
/// <c>censor = TRUE</c>: every time with an event or a censoring).
/// </summary>
/// <param name="Time">The time.</param>
/// <param name="NRisk">Number at risk just before <paramref name="Time"/>: time ≥ t (and entry &lt; t) — R <c>n.risk</c>.</param>
/// <param name="NEvent">Events at <paramref name="Time"/> (R <c>n.event</c>).</param>
/// <param name="NCensor">Censored at <paramref name="Time"/>; they count as at risk at it (R <c>n.censor</c>).</param>
/// <param name="Survival">S(t) = Π_{s ≤ t} (1 − d_s / n_s) (R <c>surv</c>).</param>
/// <param name="StdError">Greenwood standard error of S(t): S·σ (R <c>summary(fit)$std.err</c>); NaN when S = 0.</param>
/// <param name="StdErrorLogSurvival">σ = sqrt(Σ_{s ≤ t} d/(n(n − d))), the standard error of −log S (R <c>fit$std.err</c>); ∞ once d = n.</param>
/// <param name="ConfLow">Lower pointwise limit (NaN where the scale has none, as R's <c>NA</c>).</param>
/// <param name="ConfHigh">Upper pointwise limit.</param>
/// <param name="CumulativeHazard">Nelson–Aalen Σ d/n (R <c>cumhaz</c>).</param>
public sealed record KaplanMeierStep(
    double Time,
    int NRisk,
    int NEvent,
    int NCensor,
    double Survival,
    double StdError,
    double StdErrorLogSurvival,
    double ConfLow,
    double ConfHigh,
    double CumulativeHazard
);
