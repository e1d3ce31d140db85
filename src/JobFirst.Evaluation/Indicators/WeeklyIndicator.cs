namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// The weekly person-level indicators derived from the event-time panel (DOMAIN.md, "Event time and
/// the weekly indicators"). Shares are 0/1 per person-week; <see cref="Hours"/> is in hours per week.
/// </summary>
public enum WeeklyIndicator
{
    /// <summary><c>internship</c>: the week's code maps to company internship (virksomhedspraktik).</summary>
    Internship,

    /// <summary><c>wage_subsidy</c>: the week's code maps to wage subsidy (løntilskud).</summary>
    WageSubsidy,

    /// <summary><c>self_support</c>: no transfer payment that week (blank cell).</summary>
    SelfSupport,

    /// <summary><c>any_benefit</c>: some transfer payment that week (not self-support).</summary>
    AnyBenefit,

    /// <summary><c>sickness</c>: the week's code maps to sickness benefit.</summary>
    Sickness,

    /// <summary><c>hours</c>: ordinary (unsubsidised) paid hours that week.</summary>
    Hours,

    /// <summary><c>employed</c>: ordinary hours &gt; 0 that week (seed 000:341).</summary>
    Employed,

    /// <summary><c>active13</c>: a spell of company-oriented activity has reached 13 active weeks (see <see cref="ContinuousActivity"/>).</summary>
    Active13,

    /// <summary><c>education</c>: the week's code maps to the state education grant (SU) or education benefit.</summary>
    Education,
}
