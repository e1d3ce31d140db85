namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>How a spell (or the wait for a first week in status) ends in the data.</summary>
public enum SpellEndReason
{
    /// <summary><c>exit</c>: the spell ended inside follow-up (event = 1); the category entered is recorded.</summary>
    Exit,

    /// <summary><c>extract_end</c>: right-censored at the register extract's last week (event = 0).</summary>
    ExtractEnd,

    /// <summary><c>censoring_exit</c>: right-censored because follow-up stopped at a censoring-exit code (997–999: emigration, death, retirement).</summary>
    CensoringExit,

    /// <summary><c>follow_up_limit</c>: right-censored at the panel's last stored event week (<c>EventPanelOptions.MaxFollowUpWeeks</c>).</summary>
    FollowUpLimit,
}
