namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// The analysis time given to a right-censored spell (or censored time to first status). Weekly spells are
/// discrete: a spell of length L ends "at L" when the week after its last in-status week (with a bridged gap:
/// the g+1 weeks after it) is observed out of status. When follow-up stops before that is seen, the spell
/// is known to have lasted at least L weeks, but whether it ends at L is unknown.
/// </summary>
public enum CensoredSpellTime
{
    /// <summary>
    /// time = L − 1: the spell is in the risk set only for the durations whose outcome was observed
    /// (R: <c>Surv(length - 1, 0)</c>; a discrete-time person-period file has rows 1..L−1). Default: it
    /// leaves the Kaplan–Meier, log-rank and discrete-time hazard estimators unbiased for weekly data.
    /// </summary>
    KnownSurvived,

    /// <summary>
    /// time = L: the common convention <c>Surv(length, 0)</c>, which counts the censored spell as having
    /// survived its last observed week and so understates the hazard at that duration slightly.
    /// </summary>
    ObservedLength,
}
