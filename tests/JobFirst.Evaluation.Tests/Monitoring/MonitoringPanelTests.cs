using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Monthly statuses, shares and the result requirement pinned on hand-built panels.</summary>
public sealed class MonitoringPanelTests
{
    private static readonly IsoWeek Start = new(2016, 40);
    private static readonly IsoWeek End = new(2018, 20);
    private static readonly IsoWeek Entry = new(2017, 1);
    private static readonly (BenefitCategory, float) Internship = (BenefitCategory.Internship, 0f);
    private static readonly (BenefitCategory, float) Hours = (BenefitCategory.CashBenefit, 12f);
    private static readonly StatusSet Active = StatusSet.ActivityEducationOrHours;

    /// <summary>An ISO week whose Thursday lies in the given month (the month's second Thursday).</summary>
    private static IsoWeek InMonth(int year, int month) => new YearMonth(year, month).IsoWeeks()[1];

    private static MonitoringPanel Monthly(HandPanel hand, YearMonth first, YearMonth last) =>
        MonitoringPanel.Build(hand.Build(), hand.VisitationWeeks, [Active], first, last);

    [Fact]
    public void A_week_belongs_to_the_month_of_its_Thursday()
    {
        // 2018-W05 runs Mon 29 Jan – Sun 4 Feb; its Thursday is 1 February, so it is a February week.
        // 2017-W48 runs Mon 27 Nov – Sun 3 Dec; Thursday 30 November: a November week.
        var hand = new HandPanel(Start, End);
        int feb = hand.Add(Entry, HandPanel.In(Hours, new IsoWeek(2018, 5)));
        int nov = hand.Add(Entry, HandPanel.In(Internship, new IsoWeek(2017, 48)));
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2018, 3));
        int Index(int y, int mo) => new YearMonth(y, mo).Index - m.Months[0].Index;
        Assert.True(m.InStatus(feb, 0, Index(2018, 2)));
        Assert.False(m.InStatus(feb, 0, Index(2018, 1)));
        Assert.True(m.InStatus(nov, 0, Index(2017, 11)));
        Assert.False(m.InStatus(nov, 0, Index(2017, 12)));
        Assert.Equal(15, m.Months.Count);
    }

    [Fact]
    public void A_person_is_observed_from_the_visitation_week_and_history_activity_does_not_count()
    {
        var hand = new HandPanel(Start, End);
        // Visited in March 2017; internship in January 2017 (before entry) and in April.
        int p = hand.Add(new IsoWeek(2017, 11), HandPanel.In(Internship, InMonth(2017, 1), InMonth(2017, 4)));
        int absent = hand.Add(Entry, null);
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        Assert.Equal(
            [false, false, true, true, true, true],
            Enumerable.Range(0, 6).Select(i => m.IsObserved(p, i)).ToArray()
        );
        Assert.False(m.InStatus(p, 0, 0));
        Assert.True(m.InStatus(p, 0, 3));
        Assert.False(m.IsObserved(absent, 0));
    }

    /// <summary>Ten persons in one unit: 0,1 active in January, 2 in March, 3 in April, 4 in June (2017).</summary>
    private static HandPanel TenPersons(bool withFebruary)
    {
        var hand = new HandPanel(Start, End);
        int[] months = [1, 1, 3, 4, 6];
        foreach (int mo in months)
        {
            hand.Add(Entry, HandPanel.In(Hours, InMonth(2017, mo)));
        }
        hand.Add(Entry, withFebruary ? HandPanel.In(Internship, InMonth(2017, 2)) : _ => HandPanel.Benefit);
        while (hand.VisitationWeeks.Count < 10)
        {
            hand.Add(Entry, _ => HandPanel.Benefit);
        }
        return hand;
    }

    [Theory]
    [InlineData(false, 3, 0.3, false)] // best window Jan–Mar: persons 0, 1, 2 = 30%
    [InlineData(true, 3, 0.4, true)] // + person 5 in February: 4 of 10 = exactly 40%, met (inclusive)
    [InlineData(true, 2, 0.3, false)] // two-month windows: Jan–Feb = 0, 1, 5
    [InlineData(true, 6, 0.6, true)] // the whole half-year
    public void Requirement_counts_persons_active_at_least_once_in_N_consecutive_months(
        bool withFebruary,
        int months,
        double best,
        bool met
    )
    {
        var hand = TenPersons(withFebruary);
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        string[] units = [.. Enumerable.Repeat("K1", 10)];
        var r = ResultRequirement.Evaluate(m, units, threshold: 0.40, months: months, minCell: 1);
        var row = Assert.Single(r.Rows);
        Assert.Equal(best, row.BestShare!.Value, 12);
        Assert.Equal(met, row.Met);
        Assert.Equal(10, row.N);
        Assert.Equal("2017-01", row.WindowStart); // earliest window on ties
        Assert.Equal(met ? 1 : 0, r.UnitsMeeting);
    }

    [Fact]
    public void Every_month_rule_needs_the_share_in_each_month()
    {
        var hand = new HandPanel(Start, End);
        // Four persons active in every week of Jan–Mar 2017; a fifth only in January and February.
        for (int i = 0; i < 4; i++)
        {
            hand.Add(Entry, w => w.Month <= new YearMonth(2017, 3) ? Internship : HandPanel.Benefit);
        }
        hand.Add(Entry, w => w.Month <= new YearMonth(2017, 2) ? Internship : HandPanel.Benefit);
        for (int i = 0; i < 5; i++)
        {
            hand.Add(Entry, _ => HandPanel.Benefit);
        }
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        string[] units = [.. Enumerable.Repeat("K1", 10)];
        var every = ResultRequirement.Evaluate(
            m,
            units,
            threshold: 0.4,
            months: 3,
            rule: RequirementRule.EveryMonthInWindow,
            minCell: 1
        );
        Assert.Equal(0.4, every.Rows[0].BestShare!.Value, 12); // Jan 50%, Feb 50%, Mar 40%: the smallest is 40%
        Assert.True(every.Rows[0].Met);
        var strict = ResultRequirement.Evaluate(
            m,
            units,
            threshold: 0.41,
            months: 3,
            rule: RequirementRule.EveryMonthInWindow,
            minCell: 1
        );
        Assert.False(strict.Rows[0].Met);
        var once = ResultRequirement.Evaluate(m, units, threshold: 0.41, months: 3, minCell: 1);
        Assert.True(once.Rows[0].Met); // 5 of 10 active at least once in Jan–Mar
    }

    [Fact]
    public void Window_membership_decides_whether_late_entrants_count()
    {
        var hand = new HandPanel(Start, End);
        hand.Add(Entry, HandPanel.In(Internship, InMonth(2017, 1)));
        hand.Add(Entry, _ => HandPanel.Benefit);
        hand.Add(new IsoWeek(2017, 11), _ => HandPanel.Benefit); // enters in March
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 3));
        string[] units = ["K1", "K1", "K1"];
        var any = StatusShares.Ever(m, units, minCell: 1);
        var all = StatusShares.Ever(m, units, minCell: 1, membership: WindowMembership.ObservedAllMonths);
        var anyTotal = any.Rows.Single(r => r.Level == RowLevel.Total);
        var allTotal = all.Rows.Single(r => r.Level == RowLevel.Total);
        Assert.Equal((3, 1), (anyTotal.N, anyTotal.Count!.Value));
        Assert.Equal((2, 1), (allTotal.N, allTotal.Count!.Value));
    }

    [Fact]
    public void Shares_by_month_and_quarter_use_the_persons_observed_in_the_period()
    {
        var hand = new HandPanel(Start, End);
        for (int i = 0; i < 6; i++)
        {
            // Persons 0-2 active in February, person 3 in May; all in unit A except 4 and 5 (unit B).
            var f =
                i < 3 ? HandPanel.In(Hours, InMonth(2017, 2))
                : i == 3 ? HandPanel.In(Hours, InMonth(2017, 5))
                : (_ => HandPanel.Benefit);
            hand.Add(Entry, f);
        }
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        string[] units = ["A", "A", "A", "A", "B", "B"];
        var months = StatusShares.ByPeriod(m, units, MonitoringPeriod.Month, minCell: 1).Rows;
        var feb = months.Single(r => r.Unit == "A" && r.Period == "2017-02");
        Assert.Equal((4, 3, 0.75), (feb.N, feb.Count!.Value, feb.Share!.Value));
        var quarters = StatusShares.ByPeriod(m, units, MonitoringPeriod.Quarter, minCell: 1).Rows;
        Assert.Equal(["2017-Q1", "2017-Q2"], quarters.Select(r => r.Period).Distinct().ToArray());
        var q1Total = quarters.Single(r => r.Level == RowLevel.Total && r.Period == "2017-Q1");
        Assert.Equal((6, 3), (q1Total.N, q1Total.Count!.Value));
        // Disclosure: with min_cell 5, unit A (4 persons) and B (2) are suppressed; the total (6 persons, count 3) too.
        var small = StatusShares.ByPeriod(m, units, MonitoringPeriod.Quarter, minCell: 5).Rows;
        Assert.All(small, r => Assert.True(r.Suppressed && r.Share is null && r.Count is null));
    }

    [Fact]
    public void Shares_at_a_week_use_the_persons_followed_that_week()
    {
        var hand = new HandPanel(Start, End);
        var week = new IsoWeek(2017, 20);
        hand.Add(Entry, HandPanel.In(Hours, week));
        hand.Add(Entry, HandPanel.In(Internship, week.AddWeeks(1)));
        hand.Add(week.AddWeeks(1), HandPanel.In(Hours, week)); // not yet in the group that week
        var result = StatusShares.AtWeek(
            hand.Build(),
            hand.VisitationWeeks,
            [Active],
            ["A", "A", "A"],
            week,
            minCell: 1
        );
        var total = result.Rows.Single(r => r.Level == RowLevel.Total);
        Assert.Equal((2, 1, "2017-W20"), (total.N, total.Count!.Value, total.Period));
        Assert.Throws<Errors.InputException>(() =>
            StatusShares.AtWeek(hand.Build(), hand.VisitationWeeks, [Active], ["A", "A", "A"], End.AddWeeks(1))
        );
    }

    [Fact]
    public void Small_units_are_suppressed_but_counted_and_ranges_skip_them()
    {
        var hand = new HandPanel(Start, End);
        for (int i = 0; i < 12; i++)
        {
            hand.Add(Entry, i % 2 == 0 ? HandPanel.In(Hours, InMonth(2017, 2)) : (_ => HandPanel.Benefit));
        }
        string[] units = [.. Enumerable.Range(0, 12).Select(i => i < 9 ? "big" : "small")];
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        var r = ResultRequirement.Evaluate(m, units, threshold: 0.4, months: 3);
        var small = r.Rows.Single(x => x.Unit == "small");
        Assert.True(small.Suppressed);
        Assert.Null(small.BestShare);
        Assert.Null(small.Met);
        Assert.Equal(2, r.UnitsAssessed);
        var ever = StatusShares.Ever(m, units, minCell: 5);
        var total = ever.Rows.Single(x => x.Level == RowLevel.Total);
        Assert.Equal(1, total.RangeUnits);
        Assert.Equal(5.0 / 9, total.RangeLow!.Value, 12);
    }

    [Fact]
    public void Invalid_requirements_are_input_errors()
    {
        var hand = TenPersons(true);
        var m = Monthly(hand, new YearMonth(2017, 1), new YearMonth(2017, 6));
        string[] units = [.. Enumerable.Repeat("K1", 10)];
        Assert.Throws<Errors.InputException>(() => ResultRequirement.Evaluate(m, units, threshold: 0));
        Assert.Throws<Errors.InputException>(() => ResultRequirement.Evaluate(m, units, months: 7));
        Assert.Throws<Errors.InputException>(() => StatusShares.Ever(m, units, from: new YearMonth(2016, 1)));
    }
}
