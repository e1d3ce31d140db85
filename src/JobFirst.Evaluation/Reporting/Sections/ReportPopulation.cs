using System.Globalization;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>The spec's population rule applied to a panel: who is included, and up to which week weekly results go.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="ThroughWeek">K of <c>balanced:K</c>; 0 for <see cref="PopulationRule.Available"/>.</param>
public sealed record ReportPopulation(PopulationRule Rule, int ThroughWeek)
{
    /// <summary>Parses <c>available</c> or <c>balanced:K</c> (K ≥ 1); null when the text is neither.</summary>
    public static ReportPopulation? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "available")
        {
            return new ReportPopulation(PopulationRule.Available, 0);
        }
        const string prefix = "balanced:";
        return
            text.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && k >= 1
            ? new ReportPopulation(PopulationRule.Balanced, k)
            : null;
    }

    /// <summary>Per roster index: true when the person belongs to the population (linked and, for balanced:K, observed through week K).</summary>
    public bool[] Members(EventPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var include = new bool[panel.PersonCount];
        for (int p = 0; p < include.Length; p++)
        {
            int observed = panel.ObservedWeeks(p);
            include[p] = Rule == PopulationRule.Available ? observed > 0 : observed >= ThroughWeek;
        }
        return include;
    }

    /// <summary>The last week weekly results are shown for: <paramref name="weekTo"/>, capped at K for balanced:K.</summary>
    public int LastWeek(int weekTo) => Rule == PopulationRule.Balanced ? Math.Min(weekTo, ThroughWeek) : weekTo;

    /// <summary>The spec form (<c>available</c>, <c>balanced:K</c>).</summary>
    public override string ToString() =>
        Rule == PopulationRule.Available
            ? "available"
            : "balanced:" + ThroughWeek.ToString(CultureInfo.InvariantCulture);
}
