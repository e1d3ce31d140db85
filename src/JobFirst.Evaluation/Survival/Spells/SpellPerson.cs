using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// The person-level facts a spell table carries for analysis, keyed pseudonymously: arm, roster covariates,
/// history covariates and how follow-up ended. Never the person id.
/// </summary>
/// <param name="Key">Pseudonymous key: roster index + 1.</param>
/// <param name="Arm">Randomised arm.</param>
/// <param name="Site">Jobcentre or municipality.</param>
/// <param name="TargetGroup">Target group.</param>
/// <param name="Covariates">Roster covariates aligned with <see cref="SpellTable.CovariateNames"/> (null = missing).</param>
/// <param name="History">History covariates over event weeks −155..0.</param>
/// <param name="ObservedWeeks">Follow-up weeks observed (0 when not in the register).</param>
/// <param name="FollowUpEnd">Why follow-up ends after <paramref name="ObservedWeeks"/>.</param>
public sealed record SpellPerson(
    int Key,
    Arm Arm,
    string Site,
    string TargetGroup,
    IReadOnlyList<string?> Covariates,
    PersonHistory History,
    int ObservedWeeks,
    SpellEndReason FollowUpEnd
);
