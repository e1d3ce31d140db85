namespace JobFirst.Evaluation.Roster;

/// <summary>What kind of study a roster file describes, and so whether it has an <c>arm</c> column.</summary>
public enum RosterDesign
{
    /// <summary>
    /// A randomised trial (seeds 000/001): <c>person_id, arm, visitation_date, site, target_group</c>; both arms
    /// must occur.
    /// </summary>
    RandomisedTrial,

    /// <summary>
    /// Participants only, no control group (seeds 002–004: monitoring and descriptive designs):
    /// <c>person_id, visitation_date, site, target_group</c> and no <c>arm</c> column; every person is a
    /// participant and is held as <see cref="Arm.Treatment"/>. An <c>arm</c> column is an error, so a trial
    /// roster is never read as participants-only by mistake.
    /// </summary>
    ParticipantsOnly,
}
