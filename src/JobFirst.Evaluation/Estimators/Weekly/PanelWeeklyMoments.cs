using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// The weekly effects' statistics without a band, from moments instead of a per-person-week update: each chunk of persons
/// runs the accumulation loop of <see cref="WeeklyOutcomeMoments"/> (<see cref="WeeklyMomentSums"/>) over sub-blocks of
/// <see cref="SubBlockPersons"/> persons, per outcome × cell × week, cell = arm within block within subgroup, or cluster
/// within subgroup. 0/1 outcomes are counted in integers, so their n, mean ΣX/n and M2 = ΣX(n − ΣX)/n are exact up to one
/// rounding each, in any order. Hours are summed shifted by the first value of the cell's week in the sub-block; each
/// sub-block's (n, mean, M2) is merged into the chunk's with Chan, Golub &amp; LeVeque's (1979) pairwise update, a
/// division per sub-block and cell-week rather than per person-week, with the means kept relative to the first shift
/// the chunk met (added back at the end), so neither the sums nor the merges lose digits to the outcome's level. Chunks are merged in order, and chunk and sub-block
/// boundaries depend on the number of persons only, so the result does not depend on the core count.
/// </summary>
internal static class PanelWeeklyMoments
{
    /// <summary>Persons per sub-block: bounds the cancellation of Σd² − (Σd)²/n when a shift is far from its week's values.</summary>
    internal const int SubBlockPersons = 4096;

