using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// Turns a (merged) <see cref="WeeklyEffectAccumulator"/> into <see cref="WeeklyEffects"/>: per week the core
/// difference in means (<see cref="DifferenceInMeans"/>: estimatr's conventions) on the week's sufficient statistics, the
/// small-cell rule, and optionally the sup-t band and adjusted p-values.
/// </summary>
/// <remarks>
/// <para>Blocked designs: in a given week, blocks in which an arm has fewer than two followed persons cannot be estimated
/// (estimatr would stop with an error); they are left out of that week's estimate, the remaining blocks are weighted by
/// their followed persons, and the week's <c>note</c> says how many blocks were left out.</para>
/// <para>Band: the influence function of the week-k estimate is ψᵢₖ = ±w_bk(yᵢₖ − ȳ_abk)/√(n_abk(n_abk − 1)) for person i
/// in arm a of block b (w_bk = n_bk/n_k, 1 without blocks), so Σᵢψᵢₖ² is exactly the Neyman variance; under clustering the
/// cluster sums ψ_gk = ±w_bk(1 − n_gk/n_abk)^(−½)·n_gk(ȳ_gk − ȳ_abk)/n_abk, whose squares sum to the CR2 variance. The
/// bootstrap draws Σᵢξᵢψᵢ; the band is estimate ± c·SE with SE of the chosen convention.</para>
/// </remarks>
public static class WeeklyEffectEstimator
{
    /// <summary>Computes the weekly effects from the accumulated statistics.</summary>
    /// <param name="accumulator">One pass, or merged partial passes, over the analysed persons.</param>
    /// <param name="outcome">Outcome name for the output.</param>
    /// <param name="weeks">The week range the accumulator covers.</param>
    /// <param name="population">The population rule used when adding persons.</param>
    /// <param name="options">Conventions (must match the accumulator's design and band).</param>
    /// <param name="exclusions">Persons excluded before accumulation, by reason.</param>
    /// <param name="clusterLabels">Cluster names for error messages (index = cluster code), or null.</param>
    /// <exception cref="InputException">A cluster contains persons of both arms, or lies in several blocks.</exception>
    public static WeeklyEffects Finish(
        WeeklyEffectAccumulator accumulator,
        string outcome,
        WeekRange weeks,
        Population population,
        WeeklyEffectOptions options,
        IReadOnlyDictionary<string, long>? exclusions = null,
        IReadOnlyList<string>? clusterLabels = null
    )
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (
            accumulator.Weeks != weeks.Count
            || accumulator.Design != options.Design
            || accumulator.Band != options.Band
        )
        {
            throw new ArgumentException("The accumulator does not match the week range, design or band options.");
        }
        CheckClusters(accumulator, clusterLabels);
        int w = weeks.Count;
        var effects = new WeeklyEffect[w];
        var weights = new double[w][]; // per week, per block: n_bk / n_k over the blocks used (0 = left out)
        for (int k = 0; k < w; k++)
        {
            (effects[k], weights[k]) = Week(accumulator, k, weeks.First + k, outcome, options);
        }
        SimultaneousBand? band = null;
        if (options.Band is { } bandOptions)
        {
            band = ComputeBand(accumulator, effects, weights, weeks, bandOptions);
        }
        IReadOnlyList<double?>? adjusted = null;
        if (options.Adjustment is { } adjustment)
        {
            adjusted = Adjust(effects.Select(e => e.Inference?.PValue).ToList(), adjustment);
        }
        return new WeeklyEffects
        {
            Outcome = outcome,
            Weeks = weeks,
            Population = population,
            Options = options,
            Effects = effects,
            Band = band,
            AdjustedPValues = adjusted,
            Exclusions = exclusions ?? new Dictionary<string, long>(),
        };
    }

    /// <summary>Adjusts the non-null p-values together (core <see cref="PValues.Adjust"/>, R <c>p.adjust</c>); nulls stay null.</summary>
    internal static IReadOnlyList<double?> Adjust(IReadOnlyList<double?> pValues, PValueAdjustment adjustment)
    {
        var adjusted = PValues.Adjust([.. pValues.Select(p => p ?? double.NaN)], adjustment);
        return [.. adjusted.Select(a => double.IsNaN(a) ? (double?)null : a)];
    }

    private static void CheckClusters(WeeklyEffectAccumulator acc, IReadOnlyList<string>? labels)
    {
        for (int g = 0; g < acc.Clusters; g++)
        {
            string name = labels is not null && g < labels.Count ? $"'{labels[g]}'" : $"number {g + 1}";
            if (acc.ClusterArm(g) == 2)
            {
                throw new InputException(
                    $"cluster {name} has persons in both arms; a cluster-assigned design needs every cluster in one arm"
                );
            }
            if (acc.ClusterBlock(g) == -2)
            {
                throw new InputException($"cluster {name} lies in several blocks; clusters must be nested in blocks");
            }
        }
    }

    private static (WeeklyEffect Effect, double[] Weights) Week(
        WeeklyEffectAccumulator acc,
        int k,
        int week,
        string outcome,
        WeeklyEffectOptions options
    )
    {
        bool clustered = acc.Design is DimDesign.Clustered or DimDesign.BlockClustered;
        int blocks = acc.Blocks;
        var perBlock = new BlockMoments[blocks];
        var clusters = new List<ClusterTotals>();
        if (clustered)
        {
            for (int g = 0; g < acc.Clusters; g++)
            {
                var m = acc.ClusterMoments(k, g);
                if (m.Count == 0)
                {
                    continue;
                }
                bool t = acc.ClusterArm(g) == 1;
                int b = Math.Max(0, acc.ClusterBlock(g));
                clusters.Add(new ClusterTotals(b, t, m));
                perBlock[b] = t
                    ? perBlock[b] with
                    {
                        Treated = perBlock[b].Treated + m,
                    }
                    : perBlock[b] with
                    {
                        Control = perBlock[b].Control + m,
                    };
            }
        }
        else
        {
            for (int b = 0; b < blocks; b++)
            {
                perBlock[b] = new BlockMoments(acc.CellMoments(k, b, true), acc.CellMoments(k, b, false));
            }
        }
        var treated = ArmMoments.Empty;
        var control = ArmMoments.Empty;
        foreach (var b in perBlock)
        {
            treated += b.Treated;
            control += b.Control;
        }
        var weights = new double[blocks];
        if (treated.Count < options.MinCell || control.Count < options.MinCell)
        {
            return (new WeeklyEffect(week, treated.Count, control.Count, null, null, null, true, null), weights);
        }
        string? note = null;
        DifferenceInMeansResult? result = null;
        bool blocked = options.Design is DimDesign.Blocked or DimDesign.BlockClustered;
        var used = new bool[blocks];
        int left = 0;
        double usedN = 0;
        for (int b = 0; b < blocks; b++)
        {
            var bm = perBlock[b];
            used[b] = !blocked || (bm.Treated.Count >= 2 && bm.Control.Count >= 2);
            if (used[b])
            {
                usedN += bm.Count;
            }
            else if (bm.Count > 0)
            {
                left++;
            }
        }
        for (int b = 0; b < blocks; b++)
        {
            weights[b] = used[b] && usedN > 0 ? perBlock[b].Count / usedN : 0;
        }
        if (left > 0)
        {
            note = string.Create(
                CultureInfo.InvariantCulture,
                $"{left} block(s) left out this week: fewer than 2 followed persons in an arm"
            );
        }
        try
        {
            var dim = options.ToDifferenceInMeansOptions(options.Design);
            result = options.Design switch
            {
                DimDesign.Standard => DifferenceInMeans.FromMoments(treated, control, dim),
                DimDesign.Blocked => DifferenceInMeans.FromBlockMoments([.. perBlock.Where((_, b) => used[b])], dim),
                _ => DifferenceInMeans.FromClusterTotals([.. clusters.Where(c => used[c.Block])], dim),
            };
        }
        catch (InputException ex)
        {
            note = "not estimable this week: " + ex.Message;
            Array.Clear(weights);
        }
        return (
            new WeeklyEffect(week, treated.Count, control.Count, treated.Mean, control.Mean, result, false, note),
            weights
        );
    }

    private static SimultaneousBand ComputeBand(
        WeeklyEffectAccumulator acc,
        WeeklyEffect[] effects,
        double[][] weights,
        WeekRange weeks,
        SimultaneousBandOptions options
    )
    {
        var valid = new List<int>();
        for (int k = 0; k < effects.Length; k++)
        {
            if (
                effects[k].Result is { } r
                && double.IsFinite(r.StdError)
                && r.StdError > 0
                && r.Design is not (DimDesignLabel.MatchedPair or DimDesignLabel.MatchedPairClustered)
            )
            {
                valid.Add(k);
            }
        }
        int m = valid.Count;
        double critical = double.NaN;
        if (m > 0)
        {
            critical =
                acc.Design is DimDesign.Clustered or DimDesign.BlockClustered
                    ? ClusterCritical(acc, valid, weights, options)
                : options.Multiplier == BandMultiplier.Gaussian
                    ? SupTCriticalValue.Gaussian(
                        PersonCovariance(acc, valid, weights),
                        options.Draws,
                        options.Seed,
                        options.Level
                    )
                : RademacherCritical(acc, valid, weights, options);
        }
        var low = new double[effects.Length];
        var high = new double[effects.Length];
        Array.Fill(low, double.NaN);
        Array.Fill(high, double.NaN);
        foreach (int k in valid)
        {
            var r = effects[k].Result!;
            low[k] = r.Estimate - critical * r.StdError;
            high[k] = r.Estimate + critical * r.StdError;
        }
        return new SimultaneousBand(
            options.Level,
            critical,
            options.Multiplier,
            options.Draws,
            options.Seed,
            [.. Enumerable.Range(weeks.First, weeks.Count)],
            low,
            high,
            m
        );
    }

    /// <summary>Scale of person i's influence function in week k, arm cell: w_bk / √(n(n − 1)).</summary>
    private static double Scale(ArmMoments cell, double weight) =>
        cell.Count >= 2 ? weight / Math.Sqrt(cell.Count * (cell.Count - 1.0)) : 0;

    /// <summary>Σ̂ₖₗ = Σᵢψᵢₖψᵢₗ over the band weeks (unclustered designs); the diagonal is the Neyman variance.</summary>
    internal static double[,] PersonCovariance(WeeklyEffectAccumulator acc, List<int> valid, double[][] weights)
    {
        int m = valid.Count;
        var cov = new double[m, m];
        for (int a = 0; a < m; a++)
        {
            int k = valid[a];
            for (int c = a; c < m; c++)
            {
                int l = valid[c];
                double s = 0;
                for (int b = 0; b < acc.Blocks; b++)
                {
                    if (weights[k][b] == 0 || weights[l][b] == 0)
                    {
                        continue;
                    }
                    foreach (bool t in (ReadOnlySpan<bool>)[true, false])
                    {
                        var mk = acc.CellMoments(k, b, t);
                        var ml = acc.CellMoments(l, b, t);
                        double scale = Scale(mk, weights[k][b]) * Scale(ml, weights[l][b]);
                        if (scale != 0)
                        {
                            s += scale * acc.CentredCross(b, t, k, l, mk.Mean, ml.Mean);
                        }
                    }
                }
                cov[a, c] = s;
                cov[c, a] = s;
            }
        }
        return cov;
    }

    private static double RademacherCritical(
        WeeklyEffectAccumulator acc,
        List<int> valid,
        double[][] weights,
        SimultaneousBandOptions options
    )
    {
        int m = valid.Count;
        var sd = new double[m];
        for (int a = 0; a < m; a++)
        {
            int k = valid[a];
            double v = 0;
            for (int b = 0; b < acc.Blocks; b++)
            {
                foreach (bool t in (ReadOnlySpan<bool>)[true, false])
                {
                    var mk = acc.CellMoments(k, b, t);
                    double s = Scale(mk, weights[k][b]);
                    v += s * s * mk.M2;
                }
            }
            sd[a] = Math.Sqrt(v);
        }
        var maxima = new double[options.Draws];
        for (int d = 0; d < options.Draws; d++)
        {
            double max = 0;
            for (int a = 0; a < m; a++)
            {
                int k = valid[a];
                double z = 0;
                for (int b = 0; b < acc.Blocks; b++)
                {
                    foreach (bool t in (ReadOnlySpan<bool>)[true, false])
                    {
                        var mk = acc.CellMoments(k, b, t);
                        double s = Scale(mk, weights[k][b]);
                        if (s != 0)
                        {
                            double centred = acc.DrawSum(b, t, d, k) - mk.Mean * acc.DrawSignSum(b, t, d, k);
                            z += (t ? s : -s) * centred;
                        }
                    }
                }
                max = Math.Max(max, Math.Abs(z) / sd[a]);
            }
            maxima[d] = max;
        }
        return SupTCriticalValue.Quantile(maxima, options.Level);
    }

    private static double ClusterCritical(
        WeeklyEffectAccumulator acc,
        List<int> valid,
        double[][] weights,
        SimultaneousBandOptions options
    )
    {
        int m = valid.Count;
        int g = acc.Clusters;
        var psi = ClusterInfluence(acc, valid, weights);
        return ClusterCriticalFromInfluence(psi, m, g, options);
    }

    /// <summary>Cluster-level influence functions ψ_gk (clusters × band weeks); Σ_g ψ_gk² is the CR2 variance.</summary>
    internal static double[,] ClusterInfluence(WeeklyEffectAccumulator acc, List<int> valid, double[][] weights)
    {
        int m = valid.Count;
        int g = acc.Clusters;
        var psi = new double[g, m];
        for (int a = 0; a < m; a++)
        {
            int k = valid[a];
            var armMoments = new ArmMoments[acc.Blocks * 2];
            for (int c = 0; c < g; c++)
            {
                var mc = acc.ClusterMoments(k, c);
                if (mc.Count > 0)
                {
                    int cell = Math.Max(0, acc.ClusterBlock(c)) * 2 + (acc.ClusterArm(c) == 1 ? 1 : 0);
                    armMoments[cell] += mc;
                }
            }
            for (int c = 0; c < g; c++)
            {
                var mc = acc.ClusterMoments(k, c);
                int b = Math.Max(0, acc.ClusterBlock(c));
                if (mc.Count == 0 || weights[k][b] == 0)
                {
                    continue;
                }
                bool t = acc.ClusterArm(c) == 1;
                var arm = armMoments[b * 2 + (t ? 1 : 0)];
                double leverage = (double)mc.Count / arm.Count;
                double adjust = leverage < 1 ? 1 / Math.Sqrt(1 - leverage) : 0;
                double value = weights[k][b] * adjust * mc.Count * (mc.Mean - arm.Mean) / arm.Count;
                psi[c, a] = t ? value : -value;
            }
        }
        return psi;
    }

    private static double ClusterCriticalFromInfluence(double[,] psi, int m, int g, SimultaneousBandOptions options)
    {
        if (options.Multiplier == BandMultiplier.Gaussian)
        {
            var cov = new double[m, m];
            for (int a = 0; a < m; a++)
            {
                for (int b = a; b < m; b++)
                {
                    double s = 0;
                    for (int c = 0; c < g; c++)
                    {
                        s += psi[c, a] * psi[c, b];
                    }
                    cov[a, b] = s;
                    cov[b, a] = s;
                }
            }
            return SupTCriticalValue.Gaussian(cov, options.Draws, options.Seed, options.Level);
        }
        var sd = new double[m];
        for (int a = 0; a < m; a++)
        {
            double s = 0;
            for (int c = 0; c < g; c++)
            {
                s += psi[c, a] * psi[c, a];
            }
            sd[a] = Math.Sqrt(s);
        }
        var maxima = new double[options.Draws];
        var z = new double[m];
        for (int d = 0; d < options.Draws; d++)
        {
            Array.Clear(z);
            for (int c = 0; c < g; c++)
            {
                double xi = SupTCriticalValue.RademacherSign(options.Seed, c, d);
                for (int a = 0; a < m; a++)
                {
                    z[a] += xi * psi[c, a];
                }
            }
            double max = 0;
            for (int a = 0; a < m; a++)
            {
                max = Math.Max(max, Math.Abs(z[a]) / sd[a]);
            }
            maxima[d] = max;
        }
        return SupTCriticalValue.Quantile(maxima, options.Level);
    }
}
