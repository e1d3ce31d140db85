using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>Maps register categories to <see cref="CompetingExit"/>.</summary>
public static class CompetingExits
{
    /// <summary>The competing-exit group of a register category.</summary>
    public static CompetingExit Of(BenefitCategory category) =>
        category switch
        {
            BenefitCategory.SelfSupport => CompetingExit.SelfSupport,
            BenefitCategory.SicknessBenefit => CompetingExit.Sickness,
            BenefitCategory.StudentGrant or BenefitCategory.EducationBenefit => CompetingExit.Education,
            BenefitCategory.Internship or BenefitCategory.WageSubsidy => CompetingExit.Activity,
            BenefitCategory.Exit => CompetingExit.Exit,
            _ => CompetingExit.Benefit,
        };
}
