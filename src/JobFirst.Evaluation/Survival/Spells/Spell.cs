namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// One spell of a weekly status in event time (week 1 = the visitation week). Durations are in weeks.
/// </summary>
/// <param name="Key">Pseudonymous person key (1, 2, ... in roster order; never the person id).</param>
/// <param name="SpellNumber">1 for the person's first spell after visitation, 2 for the next, ...</param>
/// <param name="EntryWeek">Event week of the first week in status (the spell's start).</param>
/// <param name="LastWeek">Event week of the last week in status.</param>
/// <param name="Length">Weeks from entry to the last week in status, inclusive (bridged gap weeks included).</param>
/// <param name="WeeksInStatus">Weeks actually in status (= <paramref name="Length"/> without bridged gaps).</param>
/// <param name="Time">Analysis time: <paramref name="Length"/> for an exit; for a censored spell as <see cref="CensoredSpellTime"/> says.</param>
/// <param name="Event">True when the spell ends inside follow-up.</param>
/// <param name="EndReason">Exit, or why it is censored.</param>
/// <param name="ExitWeek">Event week of the first week out of status after the spell (null when censored).</param>
/// <param name="ExitCategory">Register category (snake_case) of that week, or null when censored.</param>
/// <param name="ExitGroup">Competing-exit group of that category, or null when censored.</param>
/// <param name="OngoingAtEntry">
/// True when the person is already in status in event week 1: the spell may have begun before visitation
/// (left-truncated, true start unknown); its durations count from week 1.
/// </param>
public sealed record Spell(
    int Key,
    int SpellNumber,
    int EntryWeek,
    int LastWeek,
    int Length,
    int WeeksInStatus,
    int Time,
    bool Event,
    SpellEndReason EndReason,
    int? ExitWeek,
    string? ExitCategory,
    CompetingExit? ExitGroup,
    bool OngoingAtEntry
);
