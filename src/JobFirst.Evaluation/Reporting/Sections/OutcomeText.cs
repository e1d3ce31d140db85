using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>Report titles of the weekly outcomes, in English and Danish (seed 000 figure titles).</summary>
public static class OutcomeText
{
    /// <summary>A title such as "Share in company internship" / "Andel i virksomhedspraktik".</summary>
    public static string Title(WeeklyIndicator indicator, bool danish) =>
        (indicator, danish) switch
        {
            (WeeklyIndicator.Internship, false) => "Share in company internship",
            (WeeklyIndicator.Internship, true) => "Andel i virksomhedspraktik",
            (WeeklyIndicator.WageSubsidy, false) => "Share in wage subsidy",
            (WeeklyIndicator.WageSubsidy, true) => "Andel i løntilskud",
            (WeeklyIndicator.SelfSupport, false) => "Share self-supporting",
            (WeeklyIndicator.SelfSupport, true) => "Andel selvforsørgende",
            (WeeklyIndicator.AnyBenefit, false) => "Share on any transfer payment",
            (WeeklyIndicator.AnyBenefit, true) => "Andel på offentlig forsørgelse",
            (WeeklyIndicator.Sickness, false) => "Share on sickness benefit",
            (WeeklyIndicator.Sickness, true) => "Andel på sygedagpenge",
            (WeeklyIndicator.Hours, false) => "Mean ordinary hours per week",
            (WeeklyIndicator.Hours, true) => "Gennemsnitlige ordinære timer pr. uge",
            (WeeklyIndicator.Employed, false) => "Share with ordinary hours",
            (WeeklyIndicator.Employed, true) => "Andel med ordinære timer",
            (WeeklyIndicator.Active13, false) => "Share with 13 weeks of continuous company-oriented activity",
            (WeeklyIndicator.Active13, true) => "Andel med 13 ugers sammenhængende virksomhedsrettet indsats",
            (WeeklyIndicator.Education, false) => "Share in education (SU or education benefit)",
            (WeeklyIndicator.Education, true) => "Andel i uddannelse (SU eller uddannelseshjælp)",
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
        };
}
