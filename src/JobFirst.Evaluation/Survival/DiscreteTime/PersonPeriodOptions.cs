namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>How spells are expanded into person-period rows.</summary>
/// <param name="Time">Column with the discrete analysis time (whole periods ≥ 0; default <c>time</c>).</param>
/// <param name="Event">Column with the event flag 0/1 (default <c>event</c>).</param>
/// <param name="Bands">Duration bands for the <c>duration_band</c> factor (default <see cref="DurationBands.Weekly"/>).</param>
public sealed record PersonPeriodOptions(string Time = "time", string Event = "event", DurationBands? Bands = null);
