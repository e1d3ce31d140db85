using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Funnel;
using JobFirst.Evaluation.Monitoring.Profiles;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Invariants of the monitoring tables and tests on random data.</summary>
public sealed class MonitoringPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Funnel_counts_never_rise_rates_are_shares_and_units_add_up_to_the_total()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    int stages = 2 + random.Next(4);
                    var records = new List<ScreeningRecord>();
                    for (int i = 0, n = 1 + random.Next(80); i < n; i++)
                    {
                        int depth = random.Next(stages + 1);
                        records.Add(
                            new ScreeningRecord(
                                i + 2,
                                [.. Enumerable.Range(0, stages).Select(s => s < depth)],
                                [$"U{random.Next(4)}"]
                            )
                        );
                    }
                    var names = Enumerable.Range(0, stages).Select(s => $"s{s}").ToArray();
                    var r = ScreeningFunnel.Compute(new ScreeningData("x", names, ["unit"], records), minCell: 1);
                    foreach (var unit in r.Rows.GroupBy(x => x.Unit))
                    {
                        var counts = unit.OrderBy(x => x.StageIndex).Select(x => x.Count!.Value).ToArray();
                        Assert.True(counts.Zip(counts.Skip(1)).All(p => p.Second <= p.First));
                        Assert.All(unit, x => Assert.True(x.StepRate is null or (>= 0 and <= 1)));
                    }
                    for (int s = 1; s <= stages; s++)
                    {
                        var total = r.Rows.Single(x => x.Level == RowLevel.Total && x.StageIndex == s).Count;
                        Assert.Equal(
                            total,
                            r.Rows.Where(x => x.Level == RowLevel.Unit && x.StageIndex == s).Sum(x => x.Count)
                        );
                    }
                }
            )
            .Check(Quick);
    }

    [Fact]
    public void The_majority_category_is_at_least_as_frequent_as_any_other()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var persons = Enumerable
                        .Range(0, 1 + random.Next(40))
                        .Select(i => new RosterPerson(
                            i,
                            $"p{i}",
                            Arm.Treatment,
                            new DateOnly(2019, 3, 4),
                            new JobFirst.Evaluation.Calendar.IsoWeek(2019, 10),
                            $"U{random.Next(3)}",
                            "g",
                            [random.Next(5) == 0 ? null : ((char)('a' + random.Next(4))).ToString()],
                            i + 2
                        ))
                        .ToList();
                    var roster = new Roster.Roster(persons, ["c"], design: RosterDesign.ParticipantsOnly);
                    var t = ProfileBuilder.Build(
                        roster,
                        traits: [new ProfileTrait("c", TraitKind.Categorical)],
                        minCell: 1
                    );
                    foreach (var row in t.Rows.Where(x => x.Category is not null))
                    {
                        var members = persons.Where(p => row.Level == RowLevel.Total || p.Site == row.Unit).ToList();
                        var counts = members
                            .Where(p => p.Covariates[0] is not null)
                            .GroupBy(p => p.Covariates[0]!)
                            .ToDictionary(g => g.Key, g => g.Count());
                        Assert.Equal(counts[row.Category!], row.Count);
                        Assert.All(counts, c => Assert.True(c.Value <= row.Count));
                        Assert.Equal(row.Tie, counts.Count(c => c.Value == row.Count) > 1);
                        Assert.True(
                            counts
                                .Where(c => c.Value == row.Count)
                                .All(c => string.CompareOrdinal(row.Category, c.Key) <= 0)
                        );
                        Assert.Equal(members.Count, row.N + row.NMissing);
                    }
                }
            )
            .Check(Quick);
    }

    [Fact]
    public void Swapping_the_groups_mirrors_the_tests()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    int n1 = 1 + random.Next(60),
                        n2 = 1 + random.Next(60);
                    int x1 = random.Next(n1 + 1),
                        x2 = random.Next(n2 + 1);
                    var a = TwoProportionTest.Compute(x1, n1, x2, n2);
                    var b = TwoProportionTest.Compute(x2, n2, x1, n1);
                    Assert.Equal(a.Estimate, -b.Estimate, 12);
                    Assert.Equal(a.ConfLow, -b.ConfHigh, 12);
                    Assert.Equal(a.Statistic, b.Statistic, 9);
                    Assert.True(a.ConfLow <= a.Estimate && a.Estimate <= a.ConfHigh);
                    int c1 = random.Next(40),
                        c2 = random.Next(40);
                    var m = McNemarTest.Compute(c1, c2);
                    var mm = McNemarTest.Compute(c2, c1);
                    Assert.Equal(m.Statistic, mm.Statistic);
                    Assert.Equal(m.ExactPValue, mm.ExactPValue, 12);
                    Assert.True(double.IsNaN(m.PValue) || m.PValue is >= 0 and <= 1);
                }
            )
            .Check(Quick);
    }
}
