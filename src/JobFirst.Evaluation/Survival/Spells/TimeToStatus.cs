namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>Time from visitation to the first week in a status, for one person.</summary>
/// <param name="Key">Pseudonymous person key (roster index + 1).</param>
/// <param name="Time">Event week of the first week in status (event), or weeks observed (censored).</param>
/// <param name="Event">True when the status was reached during follow-up.</param>
/// <param name="EndReason"><see cref="SpellEndReason.Exit"/> when reached (the wait ended), else why follow-up ended.</param>
public sealed record TimeToStatus(int Key, int Time, bool Event, SpellEndReason EndReason);
