namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>One group's line of the log-rank test (R <c>print(survdiff(...))</c>).</summary>
/// <param name="Group">Group label.</param>
/// <param name="N">Observations.</param>
/// <param name="Observed">Observed events O (summed over strata).</param>
/// <param name="Expected">Expected events E under equal hazards (summed over strata).</param>
/// <param name="ChiSquareOverExpected">(O − E)²/E.</param>
/// <param name="ChiSquareOverVariance">(O − E)²/V with V the group's diagonal variance.</param>
public sealed record LogRankGroup(
    string Group,
    int N,
    double Observed,
    double Expected,
    double ChiSquareOverExpected,
    double ChiSquareOverVariance
);
