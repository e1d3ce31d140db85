using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using MathNet.Numerics.Distributions;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// The sup-t band: critical values against closed forms (independent weeks: Šidák; identical weeks: the pointwise
/// quantile), determinism given the seed, and by simulation simultaneous coverage near 95% where pointwise intervals
/// cover the whole path far less often.
/// </summary>
public sealed class SimultaneousBandTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Independent_weeks_give_the_Sidak_critical_value()
    {
        const int m = 10;
        var cov = new double[m, m];
        for (int i = 0; i < m; i++)
        {
            cov[i, i] = 1 + i; // scale must not matter: the band standardises each week
        }
        double c = SupTCriticalValue.Gaussian(cov, 100_000, 11, 0.95);
        double sidak = Normal.InvCDF(0, 1, (1 + Math.Pow(0.95, 1.0 / m)) / 2);
        Assert.InRange(c, sidak - 0.02, sidak + 0.02);
    }

    [Fact]
    public void Critical_value_is_continuous_in_the_covariance_even_with_repeated_eigenvalues()
    {
        // Independent weeks: every eigenvalue is 1, so an eigenvector basis is arbitrary; a rounding-level perturbation
        // (as from merging partial passes) must not change the draws.
        const int m = 6;
        var a = new double[m, m];
        var b = new double[m, m];
        var rng = new Random(8);
        for (int i = 0; i < m; i++)
        {
            a[i, i] = b[i, i] = 2;
            for (int j = 0; j < i; j++)
            {
                double e = (rng.NextDouble() - 0.5) * 1e-13;
                b[i, j] = b[j, i] = e;
            }
        }
        double ca = SupTCriticalValue.Gaussian(a, 5000, 1, 0.95);
        double cb = SupTCriticalValue.Gaussian(b, 5000, 1, 0.95);
        Assert.Equal(ca, cb, 1e-9);
    }

    [Fact]
    public void Identical_weeks_give_the_pointwise_critical_value()
    {
        var cov = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                cov[i, j] = 4; // singular: every week is the same estimate
            }
        }
        double c = SupTCriticalValue.Gaussian(cov, 100_000, 3, 0.95);
        Assert.InRange(c, 1.96 - 0.02, 1.96 + 0.02);
    }

    [Fact]
    public void Band_is_deterministic_given_the_seed_and_changes_with_it()
    {
        var persons = Panel(new Random(5), 150, 8, 0.7, new double[8]);
        var a = Estimate(persons, BandMultiplier.Gaussian, 42);
        var b = Estimate(persons, BandMultiplier.Gaussian, 42);
        var c = Estimate(persons, BandMultiplier.Gaussian, 43);
        Assert.Equal(a.Band!.CriticalValue, b.Band!.CriticalValue);
        Assert.Equal(a.Band.Low, b.Band.Low);
        Assert.NotEqual(a.Band.CriticalValue, c.Band!.CriticalValue);
        Assert.Equal(42UL, a.Band.Seed);
        var r1 = Estimate(persons, BandMultiplier.Rademacher, 42);
        var r2 = Estimate(persons, BandMultiplier.Rademacher, 42);
        Assert.Equal(r1.Band!.CriticalValue, r2.Band!.CriticalValue);
        // Both multipliers estimate the same quantile.
        Assert.InRange(r1.Band.CriticalValue, a.Band.CriticalValue - 0.2, a.Band.CriticalValue + 0.2);
    }

    [Theory]
    [InlineData(BandMultiplier.Gaussian, 400, 1000)]
    [InlineData(BandMultiplier.Rademacher, 150, 400)]
    public void Simultaneous_coverage_is_near_95_percent_and_the_band_is_wider_than_pointwise(
        BandMultiplier multiplier,
        int replications,
        int draws
    )
    {
        const int weeks = 10;
        var effect = Enumerable.Range(0, weeks).Select(k => 0.1 * k).ToArray();
        var rng = new Random(2024);
        int bandCovers = 0,
            pointwiseCovers = 0;
        for (int r = 0; r < replications; r++)
        {
            var persons = Panel(rng, 200, weeks, 0.8, effect);
            var result = Estimate(persons, multiplier, (ulong)r + 1, draws);
            bool band = true,
                pointwise = true;
            for (int k = 0; k < weeks; k++)
            {
                var e = result.Effects[k].Result!;
                Assert.True(result.Band!.Low[k] < e.ConfLow && result.Band.High[k] > e.ConfHigh);
                band &= result.Band.Low[k] <= effect[k] && effect[k] <= result.Band.High[k];
                pointwise &= e.ConfLow <= effect[k] && effect[k] <= e.ConfHigh;
            }
            bandCovers += band ? 1 : 0;
            pointwiseCovers += pointwise ? 1 : 0;
        }
        double coverage = (double)bandCovers / replications;
        output.WriteLine(
            FormattableString.Invariant(
                $"{multiplier}: band covers the whole path in {coverage:P1}, pointwise intervals in {(double)pointwiseCovers / replications:P1}"
            )
        );
        double se = Math.Sqrt(0.95 * 0.05 / replications);
        Assert.InRange(coverage, 0.95 - 3.5 * se, 0.95 + 3.5 * se);
        Assert.True(
            pointwiseCovers < bandCovers - 3.5 * se * replications,
            $"pointwise {pointwiseCovers} vs band {bandCovers}"
        );
    }

    /// <summary>Persons with AR(1) errors across weeks (correlation ρ), a treatment effect path, and random censoring.</summary>
    private static List<(bool Treated, double[] Values)> Panel(
        Random rng,
        int perArm,
        int weeks,
        double rho,
        double[] effect
    )
    {
        var list = new List<(bool, double[])>();
        for (int i = 0; i < 2 * perArm; i++)
        {
            bool t = i % 2 == 0;
            int observed = rng.NextDouble() < 0.3 ? rng.Next(weeks / 2, weeks + 1) : weeks;
            var y = new double[observed];
            double e = Gaussian(rng);
            for (int k = 0; k < observed; k++)
            {
                if (k > 0)
                {
                    e = rho * e + Math.Sqrt(1 - rho * rho) * Gaussian(rng);
                }
                y[k] = 1 + (t ? effect[k] : 0) + e * (t ? 1.5 : 1);
            }
            list.Add((t, y));
        }
        return list;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static WeeklyEffects Estimate(
        List<(bool Treated, double[] Values)> persons,
        BandMultiplier multiplier,
        ulong seed,
        int draws = 2000
    )
    {
        int weeks = persons.Max(p => p.Values.Length);
        var options = new WeeklyEffectOptions { Band = new SimultaneousBandOptions(multiplier, draws, seed) };
        var acc = new WeeklyEffectAccumulator(weeks, DimDesign.Standard, band: options.Band);
        for (int i = 0; i < persons.Count; i++)
        {
            acc.Add(i, persons[i].Treated, 0, 0, persons[i].Values);
        }
        return WeeklyEffectEstimator.Finish(acc, "y", new WeekRange(1, weeks), Population.Available, options);
    }
}

