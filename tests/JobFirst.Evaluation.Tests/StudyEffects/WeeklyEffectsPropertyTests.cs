using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// FsCheck properties of the weekly effects on random right-censored panels (standard, blocked and clustered designs, with
/// Gaussian and Rademacher bands): merged partial passes equal one pass; persons' order does not matter; swapping the arms
/// negates the effect; adding a constant to the outcome changes no effect or SE.
/// </summary>
public sealed class WeeklyEffectsPropertyTests
{
    private const int Weeks = 5;

    internal sealed record Person(long Id, bool Treated, int Block, int Cluster, double[] Values);

    internal sealed record Case(DimDesign Design, BandMultiplier Multiplier, IReadOnlyList<Person> Persons, int Split);

    private static Gen<Case> Cases() =>
        from design in Gen.Elements(DimDesign.Standard, DimDesign.Blocked, DimDesign.Clustered)
        from multiplier in Gen.Elements(BandMultiplier.Gaussian, BandMultiplier.Rademacher)
        from n in Gen.Choose(12, 60)
        from persons in Gen.ListOf(PersonGen(design), n)
        from split in Gen.Choose(0, n)
        select new Case(design, multiplier, [.. persons.Select((p, i) => p with { Id = i })], split);

    private static Gen<Person> PersonGen(DimDesign design) =>
        from cluster in Gen.Choose(0, 7)
        from treatedFree in Gen.Elements(true, false)
        from block in Gen.Choose(0, 2)
        from observed in Gen.Choose(0, Weeks)
        from values in Gen.ArrayOf(Gen.Choose(0, 400).Select(v => v / 10.0), Weeks)
        select new Person(
            0,
            design == DimDesign.Clustered ? cluster % 2 == 0 : treatedFree,
            block,
            cluster,
            values[..observed]
        );

    private static WeeklyEffectOptions Options(Case c) =>
        new()
        {
            Design = c.Design,
            MinCell = 2,
            Band = new SimultaneousBandOptions(c.Multiplier, 200, 7),
        };

    private static WeeklyEffects Run(Case c, IEnumerable<IEnumerable<Person>> chunks)
    {
        var options = Options(c);
        WeeklyEffectAccumulator? total = null;
        foreach (var chunk in chunks)
        {
            var acc = new WeeklyEffectAccumulator(Weeks, c.Design, 3, 8, options.Band);
            foreach (var p in chunk)
            {
                acc.Add(p.Id, p.Treated, c.Design == DimDesign.Blocked ? p.Block : 0, p.Cluster, p.Values);
            }
            if (total is null)
            {
                total = acc;
            }
            else
            {
                total.Merge(acc);
            }
        }
        return WeeklyEffectEstimator.Finish(total!, "y", new WeekRange(1, Weeks), Population.Available, options);
    }

    private static bool Near(double? a, double? b, double relative = 1e-9, double absolute = 1e-12)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }
        double x = a.Value,
            y = b.Value;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.IsNaN(x) && double.IsNaN(y);
        }
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return x == y;
        }
        return Math.Abs(x - y) <= Math.Max(absolute, relative * Math.Max(Math.Abs(x), Math.Abs(y)));
    }

    private static bool Same(WeeklyEffects a, WeeklyEffects b, double sign = 1, bool band = true)
    {
        for (int k = 0; k < Weeks; k++)
        {
            var x = a.Effects[k];
            var y = b.Effects[k];
            if (x.Suppressed != y.Suppressed || (x.Result is null) != (y.Result is null))
            {
                return false;
            }
            if (x.Result is { } r && y.Result is { } s)
            {
                if (
                    !Near(r.Estimate, sign * s.Estimate, 1e-9, 1e-10)
                    || !Near(r.StdError, s.StdError)
                    || !Near(r.Df, s.Df, 1e-8)
                    || !Near(r.PValue, s.PValue, 1e-7, 1e-12)
                )
                {
                    return false;
                }
            }
        }
        return !band || Near(a.Band?.CriticalValue, b.Band?.CriticalValue, 1e-7);
    }

    [Fact]
    public void Merged_partial_passes_equal_one_pass()
    {
        Prop.ForAll(
                Cases().ToArbitrary(),
                c => Same(Run(c, [c.Persons]), Run(c, [c.Persons.Take(c.Split), c.Persons.Skip(c.Split)]))
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Order_of_persons_does_not_matter()
    {
        Prop.ForAll(
                Cases().ToArbitrary(),
                c =>
                {
                    var reversed = c.Persons.Reverse().ToList();
                    var rotated = c.Persons.Skip(c.Split).Concat(c.Persons.Take(c.Split)).ToList();
                    var one = Run(c, [c.Persons]);
                    return Same(one, Run(c, [reversed])) && Same(one, Run(c, [rotated]));
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Swapping_the_arms_negates_the_effect()
    {
        Prop.ForAll(
                Cases().ToArbitrary(),
                c =>
                {
                    var swapped = c.Persons.Select(p => p with { Treated = !p.Treated }).ToList();
                    var a = Run(c, [c.Persons]);
                    var b = Run(c, [swapped]);
                    bool means = a
                        .Effects.Zip(b.Effects)
                        .All(e =>
                            Near(e.First.MeanTreated, e.Second.MeanControl) && e.First.NTreated == e.Second.NControl
                        );
                    return means && Same(a, b, sign: -1);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Adding_a_constant_to_the_outcome_changes_no_effect()
    {
        Prop.ForAll(
                Cases().ToArbitrary(),
                Gen.Choose(-1000, 1000).ToArbitrary(),
                (c, shift) =>
                {
                    var shifted = c
                        .Persons.Select(p => p with { Values = [.. p.Values.Select(v => v + shift)] })
                        .ToList();
                    // The centred cross-products lose digits in proportion to the shift; the band's critical value is
                    // compared loosely (it is a quantile of 200 draws).
                    var a = Run(c, [c.Persons]);
                    var b = Run(c, [shifted]);
                    return Same(a, b, band: false) && Near(a.Band?.CriticalValue, b.Band?.CriticalValue, 1e-3);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }
}
