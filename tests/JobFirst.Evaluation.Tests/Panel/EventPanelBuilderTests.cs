using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Tests.Panel;

public class EventPanelBuilderTests
{
    private static readonly ExtractWindow Window = new(new IsoWeek(2013, 1), new IsoWeek(2016, 10));

    private static (BenefitCategory[] Cats, float[] Hours) Blank() =>
        (new BenefitCategory[Window.WeekCount], new float[Window.WeekCount]);

    [Fact]
    public void Week_one_is_the_iso_week_of_the_visitation_date_across_a_53_week_year()
    {
        // Visitation Thursday 2015-12-31 lies in 2015-W53; event week 2 is 2016-W01.
        var visit = IsoWeek.FromDate(new DateOnly(2015, 12, 31));
        Assert.Equal(new IsoWeek(2015, 53), visit);
        var (cats, hours) = Blank();
        cats[Window.OffsetOf(new IsoWeek(2015, 53))] = BenefitCategory.Internship;
        cats[Window.OffsetOf(new IsoWeek(2016, 1))] = BenefitCategory.WageSubsidy;
        hours[Window.OffsetOf(new IsoWeek(2016, 2))] = 7.5f;
        var b = new EventPanelBuilder([visit], Window);
        b.Add(0, cats, hours);
        var panel = b.Build();
        Assert.Equal(1.0, panel.Value(0, WeeklyIndicator.Internship, 1));
        Assert.Equal(1.0, panel.Value(0, WeeklyIndicator.WageSubsidy, 2));
        Assert.Equal(7.5, panel.Value(0, WeeklyIndicator.Hours, 3));
        Assert.Equal(1.0, panel.Value(0, WeeklyIndicator.Employed, 3));
        Assert.Equal(0.0, panel.Value(0, WeeklyIndicator.Employed, 2));
        // 2015-W53 .. 2016-W10 inclusive = 11 observed weeks (right-censoring at the extract end).
        Assert.Equal(11, panel.ObservedWeeks(0));
        Assert.True(panel.IsObserved(0, 11));
        Assert.False(panel.IsObserved(0, 12));
    }

    [Fact]
    public void Late_entrants_are_followed_fewer_weeks()
    {
        var early = new IsoWeek(2016, 1);
        var late = new IsoWeek(2016, 10);
        var b = new EventPanelBuilder([early, late], Window);
        var (cats, hours) = Blank();
        b.Add(0, cats, hours);
        b.Add(1, cats, hours);
        var panel = b.Build();
        Assert.Equal(10, panel.ObservedWeeks(0));
        Assert.Equal(1, panel.ObservedWeeks(1));
    }

    [Fact]
    public void History_counts_weeks_minus_155_to_0_only()
    {
        var visit = new IsoWeek(2016, 5);
        var (cats, hours) = Blank();
        int v = Window.OffsetOf(visit);
        hours[v - 1] = 10; // week 0: counted
        hours[v - 156] = 10; // week -155: counted
        hours[v - 157] = 10; // week -156: outside the window
        hours[v] = 10; // week 1: follow-up, not history
        cats[v - 2] = BenefitCategory.SicknessBenefit;
        cats[v - 3] = BenefitCategory.CashBenefit;
        var b = new EventPanelBuilder([visit], Window);
        b.Add(0, cats, hours);
        var h = b.Build().History(0);
        Assert.Equal(156, h.WeeksObserved);
        Assert.Equal(2, h.WeeksEmployed);
        Assert.Equal(1, h.WeeksSick);
        Assert.Equal(156 - 2, h.WeeksSelfSupporting);
    }

    [Fact]
    public void History_is_partial_when_the_extract_starts_late()
    {
        var visit = new IsoWeek(2013, 20);
        var (cats, hours) = Blank();
        var b = new EventPanelBuilder([visit], Window);
        b.Add(0, cats, hours);
        Assert.Equal(19, b.Build().History(0).WeeksObserved);
    }

    [Fact]
    public void A_censoring_exit_ends_follow_up()
    {
        var visit = new IsoWeek(2015, 40);
        var (cats, hours) = Blank();
        cats[Window.OffsetOf(visit) + 5] = BenefitCategory.Exit;
        var b = new EventPanelBuilder([visit], Window);
        b.Add(0, cats, hours);
        Assert.Equal(5, b.Build().ObservedWeeks(0));

        var keep = new EventPanelBuilder(
            [visit],
            Window,
            new EventPanelOptions { ExitHandling = ExitHandling.KeepAsCategory }
        );
        keep.Add(0, cats, hours);
        Assert.True(keep.Build().ObservedWeeks(0) > 5);
    }

