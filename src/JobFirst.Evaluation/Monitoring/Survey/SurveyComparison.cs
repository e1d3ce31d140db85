namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>Which test compares the share of units meeting a measure at baseline and at follow-up.</summary>
public enum SurveyComparison
{
    /// <summary>
    /// McNemar when exactly the same units answered both rounds (paired), else the two-proportion test on each
    /// round's respondents (the rounds' N differ, as in 003:55-99: "52 of 70" vs "3 of 80").
    /// </summary>
    Auto,

    /// <summary>McNemar on the units that answered both rounds (R <c>mcnemar.test</c>; exact p from <c>binom.test</c>); units answering one round only are left out of the test and counted.</summary>
    McNemar,

    /// <summary>The two-proportion chi-square test on each round's respondents, treating the rounds as independent samples (R <c>prop.test</c>).</summary>
    TwoProportion,
}
