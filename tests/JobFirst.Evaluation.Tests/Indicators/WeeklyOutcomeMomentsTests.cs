using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Indicators;

/// <summary>
/// Weekly outcome moments of disjoint sets of persons merge into the moments of the whole: the parallel
/// (blocks of persons) and partitioned (one panel per register partition) results equal one pass.
/// </summary>
public class WeeklyOutcomeMomentsTests
{
    private static readonly ExtractWindow Window = new(new IsoWeek(2014, 1), new IsoWeek(2016, 52));
    private static readonly BenefitCategory[] Categories =
    [
        BenefitCategory.SelfSupport,
        BenefitCategory.SelfSupport,
        BenefitCategory.CashBenefit,
        BenefitCategory.Internship,
        BenefitCategory.WageSubsidy,
        BenefitCategory.SicknessBenefit,
        BenefitCategory.StudentGrant,
        BenefitCategory.Exit,
    ];

    [Fact]
    public void Moments_of_register_partitions_merge_into_the_one_pass_moments()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    int persons = 1 + random.Next(300);
                    int parts = 1 + random.Next(5);
                    var visits = Enumerable
                        .Range(0, persons)
                        .Select(_ => Window.First.AddWeeks(random.Next(Window.WeekCount)))
                        .ToArray();
                    var treated = Enumerable.Range(0, persons).Select(_ => random.Next(2) == 0).ToArray();
                    var data = Enumerable.Range(0, persons).Select(_ => RandomPerson(random)).ToArray();
                    var part = Enumerable.Range(0, persons).Select(_ => random.Next(parts + 1) - 1).ToArray(); // −1: unlinked
                    var whole = new EventPanelBuilder(visits, Window);
                    var builders = Enumerable
                        .Range(0, parts)
                        .Select(_ => new EventPanelBuilder(visits, Window))
                        .ToArray();
                    for (int p = 0; p < persons; p++)
                    {
                        if (part[p] >= 0)
                        {
                            whole.Add(p, data[p].Cats, data[p].Hours);
                            builders[part[p]].Add(p, data[p].Cats, data[p].Hours);
                        }
                    }
                    var outcomes = WeeklyIndicatorNames.All;
                    int weeks = 1 + random.Next(156);
                    var once = WeeklyOutcomeMoments.Compute(whole.Build(), treated, outcomes, weeks);
                    var merged = builders
                        .Select(b => WeeklyOutcomeMoments.Compute(b.Build(), treated, outcomes, weeks))
                        .Aggregate(WeeklyOutcomeMoments.Empty(outcomes, weeks), (a, b) => a.Merge(b));
                    AssertEqual(once, merged);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Fact]
    public void Moments_agree_with_the_panel_values_and_round_trip_through_csv()
    {
        var random = new Random(11);
        int persons = 40_000; // more than one block of persons
        var visits = Enumerable.Range(0, persons).Select(_ => Window.First.AddWeeks(40 + random.Next(40))).ToArray();
        var treated = Enumerable.Range(0, persons).Select(p => p % 3 == 0).ToArray();
        var builder = new EventPanelBuilder(visits, Window);
        for (int p = 0; p < persons; p++)
        {
            var (cats, hours) = RandomPerson(random);
            builder.Add(p, cats, hours);
        }
        var panel = builder.Build();
        var moments = WeeklyOutcomeMoments.Compute(panel, treated, WeeklyIndicatorNames.All, 60);
        foreach (var outcome in WeeklyIndicatorNames.All)
        {
            foreach (int week in new[] { 1, 13, 60 })
            {
                var values = Enumerable
                    .Range(0, persons)
                    .Where(p => treated[p] && panel.IsObserved(p, week))
                    .Select(p => panel.Value(p, outcome, week))
                    .ToArray();
                Assert.Equal(values.Length, moments.Count(week, Arm.Treatment));
                double mean = values.Average();
                Assert.Equal(mean, moments.Mean(outcome, week, Arm.Treatment), 1e-12);
                double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
                Assert.Equal(variance, moments.Variance(outcome, week, Arm.Treatment), 1e-9);
            }
        }
        using var dir = new TempDirectory();
        var path = dir.File("moments.csv");
        using (var writer = new StreamWriter(path))
        {
            ResultTableWriter.Write(moments.ToTable(), writer, TableFormat.Csv);
        }
        AssertEqual(moments, WeeklyOutcomeMoments.Read(path));
    }

    [Fact]
    public void Moments_of_different_outcomes_do_not_merge()
    {
        var a = WeeklyOutcomeMoments.Empty([WeeklyIndicator.Hours], 3);
        var b = WeeklyOutcomeMoments.Empty([WeeklyIndicator.Employed], 3);
        Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Throws<ArgumentException>(() => a.Merge(WeeklyOutcomeMoments.Empty([WeeklyIndicator.Hours], 4)));
    }

    // Hours on a quarter-hour grid sum exactly in any order, so merged sums equal one-pass sums exactly.
    private static (BenefitCategory[] Cats, float[] Hours) RandomPerson(Random random)
    {
        var cats = new BenefitCategory[Window.WeekCount];
        var hours = new float[Window.WeekCount];
        var state = Categories[random.Next(Categories.Length - 1)];
        for (int k = 0; k < cats.Length; k++)
        {
            if (random.Next(6) == 0)
            {
                state = Categories[random.Next(random.Next(40) == 0 ? Categories.Length : Categories.Length - 1)];
            }
            cats[k] = state;
            hours[k] = random.Next(3) == 0 ? random.Next(0, 160 * 4) / 4f : 0f;
        }
        return (cats, hours);
    }

    private static void AssertEqual(WeeklyOutcomeMoments expected, WeeklyOutcomeMoments actual)
    {
        Assert.Equal(expected.Outcomes, actual.Outcomes);
        Assert.Equal(expected.Weeks, actual.Weeks);
        for (int k = 1; k <= expected.Weeks; k++)
        {
            foreach (var arm in new[] { Arm.Control, Arm.Treatment })
            {
                Assert.Equal(expected.Count(k, arm), actual.Count(k, arm));
                foreach (var o in expected.Outcomes)
                {
                    Assert.Equal(expected.Sum(o, k, arm), actual.Sum(o, k, arm));
                    Assert.Equal(expected.SumOfSquares(o, k, arm), actual.SumOfSquares(o, k, arm));
                }
            }
        }
    }
}
