namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>How spells are built from the weekly panel.</summary>
public sealed record SpellOptions
{
    /// <summary>The weekly status (default <see cref="SpellStatus.Employed"/>: ordinary hours &gt; 0).</summary>
    public SpellStatus Status { get; init; } = SpellStatus.Employed;

    /// <summary>
    /// Longest run of out-of-status weeks bridged inside a spell (default 0: any out-of-status week ends it).
    /// With g &gt; 0, runs of at most g such weeks neither end the spell nor count in
    /// <see cref="Spell.WeeksInStatus"/> (as the 13-week indicator bridges gaps of up to 4 weeks, seed 000:616);
    /// g + 1 consecutive out-of-status weeks end it at its last in-status week.
    /// </summary>
    public int MaxBridgedGap { get; init; }

    /// <summary>Analysis time of censored spells (default <see cref="CensoredSpellTime.KnownSurvived"/>).</summary>
    public CensoredSpellTime CensoredTime { get; init; } = CensoredSpellTime.KnownSurvived;
}
