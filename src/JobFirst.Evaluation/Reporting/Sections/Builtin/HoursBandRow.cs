namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>One band of the hours distribution in one arm.</summary>
/// <param name="Week">Event week.</param>
/// <param name="Band">Band label (<c>0-5</c>, …, <c>37+</c>): hours in [lower, upper), the first band (0, 5).</param>
/// <param name="Arm"><c>treatment</c> or <c>control</c>.</param>
/// <param name="NWithHours">Persons of the arm with ordinary hours &gt; 0 in the week (the share's denominator); null when suppressed.</param>
/// <param name="NPersons">Persons in the band; null when suppressed.</param>
/// <param name="Share">NPersons / NWithHours; null when suppressed.</param>
/// <param name="Suppressed">True when the band or the arm's total has 1..min_cell−1 persons.</param>
public sealed record HoursBandRow(
    int Week,
    string Band,
    string Arm,
    int? NWithHours,
    int? NPersons,
    double? Share,
    bool Suppressed
);
