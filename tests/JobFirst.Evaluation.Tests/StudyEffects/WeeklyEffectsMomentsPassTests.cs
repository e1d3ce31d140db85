using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Panel;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// The weekly effects without a band come from moments (<see cref="PanelWeeklyMoments"/>: integer counts for 0/1
/// outcomes, shifted hours sums merged by Chan's update); the per-person Welford accumulators remain the band's path and
/// the reference here. Both must give the same effects to 1e-12 relative on random panels (every design, population,
/// subgroups, week range, partition of the persons), on the simulated study and on adversarial hours (offset 10⁶,
/// near-constant, an outlier as the shift), and merged partial moments must equal one pass (0/1 outcomes bit for bit).
/// </summary>
public sealed class WeeklyEffectsMomentsPassTests(GoldenStudyFixture fixture, ITestOutputHelper output)
    : IClassFixture<GoldenStudyFixture>
{
    private const double Tolerance = 1e-12;

    // Clustered designs go through CR2's matrix algebra (per-cluster (I − H)^(−1/2) and the Bell–McCaffrey df), which
    // amplifies the last-bit differences of the two accumulation orders (seen: 4.9e-12 on a block-clustered SE).
    private const double ClusteredTolerance = 1e-10;

    private static double ToleranceFor(DimDesign design) =>
        design is DimDesign.Clustered or DimDesign.BlockClustered ? ClusteredTolerance : Tolerance;

    private static readonly ExtractWindow Window = new(new IsoWeek(2016, 1), new IsoWeek(2016, 30));
    private static readonly BenefitCategory[] Categories = Enum.GetValues<BenefitCategory>();

    public enum HoursKind
    {
        Grid,
        Offset,
        NearConstant,
        Constant,
    }

    internal sealed record Case(
        EventPanel Panel,
        bool[] Treated,
        WeekRange Weeks,
        Population Population,
        WeeklyEffectOptions Options,
        DesignCodes Design,
        PersonGrouping? Subgroups,
        int Chunks,
        int SubBlock,
        HoursKind Hours = HoursKind.Grid
    );

    [Fact]
    public void Moments_equal_the_per_person_accumulators_and_explicit_arrays_on_random_panels()
    {
        double vsPerPerson = 0;
        double vsArrays = 0;
        double perPersonVsArrays = 0;
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed => CheckCase(seed, ref vsArrays, ref vsPerPerson, ref perPersonVsArrays)
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
        output.WriteLine(
            $"random panels: moments vs explicit arrays {vsArrays:G3}; vs per-person (grid/constant hours) {vsPerPerson:G3}; per-person vs arrays (all hours kinds) {perPersonVsArrays:G3}"
        );
    }

    // Seeds the property once found failing: 63914769 made a design with zero cells (no person with a cluster or
    // subgroup value), which the moments pass rejected with an exception instead of excluding everyone; 847388831 a
    // blocked design without any block value, which the reference here mishandled.
    [Theory]
    [InlineData(63914769)]
    [InlineData(847388831)]
    [InlineData(324280975)]
    public void Moments_equal_the_other_paths_on_a_recorded_case(int seed)
    {
        double a = 0,
            p = 0,
            w = 0;
        CheckCase(seed, ref a, ref p, ref w);
    }

    private static void CheckCase(int seed, ref double vsArrays, ref double vsPerPerson, ref double perPersonVsArrays)
    {
        var c = RandomCase(new Random(seed));
        var perPerson = Run(c, WeeklyEffectsPass.PerPerson);
        var arrays = TwoPass(c);
        var moments = Run(c, WeeklyEffectsPass.Moments);
        var partitioned = Run(c, WeeklyEffectsPass.Moments, c.Chunks, c.SubBlock);
        // Mixed-arm clusters and clusters across blocks stop every path with the same message.
        Assert.Equal(perPerson.Error, moments.Error);
        Assert.Equal(perPerson.Error, partitioned.Error);
        Assert.Equal(perPerson.Error, arrays.Error);
        if (perPerson.Error is not null)
        {
            return;
        }
        // Against the two-pass moments of the explicit per-person arrays: every kind of hours.
        double a = Math.Max(
            MaxRelative(arrays.Effects!, moments.Effects!),
            MaxRelative(arrays.Effects!, partitioned.Effects!)
        );
        string at = LastWorst ?? "";
        // Against the Welford accumulators: where Welford itself is exact to 1e-12 (not hours at 10⁶ or
        // near-constant hours, where it is the less accurate of the two; see the adversarial tests).
        double p = Math.Max(
            MaxRelative(perPerson.Effects!, moments.Effects!),
            MaxRelative(perPerson.Effects!, partitioned.Effects!)
        );
        double w = MaxRelative(arrays.Effects!, perPerson.Effects!);
        bool welfordExact = c.Hours is HoursKind.Grid or HoursKind.Constant;
        lock (Categories)
        {
            vsArrays = Math.Max(vsArrays, a);
            perPersonVsArrays = Math.Max(perPersonVsArrays, w);
            if (welfordExact)
            {
                vsPerPerson = Math.Max(vsPerPerson, p);
            }
        }
        double tolerance = ToleranceFor(c.Options.Design);
        Assert.True(a <= tolerance, $"seed {seed}: {a:G3} from the arrays at {at}, {c.Options.Design}");
        Assert.True(
            !welfordExact || p <= tolerance,
            $"seed {seed}: {p:G3} from the per-person path at {LastWorst}, {c.Options.Design}"
        );
    }

    [Fact]
    public void Merged_partial_moments_equal_one_pass()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var c = RandomCase(new Random(seed));
                    var once = Run(c, WeeklyEffectsPass.Moments, 1, int.MaxValue);
                    var merged = Run(c, WeeklyEffectsPass.Moments, c.Chunks, c.SubBlock);
                    Assert.Equal(once.Error, merged.Error);
                    if (once.Error is not null)
                    {
                        return;
                    }
                    for (int i = 0; i < once.Effects!.Count; i++)
                    {
                        if (once.Effects[i].Outcome != "hours")
                        {
                            // Integer counts: the partition cannot change a bit.
                            Assert.Equal(0, MaxRelative([once.Effects[i]], [merged.Effects![i]]));
                        }
                    }
                    double d = MaxRelative(once.Effects, merged.Effects!);
                    Assert.True(
                        d <= ToleranceFor(c.Options.Design),
                        $"seed {seed}: relative difference {d:G3} at {LastWorst}, {c.Options.Design}, {c.Panel.PersonCount} persons"
                    );
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Fact]
    public void Moments_equal_the_per_person_accumulators_on_the_simulated_study()
    {
        var study = fixture.Study;
        var sites = PersonGrouping.FromRoster(study.Roster, "site");
        var gender = PersonGrouping.FromRoster(study.Roster, "gender");
        var outcomes = WeeklyIndicatorNames.All;
        double worst = 0;
        int compared = 0;
        foreach (
            var (design, codes) in new[]
            {
                (DimDesign.Standard, DesignCodes.None),
                (DimDesign.Blocked, new DesignCodes(sites)),
            }
        )
        {
            foreach (var population in new[] { Population.Available, Population.BalancedThrough(20) })
            {
                foreach (var subgroups in new[] { null, gender })
                {
                    var weeks =
                        population.Kind == PopulationKind.Balanced
                            ? new WeekRange(1, 20)
                            : new WeekRange(1, GoldenStudyFixture.LastWeek);
                    var options = new WeeklyEffectOptions { Design = design };
                    var c = new Case(
                        study.Panel,
                        [.. study.Treated],
                        weeks,
                        population,
                        options,
                        codes,
                        subgroups,
                        8,
                        37
                    );
                    var reference = Run(c, WeeklyEffectsPass.PerPerson).Effects!;
                    foreach (
                        var (chunks, subBlock) in new[] { ((int?)null, PanelWeeklyMoments.SubBlockPersons), (8, 37) }
                    )
                    {
                        var moments = Run(c, WeeklyEffectsPass.Moments, chunks, subBlock).Effects!;
                        worst = Math.Max(worst, MaxRelative(reference, moments));
                        compared += moments.Sum(m => m.Effects.Count(e => e.Result is not null));
                    }
                }
            }
        }
        output.WriteLine($"simulated study: {compared} weekly effects, max relative difference {worst:G3}");
        Assert.True(compared > 1000);
        Assert.True(worst <= Tolerance, $"relative difference {worst:G3}");
    }

    [Theory]
    [InlineData(HoursKind.Offset)]
    [InlineData(HoursKind.NearConstant)]
    [InlineData(HoursKind.Constant)]
    public void Hours_with_a_large_offset_or_near_constant_lose_no_digits(HoursKind kind)
    {
        var random = new Random(5);
        int persons = 20_000; // several chunks and sub-blocks
        var panel = Build(random, persons, 6, kind, linkedShare: 1.0);
        var treated = Enumerable.Range(0, persons).Select(_ => random.Next(2) == 0).ToArray();
        var c = new Case(
            panel,
            treated,
            new WeekRange(1, 6),
            Population.Available,
            new WeeklyEffectOptions(),
            DesignCodes.None,
            null,
            8,
            PanelWeeklyMoments.SubBlockPersons
        );
        var perPerson = Run(c, WeeklyEffectsPass.PerPerson).Effects!;
        var moments = Run(c, WeeklyEffectsPass.Moments).Effects!;
        var arrays = TwoPass(c).Effects!;
        double vsArrays = MaxRelative(arrays, moments);
        double vsPerPerson = MaxRelative(perPerson, moments);
        double zeroOne = MaxRelative(
            [.. perPerson.Where(e => e.Outcome != "hours")],
            [.. moments.Where(e => e.Outcome != "hours")]
        );
        var exact = ExactHours(panel, treated, 6);
        double momentsVsExact = VsExact(moments.Single(m => m.Outcome == "hours"), exact);
        double perPersonVsExact = VsExact(perPerson.Single(m => m.Outcome == "hours"), exact);
        output.WriteLine(
            $"{kind}: moments vs two-pass arrays {vsArrays:G3}, vs per-person {vsPerPerson:G3} (0/1 outcomes {zeroOne:G3}); hours means, estimate, SE vs exact (decimal): moments {momentsVsExact:G3}, per-person Welford {perPersonVsExact:G3}"
        );
        Assert.True(vsArrays <= Tolerance, $"relative difference from the arrays {vsArrays:G3} at {LastWorst}");
        Assert.True(zeroOne <= Tolerance, $"relative difference of the 0/1 outcomes {zeroOne:G3}");
        Assert.True(momentsVsExact <= 1e-13, $"relative difference from the exact values {momentsVsExact:G3}");
        // What separates the two paths here is Welford's own rounding (its running mean carries the level's digits).
        Assert.True(
            vsPerPerson <= Math.Max(Tolerance, 2 * perPersonVsExact),
            $"{vsPerPerson:G3} from the per-person path"
        );
        var hours = moments.Single(m => m.Outcome == "hours");
        if (kind == HoursKind.Constant)
        {
            Assert.All(hours.Effects, e => Assert.Equal(0, e.Result!.StdError));
        }
    }

    [Fact]
    public void An_outlier_as_the_first_value_of_a_sub_block_stays_within_the_tolerance()
    {
        // The shift is the cell's first value in each sub-block; here it is 4,000 hours against zeros, the worst case of
        // Σd² − (Σd)²/n (the cancellation grows with the sub-block's persons).
        int persons = 4 * PanelWeeklyMoments.SubBlockPersons;
        var hours = new float[persons * 2];
        var observed = new int[persons];
        for (int p = 0; p < persons; p++)
        {
            observed[p] = 2;
            hours[p * 2] = p % PanelWeeklyMoments.SubBlockPersons < 2 ? 4000f : 0f;
            hours[p * 2 + 1] = (p % 7) * 0.25f;
        }
        var panel = Panel(persons, 2, new byte[persons * 2], hours, observed);
        var treated = Enumerable.Range(0, persons).Select(p => p % 2 == 0).ToArray();
        var c = new Case(
            panel,
            treated,
            new WeekRange(1, 2),
            Population.Available,
            new WeeklyEffectOptions(),
            DesignCodes.None,
            null,
            4,
            PanelWeeklyMoments.SubBlockPersons
        );
        double d = MaxRelative(
            Run(c, WeeklyEffectsPass.PerPerson).Effects!,
            Run(c, WeeklyEffectsPass.Moments, 4).Effects!
        );
        output.WriteLine($"outlier shift: max relative difference {d:G3}");
        Assert.True(d <= Tolerance, $"relative difference {d:G3}");
    }

    [Fact]
    public void A_band_still_takes_the_per_person_accumulators()
    {
        var c = RandomCase(new Random(3)) with
        {
            Options = new WeeklyEffectOptions { Band = new(), MinCell = 1 },
            Design = DesignCodes.None,
            Subgroups = null,
        };
        var a = Run(c, WeeklyEffectsPass.Moments);
        var b = Run(c, WeeklyEffectsPass.PerPerson);
        Assert.Equal(b.Error, a.Error);
        Assert.Equal(b.Effects!.Select(e => e.Band?.CriticalValue), a.Effects!.Select(e => e.Band?.CriticalValue));
        Assert.Equal(0, MaxRelative(b.Effects!, a.Effects!));
    }

    // The reference from explicit per-person arrays: each cell-week's values collected, corrected two-pass moments
    // (ArmMoments.FromValues), then the same finishing step (WeeklyEffectEstimator.Finish).
    private static (IReadOnlyList<WeeklyEffects>? Effects, string? Error) TwoPass(Case c)
    {
        var outcomes = WeeklyIndicatorNames.All;
        var design = c.Options.Design;
        bool clustered = design is DimDesign.Clustered or DimDesign.BlockClustered;
        bool blocked = design is DimDesign.Blocked or DimDesign.BlockClustered;
        int groups = c.Subgroups?.Levels.Count ?? 1;
        // No block level at all (every person lacks one) leaves an empty design: one (empty) block, as the library.
        int blocks = blocked ? Math.Max(1, c.Design.Blocks!.Levels.Count) : 1;
        int clusters = clustered ? c.Design.Clusters!.Levels.Count : 0;
        int perGroup = clustered ? clusters : blocks * 2;
        int w = c.Weeks.Count;
        var values = new List<double>[outcomes.Count, groups, perGroup * w];
        foreach (int o in Enumerable.Range(0, outcomes.Count))
        {
            foreach (int g in Enumerable.Range(0, groups))
            {
                for (int i = 0; i < perGroup * w; i++)
                {
                    values[o, g, i] = [];
                }
            }
        }
        var arm = new sbyte[groups, Math.Max(1, clusters)];
        var block = new int[groups, Math.Max(1, clusters)];
        foreach (int g in Enumerable.Range(0, groups))
        {
            for (int cl = 0; cl < clusters; cl++)
            {
                arm[g, cl] = -1;
                block[g, cl] = -1;
            }
        }
        var persons = new long[groups];
        var excluded = new Dictionary<string, long>();
        var buffer = new double[w];
        for (int p = 0; p < c.Panel.PersonCount; p++)
        {
            string? reason = PanelWeeklyEffects.ExclusionReason(c.Panel, p, c.Population, c.Design, c.Subgroups);
            if (reason is not null)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
                continue;
            }
            int g = c.Subgroups?.Codes[p] ?? 0;
            int b = blocked ? c.Design.Blocks!.Codes[p] : 0;
            int cell = clustered ? c.Design.Clusters!.Codes[p] : b * 2 + (c.Treated[p] ? 1 : 0);
            bool followed = false;
            for (int o = 0; o < outcomes.Count; o++)
            {
                int count = PanelValues.Fill(c.Panel, p, outcomes[o], c.Weeks, buffer);
                for (int k = 0; k < count; k++)
                {
                    values[o, g, cell * w + k].Add(buffer[k]);
                }
                followed = count > 0;
            }
            if (followed)
            {
                persons[g]++;
                if (clustered)
                {
                    sbyte t = c.Treated[p] ? (sbyte)1 : (sbyte)0;
                    arm[g, cell] =
                        arm[g, cell] < 0 ? t
                        : arm[g, cell] == t ? t
                        : (sbyte)2;
                    block[g, cell] =
                        block[g, cell] == -1 ? b
                        : block[g, cell] == b ? b
                        : -2;
                }
            }
        }
        try
        {
            var results = new List<WeeklyEffects>();
            for (int o = 0; o < outcomes.Count; o++)
            {
                for (int g = 0; g < groups; g++)
                {
                    var moments = Enumerable
                        .Range(0, perGroup * w)
                        .Select(i => ArmMoments.FromValues([.. values[o, g, i]]))
                        .ToArray();
                    var acc = WeeklyEffectAccumulator.FromCellMoments(
                        w,
                        design,
                        blocks,
                        clusters,
                        persons[g],
                        moments,
                        Enumerable.Range(0, clusters).Select(cl => arm[g, cl]).ToArray(),
                        Enumerable.Range(0, clusters).Select(cl => block[g, cl]).ToArray()
                    );
                    var r = WeeklyEffectEstimator.Finish(
                        acc,
                        outcomes[o].ToName(),
                        c.Weeks,
                        c.Population,
                        c.Options,
                        excluded,
                        c.Design.Clusters?.Levels
                    );
                    results.Add(
                        c.Subgroups is null ? r : r with { By = c.Subgroups.Column, Level = c.Subgroups.Levels[g] }
                    );
                }
            }
            return (results, null);
        }
        catch (InputException ex)
        {
            return (null, ex.Message);
        }
    }

    private static (IReadOnlyList<WeeklyEffects>? Effects, string? Error) Run(
        Case c,
        WeeklyEffectsPass pass,
        int? chunks = null,
        int subBlock = PanelWeeklyMoments.SubBlockPersons
    )
    {
        try
        {
            return (
                PanelWeeklyEffects.EstimateWith(
                    c.Panel,
                    c.Treated,
                    WeeklyIndicatorNames.All,
                    c.Weeks,
                    c.Population,
                    c.Options,
                    pass,
                    c.Design,
                    c.Subgroups,
                    momentChunks: chunks,
                    subBlockPersons: subBlock
                ),
                null
            );
        }
        catch (InputException ex)
        {
            return (null, ex.Message);
        }
    }

    private static Case RandomCase(Random random)
    {
        int persons = 1 + random.Next(400);
        int maxWeeks = 1 + random.Next(12);
        var kind = (HoursKind)random.Next(4);
        var panel = Build(random, persons, maxWeeks, kind, linkedShare: 0.95);
        int first = 1 + random.Next(maxWeeks);
        int last = first + random.Next(maxWeeks - first + 1);
        var population = random.Next(3) == 0 ? Population.BalancedThrough(last + random.Next(3)) : Population.Available;
        var design = (DimDesign)random.Next(4);
        bool clustered = design is DimDesign.Clustered or DimDesign.BlockClustered;
        int clusterCount = 2 + random.Next(8);
        var cluster = Enumerable.Range(0, persons).Select(_ => random.Next(clusterCount)).ToArray();
        // Blocks nest the clusters (cluster % 3), except now and then; some persons have no block, cluster or subgroup.
        bool nested = random.Next(8) != 0;
        var block = cluster.Select(g => nested ? g % 3 : random.Next(3)).ToArray();
        bool mixedArms = random.Next(10) == 0;
        var treated = Enumerable
            .Range(0, persons)
            .Select(p => clustered && !mixedArms ? cluster[p] % 2 == 0 : random.Next(2) == 0)
            .ToArray();
        string?[] Missing(IEnumerable<string> values) => [.. values.Select(v => random.Next(40) == 0 ? null : v)];
        var blocks = PersonGrouping.FromValues("block", Missing(block.Select(b => "b" + b)));
        var clusters = PersonGrouping.FromValues("cluster", Missing(cluster.Select(g => "g" + g)));
        var subgroups =
            random.Next(3) == 0
                ? PersonGrouping.FromValues(
                    "group",
                    Missing(Enumerable.Range(0, persons).Select(_ => "s" + random.Next(3)))
                )
                : null;
        var options = new WeeklyEffectOptions
        {
            Design = design,
            MinCell = 1 + random.Next(5),
            Interval = random.Next(4) == 0 ? IntervalMethod.Normal : IntervalMethod.StudentT,
            StandardError = !clustered && random.Next(4) == 0 ? DimStandardError.Classical : null,
        };
        var codes = new DesignCodes(
            design is DimDesign.Blocked or DimDesign.BlockClustered ? blocks : null,
            clustered ? clusters : null
        );
        return new Case(
            panel,
            treated,
            new WeekRange(first, last),
            population,
            options,
            codes,
            subgroups,
            1 + random.Next(5),
            1 + random.Next(60),
            kind
        );
    }

    // Random right-censored persons: categories in runs, hours by kind (quarter hours, +10⁶, 37.5 ± 2⁻¹², constant).
    private static EventPanel Build(Random random, int persons, int maxWeeks, HoursKind kind, double linkedShare)
    {
        var categories = new byte[persons * maxWeeks];
        var hours = new float[persons * maxWeeks];
        var observed = new int[persons];
        var active13 = new int[persons];
        var linked = new bool[persons];
        for (int p = 0; p < persons; p++)
        {
            linked[p] = random.NextDouble() < linkedShare;
            observed[p] = linked[p] ? random.Next(maxWeeks + 1) : 0;
            active13[p] = observed[p] > 0 && random.Next(3) == 0 ? random.Next(observed[p]) : -1;
            var state = Categories[random.Next(Categories.Length)];
            for (int k = 0; k < observed[p]; k++)
            {
                if (random.Next(4) == 0)
                {
                    state = Categories[random.Next(Categories.Length)];
                }
                categories[p * maxWeeks + k] = (byte)state;
                float grid = random.Next(2) == 0 ? 0f : random.Next(0, 60 * 4) / 4f;
                hours[p * maxWeeks + k] = kind switch
                {
                    HoursKind.Grid => grid,
                    HoursKind.Offset => 1e6f + grid,
                    HoursKind.NearConstant => 37.5f + random.Next(-3, 4) / 4096f,
                    _ => 37.5f,
                };
            }
        }
        return Panel(persons, maxWeeks, categories, hours, observed, active13, linked);
    }

    private static EventPanel Panel(
        int persons,
        int maxWeeks,
        byte[] categories,
        float[] hours,
        int[] observed,
        int[]? active13 = null,
        bool[]? linked = null
    ) =>
        new(
            persons,
            maxWeeks,
            categories,
            hours,
            observed,
            active13 ?? Enumerable.Repeat(-1, persons).ToArray(),
            new PersonHistory[persons],
            linked ?? Enumerable.Repeat(true, persons).ToArray(),
            Window,
            hasHours: true
        );

    // Largest relative difference of the hours means, estimate (on the means' scale) and SE from the exact values.
    private static double VsExact(WeeklyEffects hours, (double, double, double, double)[] exact)
    {
        double worst = 0;
        for (int k = 0; k < exact.Length; k++)
        {
            var e = hours.Effects[k];
            var (mt, vt, mc, vc) = exact[k];
            double se = Math.Sqrt(vt / e.NTreated + vc / e.NControl);
            worst = Math.Max(worst, Relative(mt, e.MeanTreated!.Value, 0));
            worst = Math.Max(worst, Relative(mc, e.MeanControl!.Value, 0));
            worst = Math.Max(worst, Relative(se, e.Result!.StdError, 0));
            worst = Math.Max(worst, Relative(mt - mc, e.Result.Estimate, Math.Abs(mt) + Math.Abs(mc)));
        }
        return worst;
    }

    // Per week: treatment mean and variance, control mean and variance of hours, two-pass in decimal (28 digits).
    private static (double, double, double, double)[] ExactHours(EventPanel panel, bool[] treated, int weeks)
    {
        var result = new (double, double, double, double)[weeks];
        for (int k = 1; k <= weeks; k++)
        {
            (double, double) Arm(bool arm)
            {
                var values = Enumerable
                    .Range(0, panel.PersonCount)
                    .Where(p => treated[p] == arm && panel.IsObserved(p, k))
                    .Select(p => (decimal)(double)panel.Hours(p, k))
                    .ToArray();
                decimal mean = values.Sum() / values.Length;
                decimal m2 = values.Sum(v => (v - mean) * (v - mean));
                return ((double)mean, (double)(m2 / (values.Length - 1)));
            }
            var (mt, vt) = Arm(true);
            var (mc, vc) = Arm(false);
            result[k - 1] = (mt, vt, mc, vc);
        }
        return result;
    }

    private static double Relative(double a, double b, double scale)
    {
        if (a == b || (double.IsNaN(a) && double.IsNaN(b)))
        {
            return 0;
        }
        return Math.Abs(a - b) / Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), scale);
    }

    /// <summary>
    /// Asserts equal counts, suppression, notes, exclusions and estimability; returns the largest relative difference of
    /// the means, estimate, SE, statistic, df, p-value and interval. A difference of means is compared on the scale of
    /// the means it subtracts (|ȳ₁| + |ȳ₀|), its interval on that scale or the SE's, the t statistic on that scale / SE.
    /// </summary>
    internal static double MaxRelative(IReadOnlyList<WeeklyEffects> expected, IReadOnlyList<WeeklyEffects> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        double worst = 0;
        string where = "";
        for (int i = 0; i < expected.Count; i++)
        {
            var (x, y) = (expected[i], actual[i]);
            Assert.Equal(x.Outcome, y.Outcome);
            Assert.Equal(x.Level, y.Level);
            Assert.Equal(x.Exclusions.OrderBy(e => e.Key), y.Exclusions.OrderBy(e => e.Key));
            Assert.Equal(x.Effects.Count, y.Effects.Count);
            for (int k = 0; k < x.Effects.Count; k++)
            {
                var (a, b) = (x.Effects[k], y.Effects[k]);
                Assert.Equal(
                    a with
                    {
                        MeanTreated = null,
                        MeanControl = null,
                        Result = null,
                    },
                    b with
                    {
                        MeanTreated = null,
                        MeanControl = null,
                        Result = null,
                    }
                );
                Assert.Equal(a.MeanTreated is null, b.MeanTreated is null);
                Assert.Equal(a.Result is null, b.Result is null);
                if (a.MeanTreated is not { } mt || a.MeanControl is not { } mc)
                {
                    continue;
                }
                Note(ref worst, ref where, Relative(mt, b.MeanTreated!.Value, 0), $"{x.Outcome}/{a.Week}/mean_treated");
                Note(ref worst, ref where, Relative(mc, b.MeanControl!.Value, 0), $"{x.Outcome}/{a.Week}/mean_control");
                if (a.Result is not { } r || b.Result is not { } s)
                {
                    continue;
                }
                Assert.Equal(
                    (
                        r.NTreated,
                        r.NControl,
                        r.NBlocks,
                        r.NClusters,
                        r.Design,
                        r.SeType,
                        r.DfMethod,
                        r.Interval,
                        r.Level
                    ),
                    (
                        s.NTreated,
                        s.NControl,
                        s.NBlocks,
                        s.NClusters,
                        s.Design,
                        s.SeType,
                        s.DfMethod,
                        s.Interval,
                        s.Level
                    )
                );
                double scale = Math.Abs(mt) + Math.Abs(mc);
                // An SE that is zero but for rounding (every value equal within the cells): M2 ≈ 0 carries absolute
                // rounding of order ε·n·ȳ², so the SE's is √ε-sized relative to the means; both must be that small.
                double seFloor = 1e-7 * scale;
                if (Math.Min(r.StdError, s.StdError) < seFloor)
                {
                    Assert.True(
                        Math.Max(r.StdError, s.StdError) < seFloor,
                        $"{x.Outcome}/{a.Week}: SE {r.StdError:R} vs {s.StdError:R}"
                    );
                    Note(
                        ref worst,
                        ref where,
                        Relative(r.Estimate, s.Estimate, scale),
                        $"{x.Outcome}/{a.Week}/estimate"
                    );
                    continue;
                }
                Note(ref worst, ref where, Relative(r.Estimate, s.Estimate, scale), $"{x.Outcome}/{a.Week}/estimate");
                Note(ref worst, ref where, Relative(r.StdError, s.StdError, 0), $"{x.Outcome}/{a.Week}/std_error");
                Note(ref worst, ref where, Relative(r.Df, s.Df, 0), $"{x.Outcome}/{a.Week}/df");
                Note(
                    ref worst,
                    ref where,
                    Relative(r.ConfLow, s.ConfLow, Math.Max(scale, r.StdError)),
                    $"{x.Outcome}/{a.Week}/conf_low"
                );
                Note(
                    ref worst,
                    ref where,
                    Relative(r.ConfHigh, s.ConfHigh, Math.Max(scale, r.StdError)),
                    $"{x.Outcome}/{a.Week}/conf_high"
                );
                if (r.StdError > 0)
                {
                    Note(
                        ref worst,
                        ref where,
                        Relative(r.Statistic, s.Statistic, scale / r.StdError),
                        $"{x.Outcome}/{a.Week}/statistic"
                    );
                    // p is a function of t (and df): allow its relative change for t's allowed error, which is
                    // 1e-12·max(|t|, scale/SE), times d ln p / dt ≈ max(1, |t|).
                    double t = Math.Abs(r.Statistic);
                    double pScale = Math.Max(1, t) * Math.Max(1, Math.Max(t, scale / r.StdError));
                    Note(
                        ref worst,
                        ref where,
                        Relative(r.PValue, s.PValue, 0) / pScale,
                        $"{x.Outcome}/{a.Week}/p_value"
                    );
                }
            }
        }
        LastWorst = where;
        return worst;
    }

    /// <summary>Where the last <see cref="MaxRelative"/> found its largest difference (outcome/week/field).</summary>
    [ThreadStatic]
    internal static string? LastWorst;

    private static void Note(ref double worst, ref string where, double d, string at)
    {
        if (d > worst)
        {
            worst = d;
            where = at;
        }
    }
}
