using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Outcomes;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>First outcome after visitation and ever-indicators pinned on a hand-built panel.</summary>
public sealed class FirstOutcomeTests
{
    private static readonly IsoWeek Start = new(2019, 1);
    private static readonly IsoWeek End = new(2019, 40);
    private static readonly IsoWeek Visit = new(2019, 10);
    private static readonly (BenefitCategory, float) Su = (BenefitCategory.StudentGrant, 0f);
    private static readonly (BenefitCategory, float) Paid = (BenefitCategory.CashBenefit, 8f);
    private static readonly (BenefitCategory, float) PaidOnSu = (BenefitCategory.StudentGrant, 8f);
    private static readonly (BenefitCategory, float) Flex = (BenefitCategory.Flexjob, 0f);
    private static readonly (BenefitCategory, float) Exit = (BenefitCategory.Exit, 0f);

    /// <summary>Event week k of a person visited in <see cref="Visit"/> is ISO week Visit + k − 1.</summary>
    private static IsoWeek Week(int k) => Visit.AddWeeks(k - 1);

    private static HandPanel Persons()
    {
        var hand = new HandPanel(Start, End);
        hand.Add(
            Visit,
            w =>
                w == Week(3) ? Paid
                : w >= Week(5) ? Su
                : HandPanel.Benefit
        ); // 0: hours in week 3
        hand.Add(Visit, HandPanel.In(PaidOnSu, Week(4))); // 1: hours and SU in the same week
        hand.Add(Visit, HandPanel.In(Flex, Week(2))); // 2: flexjob in week 2
        hand.Add(Visit, _ => HandPanel.Benefit); // 3: nothing
        hand.Add(Visit, null); // 4: not in the register
        hand.Add(Visit, HandPanel.In(Paid, Week(0), Week(-10))); // 5: hours only before visitation
        hand.Add(Visit, HandPanel.In(Su, Week(1))); // 6: SU in the visitation week itself
        hand.Add(
            Visit,
            w =>
                w == Week(3) ? Exit
                : w == Week(6) ? Paid
                : HandPanel.Benefit
        ); // 7: censoring exit first
        hand.Add(Visit, HandPanel.In(Paid, Week(10))); // 8: hours in week 10
        return hand;
    }

    [Fact]
    public void The_first_week_with_an_outcome_wins_and_ties_go_to_the_earliest_listed_outcome()
    {
        var r = FirstOutcome.Compute(Persons().Build(), OutcomeDefinition.Seed004);
        Assert.Equal((0, 3, false), (r[0].Outcome, r[0].EventWeek, r[0].Tied)); // employment before the later SU
        Assert.Equal((0, 4, true), (r[1].Outcome, r[1].EventWeek, r[1].Tied)); // employment listed before education
        Assert.Equal((2, 2), (r[2].Outcome, r[2].EventWeek));
        Assert.False(r[3].Reached);
        Assert.Equal(End - Visit + 1, r[3].ObservedWeeks);
        Assert.False(r[4].Linked);
        Assert.False(r[5].Reached); // history weeks are not "after visitation"
        Assert.Equal((1, 1), (r[6].Outcome, r[6].EventWeek)); // week 1 = the visitation week counts
        Assert.False(r[7].Reached); // follow-up ends at the exit in week 3
        Assert.Equal(2, r[7].ObservedWeeks);
        Assert.Equal((0, 10), (r[8].Outcome, r[8].EventWeek));
    }