/// <summary>The band's influence functions reproduce the pointwise variances they standardise by.</summary>
public sealed class BandInfluenceTests
{
    [Fact]
    public void Person_influence_covariance_has_the_Neyman_variances_on_its_diagonal()
    {
        var rng = new Random(3);
        var options = new WeeklyEffectOptions { Band = new SimultaneousBandOptions(Draws: 200) };
        var acc = new WeeklyEffectAccumulator(4, DimDesign.Standard, band: options.Band);
        for (int i = 0; i < 80; i++)
        {
            var y = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => (double)rng.Next(0, 30)).ToArray();
            acc.Add(i, i % 3 == 0, 0, 0, y);
        }
        var result = WeeklyEffectEstimator.Finish(acc, "y", new WeekRange(1, 4), Population.Available, options);
        var weeks = new List<int> { 0, 1, 2, 3 };
        var cov = WeeklyEffectEstimator.PersonCovariance(acc, weeks, [.. weeks.Select(_ => new[] { 1.0 })]);
        for (int k = 0; k < 4; k++)
        {
            double se = result.Effects[k].Result!.StdError;
            Assert.Equal(se * se, cov[k, k], 12);
        }
    }

    [Fact]
    public void Cluster_influence_squares_sum_to_the_CR2_variance()
    {
        var rng = new Random(4);
        var options = new WeeklyEffectOptions
        {
            Design = DimDesign.Clustered,
            Band = new SimultaneousBandOptions(Draws: 200),
        };
        var acc = new WeeklyEffectAccumulator(3, DimDesign.Clustered, clusters: 12, band: options.Band);
        for (int i = 0; i < 150; i++)
        {
            int g = i % 12;
            var y = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => rng.NextDouble() * 10 + g).ToArray();
            acc.Add(i, g % 2 == 0, 0, g, y);
        }
        var result = WeeklyEffectEstimator.Finish(acc, "y", new WeekRange(1, 3), Population.Available, options);
        var weeks = new List<int> { 0, 1, 2 };
        var psi = WeeklyEffectEstimator.ClusterInfluence(acc, weeks, [.. weeks.Select(_ => new[] { 1.0 })]);
        for (int k = 0; k < 3; k++)
        {
            double sum = 0;
            for (int g = 0; g < 12; g++)
            {
                sum += psi[g, k] * psi[g, k];
            }
            double se = result.Effects[k].Result!.StdError;
            Assert.Equal(se * se, sum, 10);
        }
    }
}
