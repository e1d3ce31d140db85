using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Tests.Indicators;

public class ContinuousActivityTests
{
    private static bool[] Pattern(string s) => [.. s.Select(c => c == '1')];

    [Fact]
    public void Thirteen_consecutive_active_weeks_reach_in_the_thirteenth()
    {
        Assert.Equal(12, ContinuousActivity.FirstWeekReached(Pattern(new string('1', 20))));
        Assert.Equal(-1, ContinuousActivity.FirstWeekReached(Pattern(new string('1', 12))));
    }

    [Fact]
    public void A_gap_of_four_weeks_is_bridged_but_not_counted()
    {
        // 6 active, 4 inactive, 7 active: 13 active weeks in one spell, reached at index 6+4+7-1.
        Assert.Equal(16, ContinuousActivity.FirstWeekReached(Pattern("111111" + "0000" + "1111111")));
        // 6 active, 4 inactive, 6 active: only 12 counted.
        Assert.Equal(-1, ContinuousActivity.FirstWeekReached(Pattern("111111" + "0000" + "111111" + "0")));
    }

    [Fact]
    public void A_gap_of_five_weeks_ends_the_spell()
    {
        Assert.Equal(-1, ContinuousActivity.FirstWeekReached(Pattern("111111" + "00000" + "1111111")));
        // After the break a fresh spell of 13 reaches it.
        Assert.Equal(
            6 + 5 + 12,
            ContinuousActivity.FirstWeekReached(Pattern("111111" + "00000" + new string('1', 13)))
        );
    }

    [Fact]
    public void Several_bridged_gaps_in_one_spell()
    {
        // 4 active, gap 3, 4 active, gap 4, 5 active = 13 active; index of last = 4+3+4+4+5-1 = 19.
        Assert.Equal(19, ContinuousActivity.FirstWeekReached(Pattern("1111" + "000" + "1111" + "0000" + "11111")));
    }

    [Fact]
    public void Leading_inactivity_does_not_matter()
    {
        Assert.Equal(20 + 12, ContinuousActivity.FirstWeekReached(Pattern(new string('0', 20) + new string('1', 13))));
    }

    [Fact]
    public void Cumulative_indicator_is_monotone_and_starts_on_an_active_week()
    {
        Prop.ForAll(
                Gen.Elements(true, true, false).ArrayOf().ToArbitrary(),
                active =>
                {
                    var reached = new bool[active.Length];
                    ContinuousActivity.Compute(active, reached);
                    int first = Array.IndexOf(reached, true);
                    bool monotone = reached.Skip(Math.Max(first, 0)).All(r => r) || first < 0;
                    bool startsActive = first < 0 || active[first];
                    bool enoughActive = first < 0 || active.Take(first + 1).Count(a => a) >= 13;
                    return monotone && startsActive && enoughActive;
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extending_the_observation_never_undoes_reaching()
    {
        Prop.ForAll(
                Gen.Elements(true, false).ArrayOf().ToArbitrary(),
                Gen.Elements(true, false).ArrayOf().ToArbitrary(),
                (a, b) =>
                {
                    int first = ContinuousActivity.FirstWeekReached(a);
                    int longer = ContinuousActivity.FirstWeekReached([.. a, .. b]);
                    return first < 0 || longer == first;
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_category_and_hours_overload_applies_the_active_week_rule()
    {
        Codebook.BenefitCategory[] kinds =
        [
            Codebook.BenefitCategory.SelfSupport,
            Codebook.BenefitCategory.Internship,
            Codebook.BenefitCategory.WageSubsidy,
            Codebook.BenefitCategory.CashBenefit,
            Codebook.BenefitCategory.SicknessBenefit,
        ];
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    int n = random.Next(80);
                    var categories = Enumerable
                        .Range(0, n)
                        .Select(_ => kinds[random.Next(random.Next(1, 6))])
                        .ToArray();
                    var hours = Enumerable
                        .Range(0, n)
                        .Select(_ => random.Next(4) == 0 ? random.Next(1, 40) : 0f)
                        .ToArray();
                    var active = categories
                        .Zip(
                            hours,
                            (c, h) =>
                                c is Codebook.BenefitCategory.Internship or Codebook.BenefitCategory.WageSubsidy
                                || h > 0
                        )
                        .ToArray();
                    Assert.Equal(
                        ContinuousActivity.FirstWeekReached(active),
                        ContinuousActivity.FirstWeekReached(categories, hours)
                    );
                }
            )
            .QuickCheckThrowOnFailure();
    }
}