    [Fact]
    public void Active13_combines_internship_wage_subsidy_and_hours_from_week_one()
    {
        var visit = new IsoWeek(2015, 20);
        var (cats, hours) = Blank();
        int v = Window.OffsetOf(visit);
        for (int k = -10; k < 0; k++)
        {
            cats[v + k] = BenefitCategory.Internship; // before visitation: does not count
        }
        for (int k = 0; k < 5; k++)
        {
            cats[v + k] = BenefitCategory.Internship;
        }
        // weeks 6-9 inactive (gap of 4, bridged)
        for (int k = 9; k < 13; k++)
        {
            cats[v + k] = BenefitCategory.WageSubsidy;
        }
        for (int k = 13; k < 17; k++)
        {
            hours[v + k] = 3;
        }
        // 5 + 4 + 4 = 13 active weeks; reached in event week 17.
        var b = new EventPanelBuilder([visit], Window);
        b.Add(0, cats, hours);
        var panel = b.Build();
        Assert.Equal(17, panel.Active13Week(0));
        Assert.Equal(0.0, panel.Value(0, WeeklyIndicator.Active13, 16));
        Assert.Equal(1.0, panel.Value(0, WeeklyIndicator.Active13, 17));
        Assert.Equal(1.0, panel.Value(0, WeeklyIndicator.Active13, 30));
    }

    [Fact]
    public void Unlinked_persons_have_no_observed_weeks()
    {
        var b = new EventPanelBuilder([new IsoWeek(2016, 1), new IsoWeek(2016, 2)], Window);
        var (cats, hours) = Blank();
        b.Add(1, cats, hours);
        var panel = b.Build();
        Assert.False(panel.IsLinked(0));
        Assert.Equal(0, panel.ObservedWeeks(0));
        Assert.True(panel.IsLinked(1));
    }

    [Fact]
    public void Indicator_table_counts_followed_persons_and_suppresses_small_cells()
    {
        var weeks = Enumerable.Repeat(new IsoWeek(2016, 1), 12).ToArray();
        var b = new EventPanelBuilder(weeks, Window);
        var (cats, hours) = Blank();
        for (int p = 0; p < 12; p++)
        {
            var c = (BenefitCategory[])cats.Clone();
            c[Window.OffsetOf(new IsoWeek(2016, 1))] =
                p % 2 == 0 ? BenefitCategory.Internship : BenefitCategory.CashBenefit;
            b.Add(p, c, hours);
        }
        var treated = Enumerable.Range(0, 12).Select(p => p < 8).ToArray(); // 8 treated, 4 control
        var rows = IndicatorTable.Compute(b.Build(), treated, [WeeklyIndicator.Internship], maxWeek: 3);
        var t1 = rows.Single(r => r.Week == 1 && r.Arm == "treatment");
        Assert.Equal(8, t1.NFollowed);
        Assert.Equal(0.5, t1.Mean);
        var c1 = rows.Single(r => r.Week == 1 && r.Arm == "control");
        Assert.True(c1.Suppressed);
        Assert.Null(c1.Mean);
        Assert.Equal(6, rows.Count); // 3 weeks × 2 arms
    }
}

public class WindowOutcomeTests
{
    [Fact]
    public void Window_outcomes_need_the_whole_window_observed()
    {
        var window = new ExtractWindow(new IsoWeek(2015, 1), new IsoWeek(2016, 20));
        var visits = new[] { new IsoWeek(2016, 1), new IsoWeek(2016, 15) };
        var b = new EventPanelBuilder(visits, window);
        var cats = new BenefitCategory[window.WeekCount];
        var hours = new float[window.WeekCount];
        int v = window.OffsetOf(visits[0]);
        hours[v + 1] = 4; // week 2
        hours[v + 3] = 8; // week 4
        b.Add(0, cats, hours);
        b.Add(1, cats, hours);
        var panel = b.Build();
        var mean = WindowOutcome.Compute(panel, WeeklyIndicator.Hours, 1, 4, WindowStatistic.Mean);
        Assert.Equal(3.0, mean[0]);
        Assert.Equal(0.0, mean[1]); // followed 2016-W15..W20 = 6 weeks ≥ 4, no hours then
        var sum = WindowOutcome.Compute(panel, WeeklyIndicator.Employed, 1, 10, WindowStatistic.Sum);
        Assert.Equal(2.0, sum[0]);
        Assert.True(double.IsNaN(sum[1])); // 6 observed weeks < 10
        var ever = WindowOutcome.Compute(panel, WeeklyIndicator.Employed, 3, 4, WindowStatistic.Ever);
        Assert.Equal(1.0, ever[0]);
    }
}
