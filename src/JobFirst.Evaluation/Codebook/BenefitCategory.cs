namespace JobFirst.Evaluation.Codebook;

/// <summary>
/// The fixed vocabulary of weekly register categories a codebook maps DREAM benefit codes to.
/// A blank register cell means no transfer payment that week, i.e. <see cref="SelfSupport"/>.
/// The numeric values are stable (they are stored per person-week) and must not be reordered.
/// </summary>
public enum BenefitCategory : byte
{
    /// <summary>No transfer payment (blank cell): self-supporting (<c>selvforsørgelse</c>).</summary>
    SelfSupport = 0,

    /// <summary>Unemployment insurance benefit (<c>a-dagpenge</c>).</summary>
    UnemploymentInsurance = 1,

    /// <summary>Cash benefit (<c>kontanthjælp</c>).</summary>
    CashBenefit = 2,

    /// <summary>Integration benefit (<c>integrationsydelse</c>, from 2015).</summary>
    IntegrationBenefit = 3,

    /// <summary>Education benefit (<c>uddannelseshjælp</c>, from 2014).</summary>
    EducationBenefit = 4,

    /// <summary>Resource course (<c>ressourceforløb</c>, from 2013).</summary>
    ResourceCourse = 5,

    /// <summary>Job clarification course (<c>jobafklaringsforløb</c>, from 2014).</summary>
    JobClarification = 6,

    /// <summary>Sickness benefit (<c>sygedagpenge</c>).</summary>
    SicknessBenefit = 7,

    /// <summary>Flexjob (<c>fleksjob</c>).</summary>
    Flexjob = 8,

    /// <summary>Unemployment allowance between flexjobs (<c>ledighedsydelse</c>).</summary>
    UnemploymentAllowance = 9,

    /// <summary>Disability pension (<c>førtidspension</c>).</summary>
    DisabilityPension = 10,

    /// <summary>Early retirement (<c>efterløn</c>).</summary>
    EarlyRetirement = 11,

    /// <summary>State education grant (SU, codes 651/652).</summary>
    StudentGrant = 12,

    /// <summary>Company internship (<c>virksomhedspraktik</c>).</summary>
    Internship = 13,

    /// <summary>Wage-subsidised job (<c>løntilskud</c>).</summary>
    WageSubsidy = 14,

    /// <summary>Leave (maternity-type benefits, e.g. code 881).</summary>
    Leave = 15,

    /// <summary>Censoring exit: emigration, death, retirement (codes 997–999).</summary>
    Exit = 16,

    /// <summary>Any other code.</summary>
    Other = 17,
}
