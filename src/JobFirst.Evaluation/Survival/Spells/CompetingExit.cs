namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// Coarse competing-exit destination of a spell, from the register category of the first week out of the
/// status (for ordinary-hours spells: where the person goes on losing the hours).
/// </summary>
public enum CompetingExit
{
    /// <summary><c>self_support</c>: no transfer payment (and, for hours spells, no ordinary hours).</summary>
    SelfSupport,

    /// <summary><c>benefit</c>: any transfer payment not listed below (cash, UI, resource course, flexjob, pension, leave, other).</summary>
    Benefit,

    /// <summary><c>sickness</c>: sickness benefit.</summary>
    Sickness,

    /// <summary><c>education</c>: SU (state education grant) or education benefit.</summary>
    Education,

    /// <summary><c>activity</c>: company internship or wage subsidy.</summary>
    Activity,

    /// <summary><c>exit</c>: a censoring-exit code kept as a category (<c>ExitHandling.KeepAsCategory</c>).</summary>
    Exit,
}
