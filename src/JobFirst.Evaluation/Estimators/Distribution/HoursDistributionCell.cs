namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>One band × arm cell of the hours distribution.</summary>
/// <param name="Band">Band label, e.g. <c>5-10</c>.</param>
/// <param name="Arm"><c>treatment</c> or <c>control</c>.</param>
/// <param name="Count">Persons with hours in the band (null when suppressed).</param>
/// <param name="Share">Count / persons of the arm with hours &gt; 0 (null when suppressed).</param>
/// <param name="Suppressed">True for a small cell (1..min_cell−1 persons) or a complementary suppression.</param>
public sealed record HoursDistributionCell(string Band, string Arm, long? Count, double? Share, bool Suppressed);
