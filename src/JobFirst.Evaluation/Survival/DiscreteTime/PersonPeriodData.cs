using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>
/// A person-period table: one row per spell and period at risk, with <c>duration</c> (1..time),
/// <c>log_duration</c>, <c>duration_band</c>, the 0/1 <c>event</c> (1 only in the last period of a spell
/// that ends), and every other column of the spell table repeated. Immutable.
/// </summary>
/// <param name="Frame">The expanded rows.</param>
/// <param name="Spells">Spells (input rows) expanded.</param>
/// <param name="SpellsWithoutPeriods">Spells with time 0 (censored before any outcome was observed): no rows.</param>
/// <param name="Events">Events (rows with event = 1).</param>
/// <param name="Bands">The duration bands used.</param>
public sealed record PersonPeriodData(
    DataFrame Frame,
    int Spells,
    int SpellsWithoutPeriods,
    int Events,
    DurationBands Bands
);
