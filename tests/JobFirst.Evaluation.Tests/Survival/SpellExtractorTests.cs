using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Tests.Survival;

public class SpellExtractorTests
{
    private static SpellTable Spells(string person, SpellOptions? options = null, EventPanelOptions? panel = null)
    {
        var (p, r) = SpellPanelFixture.Build([person], options: panel);
        return SpellExtractor.Extract(p, r, options);
    }

    [Fact]
    public void An_ordinary_hours_spell_ends_in_the_first_week_without_hours_and_records_the_category_entered()
    {
        //          week 1234567
        var t = Spells(".hhhos..");
        var s = Assert.Single(t.Spells);
        Assert.Equal((2, 4, 3, 3, true), (s.EntryWeek, s.LastWeek, s.Length, s.Time, s.Event));
        Assert.Equal(5, s.ExitWeek);
        Assert.Equal("self_support", s.ExitCategory);
        Assert.Equal(CompetingExit.SelfSupport, s.ExitGroup);
        Assert.Equal(SpellEndReason.Exit, s.EndReason);
        Assert.False(s.OngoingAtEntry);
    }
}
