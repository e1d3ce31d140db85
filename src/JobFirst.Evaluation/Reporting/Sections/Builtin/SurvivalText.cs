using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Words for spell statuses in captions and figure titles (English, Danish).</summary>
internal static class SurvivalText
{
    /// <summary>"ordinary hours" / "ordinære timer" for <c>employed</c>; the indicator's words otherwise.</summary>
    public static string Status(string status, FigureLanguage language)
    {
        bool da = language == FigureLanguage.Danish;
        return status switch
        {
            "employed" => da ? "ordinære timer" : "ordinary hours",
            "active" => da ? "virksomhedsrettet indsats eller timer" : "company-oriented activity or hours",
            "internship" => da ? "virksomhedspraktik" : "company internship",
            "wage_subsidy" => da ? "løntilskud" : "wage subsidy",
            "self_support" => da ? "selvforsørgelse" : "self-support",
            "any_benefit" => da ? "offentlig forsørgelse" : "any transfer payment",
            "sickness" => da ? "sygedagpenge" : "sickness benefit",
            "education" => da ? "uddannelse" : "education",
            _ => status.Replace('_', ' '),
        };
    }

    /// <summary>The conf.type name of R survfit.</summary>
    public static string ConfType(Survival.KaplanMeier.KaplanMeierConfidence confidence) =>
        confidence switch
        {
            Survival.KaplanMeier.KaplanMeierConfidence.LogLog => "log-log",
            Survival.KaplanMeier.KaplanMeierConfidence.Plain => "plain",
            _ => "log",
        };
}
