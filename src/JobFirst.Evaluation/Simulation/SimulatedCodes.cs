using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// The DREAM codes the simulator writes, all inside ranges of the default (illustrative) codebook
/// <c>data-schema/codebook.default.csv</c>; <see cref="CategoryOf"/> mirrors that file for these codes.
/// </summary>
internal static class SimulatedCodes
{
    public const short Blank = 0;
    public const short UnemploymentInsuranceFirst = 111;
    public const short CashBenefitFirst = 130;
    public const short InternshipFirst = 211;
    public const short WageSubsidyFirst = 215;
    public const short StudentGrant = 651;
    public const short SicknessFirst = 750;
    public const short ResourceCourseFirst = 760;
    public const short FlexjobFirst = 770;
    public const short DisabilityPensionFirst = 810;
    public const short ExitFirst = 997;

    /// <summary>A code drawn from a range <c>first..first+count-1</c>.</summary>
    public static short Draw(DeterministicRandom rng, short first, int count) => (short)(first + rng.Below(count));

    public static BenefitCategory CategoryOf(short code) =>
        code switch
        {
            0 => BenefitCategory.SelfSupport,
            >= 111 and <= 124 => BenefitCategory.UnemploymentInsurance,
            >= 130 and <= 136 => BenefitCategory.CashBenefit,
            >= 211 and <= 214 => BenefitCategory.Internship,
            >= 215 and <= 219 => BenefitCategory.WageSubsidy,
            651 or 652 => BenefitCategory.StudentGrant,
            >= 750 and <= 758 => BenefitCategory.SicknessBenefit,
            >= 760 and <= 768 => BenefitCategory.ResourceCourse,
            >= 770 and <= 779 => BenefitCategory.Flexjob,
            >= 810 and <= 880 => BenefitCategory.DisabilityPension,
            >= 997 and <= 999 => BenefitCategory.Exit,
            _ => BenefitCategory.Other,
        };
}
