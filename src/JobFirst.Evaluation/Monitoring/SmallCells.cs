namespace JobFirst.Evaluation.Monitoring;

/// <summary>
/// The disclosure rule of every monitoring table: a count of 1..min_cell−1 persons, and any statistic computed on
/// fewer than min_cell persons, is suppressed (null, flagged). Zero counts are shown. Ranges across units use
/// only units whose value is shown, so a suppressed unit cannot be read off a range's end.
/// </summary>
internal static class SmallCells
{
    public static bool IsSmallCount(long count, int minCell) =>
        Estimators.Disclosure.SmallCells.IsSmall(count, minCell);

    public static bool TooFewPersons(long n, int minCell) => n < minCell;

    public static void Check(int minCell)
    {
        if (minCell < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minCell), minCell, "min_cell must be at least 1.");
        }
    }

    public static string Note(int minCell) =>
        FormattableString.Invariant(
            $"cells with 1..{minCell - 1} persons, and statistics on fewer than {minCell} persons, are suppressed (null, suppressed = true); ranges use shown units only"
        );
}
