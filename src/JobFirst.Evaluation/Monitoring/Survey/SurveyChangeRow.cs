namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>
/// One survey measure at baseline and follow-up: "X of N units meet the threshold" in each round, the change,
/// and the test (seed 003:55-99).
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Threshold">The rule a unit's answer must meet, e.g. <c>= 1</c> or <c>&lt; 40</c>.</param>
/// <param name="BaselineMet">X at baseline: units meeting the threshold.</param>
/// <param name="BaselineN">N at baseline: units answering.</param>
/// <param name="BaselineShare">X / N at baseline (null when N = 0).</param>
/// <param name="FinalMet">X at follow-up.</param>
/// <param name="FinalN">N at follow-up.</param>
/// <param name="FinalShare">X / N at follow-up.</param>
/// <param name="Change">FinalShare − BaselineShare, each on its own round's respondents.</param>
/// <param name="NBoth">Units answering both rounds.</param>
/// <param name="MetBaselineOnly">b: units (answering both) meeting the threshold at baseline only.</param>
/// <param name="MetFinalOnly">c: units (answering both) meeting it at follow-up only.</param>
/// <param name="Test"><c>mcnemar</c> or <c>prop_test</c>, or null when a round has no answers.</param>
/// <param name="PairedChange">McNemar only: (c − b) / NBoth, the change among the units answering both rounds.</param>
/// <param name="Statistic">Chi-square statistic (R <c>mcnemar.test</c> / <c>prop.test</c>).</param>
/// <param name="Df">Degrees of freedom (1).</param>
/// <param name="PValue">p-value of the chi-square test.</param>
/// <param name="ExactPValue">McNemar only: the exact p-value (R <c>binom.test(b, b + c)</c>).</param>
/// <param name="ConfLow">Two-proportion test only: lower limit of R <c>prop.test</c>'s interval for the change.</param>
/// <param name="ConfHigh">Upper limit.</param>
/// <param name="ApproximationWarning">Two-proportion test: an expected count below 5 (R warns the approximation may be incorrect); McNemar: fewer than 10 discordant units (use <paramref name="ExactPValue"/>).</param>
/// <param name="Display">The report's wording, e.g. <c>52 of 70 (74%); baseline 3 of 80 (4%)</c>.</param>
public sealed record SurveyChangeRow(
    string Measure,
    string Threshold,
    int BaselineMet,
    int BaselineN,
    double? BaselineShare,
    int FinalMet,
    int FinalN,
    double? FinalShare,
    double? Change,
    int NBoth,
    int MetBaselineOnly,
    int MetFinalOnly,
    string? Test,
    double? PairedChange,
    double? Statistic,
    double? Df,
    double? PValue,
    double? ExactPValue,
    double? ConfLow,
    double? ConfHigh,
    bool ApproximationWarning,
    string Display
);
