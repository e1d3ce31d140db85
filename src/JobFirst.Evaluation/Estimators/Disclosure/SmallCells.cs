namespace JobFirst.Evaluation.Estimators.Disclosure;

/// <summary>
/// Disclosure control for a row of counts whose total is published: primary suppression of cells with 1..min_cell−1
/// persons (zero identifies no one), and complementary suppression so a single suppressed cell cannot be recovered as
/// the row total minus the others — the smallest other non-zero cell is suppressed too.
/// </summary>
public static class SmallCells
{
    /// <summary>The suppression mask of <paramref name="counts"/> (one row with a published total).</summary>
    public static bool[] Suppress(IReadOnlyList<long> counts, int minCell)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var mask = new bool[counts.Count];
        int primary = 0;
        for (int i = 0; i < counts.Count; i++)
        {
            if (IsSmall(counts[i], minCell))
            {
                mask[i] = true;
                primary++;
            }
        }
        if (primary == 1 && counts.Count > 1)
        {
            int best = -1;
            for (int i = 0; i < counts.Count; i++)
            {
                if (!mask[i] && (best < 0 || Better(counts[i], counts[best])))
                {
                    best = i;
                }
            }
            mask[best] = true;
        }
        return mask;
    }

    // The complement is the smallest non-zero cell (a zero cell protects little: the suppressed pair's sum is known);
    // a zero cell only when no other cell is non-zero.
    private static bool Better(long candidate, long best) =>
        best == 0 ? candidate > 0 : candidate > 0 && candidate < best;

    /// <summary>True for 1..<paramref name="minCell"/>−1 persons.</summary>
    public static bool IsSmall(long count, int minCell) => count > 0 && count < minCell;
}