    [Fact]
    public void Outcome_order_window_start_and_end_change_the_result_as_documented()
    {
        var panel = Persons().Build();
        OutcomeDefinition[] educationFirst =
        [
            OutcomeDefinition.Seed004[1],
            OutcomeDefinition.Seed004[0],
            OutcomeDefinition.Seed004[2],
        ];
        var r = FirstOutcome.Compute(panel, educationFirst);
        Assert.Equal((0, 4, true), (r[1].Outcome, r[1].EventWeek, r[1].Tied)); // now education
        var later = FirstOutcome.Compute(panel, OutcomeDefinition.Seed004, fromWeek: 2);
        Assert.False(later[6].Reached);
        var shorter = FirstOutcome.Compute(panel, OutcomeDefinition.Seed004, toWeek: 8);
        Assert.False(shorter[8].Reached);
        Assert.Equal(8, shorter[8].ObservedWeeks);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            FirstOutcome.Compute(panel, OutcomeDefinition.Seed004, fromWeek: 0)
        );
    }

    [Fact]
    public void Summary_by_unit_excludes_persons_absent_from_the_register_and_gives_median_weeks()
    {
        var hand = Persons();
        var records = FirstOutcome.Compute(hand.Build(), OutcomeDefinition.Seed004);
        string[] units = ["A", "A", "A", "A", "A", "B", "B", "B", "B"];
        var table = FirstOutcomeTable.Summarise(records, units, OutcomeDefinition.Seed004, minCell: 1);
        Assert.Equal(1, table.NotInRegister);
        Assert.Equal(1, table.TiedWeeks);
        var anyA = table.Rows.Single(r => r.Unit == "A" && r.Outcome == "any");
        Assert.Equal((4, 3, 0.75, 3.0), (anyA.N, anyA.Count!.Value, anyA.Share!.Value, anyA.MedianWeek!.Value)); // weeks 2, 3, 4
        var anyB = table.Rows.Single(r => r.Unit == "B" && r.Outcome == "any");
        Assert.Equal((4, 2, 5.5), (anyB.N, anyB.Count!.Value, anyB.MedianWeek!.Value)); // weeks 1 and 10: mean of the middle two
        var total = table.Rows.Single(r => r.Level == RowLevel.Total && r.Outcome == "any");
        Assert.Equal(
            (8, 5, 0.5, 0.75, 2),
            (total.N, total.Count!.Value, total.RangeLow!.Value, total.RangeHigh!.Value, total.RangeUnits!.Value)
        );
        var employment = table.Rows.Single(r => r.Level == RowLevel.Total && r.Outcome == "employment");
        Assert.Equal(3, employment.Count); // persons 0, 1 and 8
        var suppressed = FirstOutcomeTable.Summarise(records, units, OutcomeDefinition.Seed004, minCell: 5);
        Assert.All(suppressed.Rows.Where(r => r.Level == RowLevel.Unit), r => Assert.True(r.Suppressed));
        Assert.All(suppressed.Rows.Where(r => r.Level == RowLevel.Unit), r => Assert.Null(r.MedianWeek));
        Assert.Equal(5, suppressed.Rows.Single(r => r.Level == RowLevel.Total && r.Outcome == "any").Count);
    }

    [Fact]
    public void Ever_indicators_need_the_whole_window_observed()
    {
        var hand = Persons();
        var panel = hand.Build();
        var ever = EverStatus.Compute(panel, StatusSet.Employment, 1, 10);
        Assert.Equal([1, 1, 0, 0, double.NaN, 0, 0, double.NaN, 1], ever);
        var table = EverOutcomeTable.Compute(
            panel,
            [.. Enumerable.Repeat("A", 9)],
            OutcomeDefinition.Seed004,
            1,
            10,
            minCell: 1
        );
        var education = table.Rows.Single(r => r.Level == RowLevel.Total && r.Outcome == "education");
        Assert.Equal((7, 3), (education.N, education.Count!.Value)); // persons 0 (SU from week 5), 1, 6: not exclusive
        Assert.Equal(2, table.NotFollowed);
        Assert.Throws<ArgumentOutOfRangeException>(() => EverStatus.Compute(panel, StatusSet.Employment, 1, 1000));
    }

    [Fact]
    public void Status_names_parse_with_shorthands_and_unknown_names_are_input_errors()
    {
        var s = StatusSet.Parse("internship + wage_subsidy, employed", "x");
        Assert.True(s.Matches(BenefitCategory.Internship, 0));
        Assert.True(s.Matches(BenefitCategory.CashBenefit, 0.5f));
        Assert.False(s.Matches(BenefitCategory.StudentGrant, 0));
        var education = StatusSet.Parse("education", "e");
        Assert.True(education.Matches(BenefitCategory.EducationBenefit, 0));
        Assert.Equal(
            "internship + wage_subsidy + employed (hours > 0)",
            StatusSet.Parse("company_oriented", "c").Describe()
        );
        var ex = Assert.Throws<Errors.InputException>(() => StatusSet.Parse("internship,holiday", "x"));
        Assert.Contains("holiday", ex.Message, StringComparison.Ordinal);
        Assert.Throws<Errors.InputException>(() => StatusSet.Parse(" , ", "x"));
    }
}
