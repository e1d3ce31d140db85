using System.Globalization;
using JobFirst.Evaluation.Figures.Builders;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// Counts persons with ordinary hours &gt; 0 in one event week by arm and hour band, straight from the panel
/// (seed 000:351-353, Fig 7). Bands are [lower, upper) hours per week; the first band starts above zero and the
/// last is open (<c>37+</c>). Suppression is primary plus complementary within an arm (see <see cref="Hidden"/>).
/// Small standalone computation: the effects analysis's distribution (with its
/// chi-square test) can replace it without touching the section's layout.
/// </summary>
internal static class HoursBands
{
    public static IReadOnlyList<double> DefaultBreaks { get; } = [5, 10, 15, 20, 30, 37];

    public static IReadOnlyList<string> Labels(IReadOnlyList<double> breaks)
    {
        var labels = new List<string>(breaks.Count + 1);
        double lower = 0;
        foreach (var b in breaks)
        {
            labels.Add(N(lower) + "-" + N(b));
            lower = b;
        }
        labels.Add(N(lower) + "+");
        return labels;
    }

    /// <summary>Persons per band: [arm][band], arm 0 = control, 1 = treatment.</summary>
    public static int[][] Count(ReportContext context, int week, IReadOnlyList<double> breaks)
    {
        var panel = context.Study.Panel;
        var treated = context.Study.Treated;
        var members = context.Members;
        var counts = new[] { new int[breaks.Count + 1], new int[breaks.Count + 1] };
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (!members[p] || !panel.IsObserved(p, week))
            {
                continue;
            }
            float h = panel.Hours(p, week);
            if (h <= 0)
            {
                continue;
            }
            int band = 0;
            while (band < breaks.Count && h >= breaks[band])
            {
                band++;
            }
            counts[treated[p] ? 1 : 0][band]++;
        }
        return counts;
    }

    /// <summary>
    /// Which bands of one arm are hidden. Primary: bands with 1..min−1 persons, and every band when the arm's total
    /// is that small. Complementary: the arm's total is published, so a single hidden band could be recovered as
    /// total minus the others; then the smallest other non-empty band is hidden too (ties: the first).
    /// </summary>
    public static bool[] Hidden(int[] counts, int minCell)
    {
        int total = counts.Sum();
        var hidden = counts.Select(c => TableSuppression.IsSmall(c, minCell)).ToArray();
        if (TableSuppression.IsSmall(total, minCell))
        {
            return [.. counts.Select(_ => true)];
        }
        if (hidden.Count(h => h) == 1)
        {
            int best = -1;
            for (int b = 0; b < counts.Length; b++)
            {
                if (!hidden[b] && counts[b] > 0 && (best < 0 || counts[b] < counts[best]))
                {
                    best = b;
                }
            }
            if (best >= 0)
            {
                hidden[best] = true;
            }
        }
        return hidden;
    }

    public static HoursDistribution ToDistribution(int week, IReadOnlyList<string> labels, int[][] counts, int minCell)
    {
        // The builder suppresses bars whose count is small: hidden bands are handed over as a count of 1.
        IReadOnlyList<int> MaskCounts(int[] c) =>
            [.. Hidden(c, minCell).Select((h, b) => h ? Math.Min(1, minCell - 1) : c[b])];
        static double[] Shares(int[] c) => [.. c.Select(x => c.Sum() == 0 ? double.NaN : (double)x / c.Sum())];
        return new HoursDistribution(
            week,
            labels,
            Shares(counts[1]),
            Shares(counts[0]),
            MaskCounts(counts[1]),
            MaskCounts(counts[0])
        );
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
