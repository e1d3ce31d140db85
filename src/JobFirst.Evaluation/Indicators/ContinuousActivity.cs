namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// The "13 weeks of continuous company-oriented activity" indicator of the JobFirst evaluation
/// (seed 000:323 and 000:616; DOMAIN.md).
/// </summary>
/// <remarks>
/// A week is <em>active</em> when the person is in company internship or wage subsidy or has ordinary
/// hours &gt; 0. Active weeks are counted within a spell; a run of at most
/// <see cref="DefaultMaxBridgedGap"/> (4) consecutive inactive weeks is bridged — it neither ends the
/// spell nor counts — while a run of 5 or more inactive weeks ends the spell and the count restarts at
/// the next active week. The indicator for week k is 1 when some spell has reached
/// <see cref="DefaultRequiredWeeks"/> (13) active weeks at or before week k: it is cumulative, so for a
/// fixed person it never falls. Counting starts at event week 1 (the visitation week); activity before
/// visitation does not count.
/// </remarks>
public static class ContinuousActivity
{
    /// <summary>Active weeks a spell must reach: 13.</summary>
    public const int DefaultRequiredWeeks = 13;

    /// <summary>Longest run of inactive weeks that is bridged: 4 (5 ends the spell).</summary>
    public const int DefaultMaxBridgedGap = 4;

    /// <summary>
    /// Index (0-based, into <paramref name="active"/>) of the week in which a spell first reaches
    /// <paramref name="requiredWeeks"/> active weeks, or −1 if none does.
    /// </summary>
    /// <param name="active">Active flag per consecutive week, first element = event week 1.</param>
    /// <param name="requiredWeeks">Active weeks needed (13).</param>
    /// <param name="maxBridgedGap">Longest bridged run of inactive weeks (4).</param>
    public static int FirstWeekReached(
        ReadOnlySpan<bool> active,
        int requiredWeeks = DefaultRequiredWeeks,
        int maxBridgedGap = DefaultMaxBridgedGap
    )
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requiredWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBridgedGap);
        int count = 0;
        int gap = 0;
        for (int t = 0; t < active.Length; t++)
        {
            if (active[t])
            {
                gap = 0;
                if (++count >= requiredWeeks)
                {
                    return t;
                }
            }
            else if (++gap > maxBridgedGap)
            {
                count = 0;
            }
        }
        return -1;
    }

    /// <summary>
    /// <see cref="FirstWeekReached(ReadOnlySpan{bool}, int, int)"/> with the default rule (13 active weeks,
    /// gaps of up to 4 bridged) where a week is active when its category is internship or wage subsidy
    /// or its ordinary hours are positive; <paramref name="categories"/> and <paramref name="hours"/> are
    /// consecutive weeks from event week 1.
    /// </summary>
    public static int FirstWeekReached(ReadOnlySpan<Codebook.BenefitCategory> categories, ReadOnlySpan<float> hours)
    {
        if (hours.Length != categories.Length)
        {
            throw new ArgumentException("One hours value per week is needed.", nameof(hours));
        }
        int count = 0;
        int gap = 0;
        for (int t = 0; t < categories.Length; t++)
        {
            var c = categories[t];
            if (c is Codebook.BenefitCategory.Internship or Codebook.BenefitCategory.WageSubsidy || hours[t] > 0)
            {
                gap = 0;
                if (++count >= DefaultRequiredWeeks)
                {
                    return t;
                }
            }
            else if (++gap > DefaultMaxBridgedGap)
            {
                count = 0;
            }
        }
        return -1;
    }

    /// <summary>
    /// Writes the cumulative indicator for every week: <paramref name="reached"/>[t] is true from the
    /// week a spell reaches <paramref name="requiredWeeks"/> active weeks onwards.
    /// </summary>
    public static void Compute(
        ReadOnlySpan<bool> active,
        Span<bool> reached,
        int requiredWeeks = DefaultRequiredWeeks,
        int maxBridgedGap = DefaultMaxBridgedGap
    )
    {
        if (reached.Length < active.Length)
        {
            throw new ArgumentException("Destination is shorter than the input.", nameof(reached));
        }
        int first = FirstWeekReached(active, requiredWeeks, maxBridgedGap);
        for (int t = 0; t < active.Length; t++)
        {
            reached[t] = first >= 0 && t >= first;
        }
    }
}