    /// <summary>
    /// One accumulator per outcome × subgroup (outcome-major), equal to the one the per-person path fills, and the
    /// exclusions by reason.
    /// </summary>
    public static (WeeklyEffectAccumulator[] Accumulators, Dictionary<string, long> Excluded) Accumulate(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        WeekRange weeks,
        Population population,
        DimDesign designKind,
        DesignCodes design,
        PersonGrouping? subgroups,
        int groups,
        int blocks,
        int clusters,
        int chunks,
        int subBlockPersons = SubBlockPersons
    )
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(subBlockPersons, 1);
        var layout = new Layout(designKind, groups, blocks, clusters, weeks.Count);
        var partial = new Chunk[chunks];
        int n = panel.PersonCount;
        Parallel.For(
            0,
            chunks,
            c =>
            {
                int from = (int)((long)n * c / chunks);
                int to = (int)((long)n * (c + 1) / chunks);
                var chunk = new Chunk(layout, outcomes);
                chunk.Run(panel, treated, outcomes, weeks, population, design, subgroups, from, to, subBlockPersons);
                partial[c] = chunk;
            }
        );
        var total = partial[0];
        for (int c = 1; c < chunks; c++)
        {
            total.Merge(partial[c]);
        }
        var acc = new WeeklyEffectAccumulator[outcomes.Count * groups];
        for (int o = 0; o < outcomes.Count; o++)
        {
            for (int g = 0; g < groups; g++)
            {
                acc[o * groups + g] = total.ToAccumulator(o, g, designKind);
            }
        }
        return (acc, total.Excluded);
    }

    private sealed record Layout(DimDesign Design, int Groups, int Blocks, int Clusters, int Weeks)
    {
        public bool Clustered => Design is DimDesign.Clustered or DimDesign.BlockClustered;

        public bool Blocked => Design is DimDesign.Blocked or DimDesign.BlockClustered;

        /// <summary>Cells per subgroup: clusters, or blocks × 2 arms (1 block without a blocked design).</summary>
        public int PerGroup => Clustered ? Clusters : (Blocked ? Blocks : 1) * 2;

        public int Cells => checked(Groups * PerGroup);
    }

    private sealed class Chunk
    {
        private readonly Layout _layout;
        private readonly long[] _n; // [cell][week]
        private readonly long[]?[] _ones; // per 0/1 outcome: [cell][week]
        private readonly ArmMoments[]?[] _hours; // per hours outcome: [cell][week], means relative to _origin
        private readonly double[]?[] _origin; // per hours outcome: [cell][week], the first shift the chunk met
        private readonly sbyte[] _clusterArm; // per cell (clustered): −1 unseen, 0, 1, 2 both
        private readonly int[] _clusterBlock; // per cell (clustered): −1 unseen, −2 several
        private readonly long[] _persons; // per subgroup

        public Chunk(Layout layout, IReadOnlyList<WeeklyIndicator> outcomes)
        {
            _layout = layout;
            int size = checked(layout.Cells * layout.Weeks);
            _n = new long[size];
            _ones = new long[]?[outcomes.Count];
            _hours = new ArmMoments[]?[outcomes.Count];
            _origin = new double[]?[outcomes.Count];
            for (int o = 0; o < outcomes.Count; o++)
            {
                if (outcomes[o] == WeeklyIndicator.Hours)
                {
                    _hours[o] = new ArmMoments[size];
                    _origin[o] = new double[size];
                }
                else
                {
                    _ones[o] = new long[size];
                }
            }
            int clusterCells = layout.Clustered ? layout.Cells : 0;
            _clusterArm = new sbyte[clusterCells];
            _clusterBlock = new int[clusterCells];
            Array.Fill(_clusterArm, (sbyte)-1);
            Array.Fill(_clusterBlock, -1);
            _persons = new long[layout.Groups];
        }

        public Dictionary<string, long> Excluded { get; } = new(StringComparer.Ordinal);

        public void Run(
            EventPanel panel,
            IReadOnlyList<bool> treated,
            IReadOnlyList<WeeklyIndicator> outcomes,
            WeekRange weeks,
            Population population,
            DesignCodes design,
            PersonGrouping? subgroups,
            int from,
            int to,
            int subBlockPersons
        )
        {
            var sums = new WeeklyMomentSums(outcomes, _layout.Cells, weeks.First, weeks.Count, shifted: true);
            for (int start = from; start < to; start += subBlockPersons)
            {
                int end = (int)Math.Min(to, (long)start + subBlockPersons);
                for (int p = start; p < end; p++)
                {
                    string? reason = PanelWeeklyEffects.ExclusionReason(panel, p, population, design, subgroups);
                    if (reason is not null)
                    {
                        Excluded[reason] = Excluded.GetValueOrDefault(reason) + 1;
                        continue;
                    }
                    int g = subgroups?.Codes[p] ?? 0;
                    int b = _layout.Blocked ? design.Blocks!.Codes[p] : 0;
                    int cell = _layout.Clustered
                        ? g * _layout.Clusters + design.Clusters!.Codes[p]
                        : g * _layout.PerGroup + b * 2 + (treated[p] ? 1 : 0);
                    if (sums.AddPerson(panel, p, cell) > 0)
                    {
                        _persons[g]++;
                        if (_layout.Clustered)
                        {
                            NoteCluster(cell, treated[p] ? (sbyte)1 : (sbyte)0, b);
                        }
                    }
                }
                Fold(sums);
                sums.Clear();
            }
        }

        // A sub-block's sums into the chunk: counts add; hours become (n, c + Σd/n, Σd² − (Σd)²/n) and merge (Chan).
        private void Fold(WeeklyMomentSums sums)
        {
            int w = _layout.Weeks;
            foreach (int cell in sums.Touched)
            {
                int at = cell * w;
                int reach = sums.Reach(cell);
                var n = sums.Count(cell);
                for (int k = 0; k < reach; k++)
                {
                    _n[at + k] += n[k];
                }
                for (int o = 0; o < _hours.Length; o++)
                {
                    if (_hours[o] is { } hours)
                    {
                        var origin = _origin[o]!;
                        var sum = sums.Sum(o, cell);
                        var squares = sums.Squares(o, cell);
                        var shift = sums.Shift(cell);
                        for (int k = 0; k < reach; k++)
                        {
                            int i = at + k;
                            if (hours[i].Count == 0)
                            {
                                origin[i] = shift[k];
                            }
                            double s = sum[k];
                            double mean = s / n[k];
                            // Means stay relative to the origin (c − origin is a difference of two data values), so
                            // the merge's δ = mean_b − mean_a keeps the digits of the spread, not of the level.
                            var block = new ArmMoments(
                                n[k],
                                (shift[k] - origin[i]) + mean,
                                Math.Max(0, squares[k] - s * mean)
                            );
                            hours[i] = ArmMoments.Merge(hours[i], block);
                        }
                    }
                    else
                    {
                        var ones = sums.Ones(o, cell);
                        var total = _ones[o]!;
                        for (int k = 0; k < reach; k++)
                        {
                            total[at + k] += ones[k];
                        }
                    }
                }
            }
        }

        private void NoteCluster(int cell, sbyte arm, int block)
        {
            ref sbyte a = ref _clusterArm[cell];
            a =
                a < 0 ? arm
                : a == arm ? a
                : (sbyte)2;
            ref int b = ref _clusterBlock[cell];
            b =
                b == -1 ? block
                : b == block ? b
                : -2;
        }

        /// <summary>Adds a later chunk (persons after this chunk's).</summary>
        public void Merge(Chunk other)
        {
            for (int i = 0; i < _n.Length; i++)
            {
                _n[i] += other._n[i];
            }
            for (int o = 0; o < _hours.Length; o++)
            {
                if (_hours[o] is { } hours)
                {
                    var origin = _origin[o]!;
                    var more = other._hours[o]!;
                    var moreOrigin = other._origin[o]!;
                    for (int i = 0; i < hours.Length; i++)
                    {
                        if (more[i].Count == 0)
                        {
                            continue;
                        }
                        if (hours[i].Count == 0)
                        {
                            hours[i] = more[i];
                            origin[i] = moreOrigin[i];
                            continue;
                        }
                        var moved = more[i] with { Mean = more[i].Mean + (moreOrigin[i] - origin[i]) };
                        hours[i] = ArmMoments.Merge(hours[i], moved);
                    }
                }
                else
                {
                    var ones = _ones[o]!;
                    var more = other._ones[o]!;
                    for (int i = 0; i < ones.Length; i++)
                    {
                        ones[i] += more[i];
                    }
                }
            }
            for (int c = 0; c < _clusterArm.Length; c++)
            {
                if (other._clusterArm[c] >= 0)
                {
                    NoteCluster(c, other._clusterArm[c], other._clusterBlock[c]);
                    if (other._clusterBlock[c] == -2)
                    {
                        _clusterBlock[c] = -2;
                    }
                }
            }
            for (int g = 0; g < _persons.Length; g++)
            {
                _persons[g] += other._persons[g];
            }
            foreach (var (reason, count) in other.Excluded)
            {
                Excluded[reason] = Excluded.GetValueOrDefault(reason) + count;
            }
        }

        /// <summary>The accumulator of outcome index <paramref name="o"/> in subgroup <paramref name="g"/>.</summary>
        public WeeklyEffectAccumulator ToAccumulator(int o, int g, DimDesign design)
        {
            int w = _layout.Weeks;
            int perGroup = _layout.PerGroup;
            var moments = new ArmMoments[perGroup * w]; // [cell within the subgroup][week]
            int first = g * perGroup * w;
            if (_hours[o] is { } hours)
            {
                var origin = _origin[o]!;
                for (int i = 0; i < moments.Length; i++)
                {
                    var m = hours[first + i];
                    moments[i] = m.Count == 0 ? m : m with { Mean = origin[first + i] + m.Mean };
                }
            }
            else
            {
                var ones = _ones[o]!;
                for (int i = 0; i < moments.Length; i++)
                {
                    moments[i] = FromCounts(_n[first + i], ones[first + i]);
                }
            }
            int clusterCells = _layout.Clustered ? perGroup : 0;
            return WeeklyEffectAccumulator.FromCellMoments(
                w,
                design,
                _layout.Blocked ? _layout.Blocks : 1,
                _layout.Clustered ? _layout.Clusters : 0,
                _persons[g],
                moments,
                _clusterArm.AsSpan(g * clusterCells, clusterCells),
                _clusterBlock.AsSpan(g * clusterCells, clusterCells)
            );
        }

        // n persons of whom `ones` have the value 1: mean ones/n, M2 = Σ(x − x̄)² = ones·(n − ones)/n (exact products).
        private static ArmMoments FromCounts(long n, long ones) =>
            n == 0 ? ArmMoments.Empty : new ArmMoments(n, (double)ones / n, (double)ones * (n - ones) / n);
    }
}
