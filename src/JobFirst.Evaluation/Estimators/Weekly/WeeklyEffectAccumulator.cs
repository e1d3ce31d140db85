using JobFirst.Evaluation.Estimators.Bands;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// One pass (or a partial pass over a chunk of persons) of the weekly difference in means: per event week, the
/// sufficient statistics of each arm within each block (<see cref="BlockMoments"/>) or of each cluster
/// (<see cref="ClusterTotals"/>), plus, when a simultaneous band is wanted, the cross-week sums its bootstrap needs.
/// Partial passes over disjoint persons are combined with <see cref="Merge"/>; merged partial passes equal one pass up to
/// floating-point rounding (Chan, Golub &amp; LeVeque 1979 for the moments; plain sums otherwise).
/// </summary>
/// <remarks>
/// <para>Follow-up is right-censored, so a person followed in week k is followed in every earlier week of the range:
/// <see cref="Add"/> takes the person's values for the first <c>values.Length</c> weeks of the range. The cross-week
/// sums rely on this prefix structure: persons observed in both weeks k &lt; l are those observed in l.</para>
/// <para>Memory: weeks × blocks × 2 moments, or weeks × clusters; with a Gaussian band also 2 × blocks × weeks² doubles;
/// with a Rademacher band 2 × blocks × draws × weeks × 2 doubles.</para>
/// </remarks>
public sealed class WeeklyEffectAccumulator
{
    private readonly int _weeks;
    private readonly int _blocks;
    private readonly int _clusters;
    private readonly bool _clustered;
    private readonly ArmMoments[] _moments; // [week][block][arm] or [week][cluster]
    private readonly sbyte[] _clusterArm; // −1 unseen, 0 control, 1 treated, 2 both (an error at finish)
    private readonly int[] _clusterBlock; // −1 unseen, −2 several blocks
    private readonly double[]? _cross; // Gaussian band: [cell][W×W]; upper triangle Σ y_k y_l, lower Σ y_k over persons seen at l
    private readonly double[]? _drawSums; // Rademacher band: [cell][draw][W] Σ ξ y_k
    private readonly double[]? _drawSigns; // Rademacher band: [cell][draw][W + 1] Σ ξ by weeks followed (suffix-summed at finish)
    private readonly SimultaneousBandOptions? _band;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="weeks">Number of weeks in the range.</param>
    /// <param name="design">The randomisation design (core <see cref="DimDesign"/>).</param>
    /// <param name="blocks">Number of block codes (0..blocks−1); 1 for designs without blocks.</param>
    /// <param name="clusters">Number of cluster codes (0..clusters−1) for clustered designs, else 0.</param>
    /// <param name="band">Band options when a simultaneous band will be computed, else null.</param>
    public WeeklyEffectAccumulator(
        int weeks,
        DimDesign design,
        int blocks = 1,
        int clusters = 0,
        SimultaneousBandOptions? band = null
    )
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 1);
        Design = design;
        _weeks = weeks;
        _blocks = design is DimDesign.Blocked or DimDesign.BlockClustered ? blocks : 1;
        _clustered = design is DimDesign.Clustered or DimDesign.BlockClustered;
        // Zero clusters is allowed: a clustered design whose persons all lack a cluster value excludes (and counts)
        // everyone, and every week is then not estimable, as with any empty arm.
        ArgumentOutOfRangeException.ThrowIfNegative(clusters);
        _clusters = _clustered ? clusters : 0;
        _band = band;
        band?.Validate();
        _moments = new ArmMoments[_clustered ? weeks * _clusters : weeks * _blocks * 2];
        _clusterArm = new sbyte[_clusters];
        _clusterBlock = new int[_clusters];
        Array.Fill(_clusterArm, (sbyte)-1);
        Array.Fill(_clusterBlock, -1);
        if (band is not null && !_clustered)
        {
            int cells = _blocks * 2;
            if (band.Multiplier == BandMultiplier.Gaussian)
            {
                _cross = new double[(long)cells * weeks * weeks];
            }
            else
            {
                _drawSums = new double[checked((long)cells * band.Draws * weeks)];
                _drawSigns = new double[checked((long)cells * band.Draws * (weeks + 1))];
            }
        }
    }

    /// <summary>The design the statistics are kept for.</summary>
    public DimDesign Design { get; }

    /// <summary>Weeks in the range.</summary>
    public int Weeks => _weeks;

    /// <summary>Block codes (1 without blocks).</summary>
    public int Blocks => _blocks;

    /// <summary>Cluster codes (0 without clusters).</summary>
    public int Clusters => _clusters;

    /// <summary>Band options the accumulator collects for, or null.</summary>
    public SimultaneousBandOptions? Band => _band;

    /// <summary>Persons added.</summary>
    public long Persons { get; private set; }

    /// <summary>
    /// Adds one person. <paramref name="values"/>[j] is the outcome in the range's (j+1)-th week; its length is the
    /// number of weeks of the range the person is followed (a prefix). Values must be finite.
    /// </summary>
    /// <param name="unit">A stable id of the person (the roster index), used for the Rademacher signs only.</param>
    /// <param name="treated">True for the treatment arm.</param>
    /// <param name="block">Block code (0 without blocks).</param>
    /// <param name="cluster">Cluster code (ignored without clusters).</param>
    /// <param name="values">The person's outcome per followed week of the range.</param>
    public void Add(long unit, bool treated, int block, int cluster, ReadOnlySpan<double> values)
    {
        int observed = Math.Min(values.Length, _weeks);
        if ((uint)block >= (uint)_blocks)
        {
            throw new ArgumentOutOfRangeException(nameof(block));
        }
        Persons++;
        if (_clustered)
        {
            if ((uint)cluster >= (uint)_clusters)
            {
                throw new ArgumentOutOfRangeException(nameof(cluster));
            }
            NoteCluster(cluster, treated ? (sbyte)1 : (sbyte)0, block);
            for (int k = 0; k < observed; k++)
            {
                ref var m = ref _moments[k * _clusters + cluster];
                m = m.Add(values[k]);
            }
            return;
        }
        int cell = block * 2 + (treated ? 1 : 0);
        int stride = _blocks * 2;
        for (int k = 0; k < observed; k++)
        {
            ref var m = ref _moments[k * stride + cell];
            m = m.Add(values[k]);
        }
        if (_cross is not null)
        {
            var c = _cross.AsSpan(cell * _weeks * _weeks, _weeks * _weeks);
            for (int l = 0; l < observed; l++)
            {
                double yl = values[l];
                int row = l * _weeks;
                for (int k = 0; k <= l; k++)
                {
                    c[k * _weeks + l] += values[k] * yl;
                }
                for (int k = 0; k < l; k++)
                {
                    c[row + k] += values[k];
                }
            }
        }
        else if (_drawSums is not null)
        {
            int draws = _band!.Draws;
            var sums = _drawSums.AsSpan(cell * draws * _weeks, draws * _weeks);
            var signs = _drawSigns!.AsSpan(cell * draws * (_weeks + 1), draws * (_weeks + 1));
            ulong bits = 0;
            for (int b = 0; b < draws; b++)
            {
                if ((b & 63) == 0)
                {
                    bits = SupTCriticalValue.RademacherBits(_band.Seed, unit, b >> 6);
                }
                double xi = ((bits >> (b & 63)) & 1) == 0 ? 1.0 : -1.0;
                var s = sums.Slice(b * _weeks, _weeks);
                for (int k = 0; k < observed; k++)
                {
                    s[k] += xi * values[k];
                }
                signs[b * (_weeks + 1) + observed] += xi;
            }
        }
    }

    /// <summary>
    /// An accumulator (without a band) holding moments computed elsewhere (<see cref="PanelWeeklyMoments"/>): the same
    /// statistics <see cref="Add"/> would have collected from the same persons, up to rounding.
    /// </summary>
    /// <param name="weeks">Weeks in the range.</param>
    /// <param name="design">The design.</param>
    /// <param name="blocks">Block codes (1 without blocks).</param>
    /// <param name="clusters">Cluster codes (0 without clusters).</param>
    /// <param name="persons">Persons the moments cover.</param>
    /// <param name="moments">[block × 2 + arm][week], or [cluster][week] in clustered designs.</param>
    /// <param name="clusterArm">Per cluster: −1 unseen, 0 control, 1 treated, 2 both arms.</param>
    /// <param name="clusterBlock">Per cluster: −1 unseen, −2 several blocks, else its block.</param>
    internal static WeeklyEffectAccumulator FromCellMoments(
        int weeks,
        DimDesign design,
        int blocks,
        int clusters,
        long persons,
        ReadOnlySpan<ArmMoments> moments,
        ReadOnlySpan<sbyte> clusterArm,
        ReadOnlySpan<int> clusterBlock
    )
    {
        var acc = new WeeklyEffectAccumulator(weeks, design, blocks, clusters) { Persons = persons };
        int cells = acc._clustered ? acc._clusters : acc._blocks * 2;
        if (
            moments.Length != cells * weeks
            || clusterArm.Length != acc._clusters
            || clusterBlock.Length != acc._clusters
        )
        {
            throw new ArgumentException("The moments do not match the accumulator's layout.", nameof(moments));
        }
        for (int c = 0; c < cells; c++)
        {
            for (int k = 0; k < weeks; k++)
            {
                acc._moments[k * cells + c] = moments[c * weeks + k];
            }
        }
        clusterArm.CopyTo(acc._clusterArm);
        clusterBlock.CopyTo(acc._clusterBlock);
        return acc;
    }

    private void NoteCluster(int cluster, sbyte arm, int block)
    {
        ref sbyte a = ref _clusterArm[cluster];
        a =
            a < 0 ? arm
            : a == arm ? a
            : (sbyte)2;
        ref int b = ref _clusterBlock[cluster];
        b =
            b == -1 ? block
            : b == block ? b
            : -2;
    }

    /// <summary>Adds the statistics of a partial pass over other persons (same layout).</summary>
    public void Merge(WeeklyEffectAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (
            other._weeks != _weeks
            || other.Design != Design
            || other._blocks != _blocks
            || other._clusters != _clusters
            || other._band != _band
        )
        {
            throw new ArgumentException("Accumulators must have the same layout to be merged.", nameof(other));
        }
        Persons += other.Persons;
        for (int i = 0; i < _moments.Length; i++)
        {
            _moments[i] = ArmMoments.Merge(_moments[i], other._moments[i]);
        }
        for (int g = 0; g < _clusters; g++)
        {
            if (other._clusterArm[g] >= 0)
            {
                NoteCluster(g, other._clusterArm[g], other._clusterBlock[g]);
                if (other._clusterBlock[g] == -2)
                {
                    _clusterBlock[g] = -2;
                }
            }
        }
        AddInto(_cross, other._cross);
        AddInto(_drawSums, other._drawSums);
        AddInto(_drawSigns, other._drawSigns);
    }

    private static void AddInto(double[]? target, double[]? source)
    {
        if (target is null || source is null)
        {
            return;
        }
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    /// <summary>Moments of <paramref name="block"/>'s arm in week index <paramref name="week"/> (0-based; unclustered designs).</summary>
    internal ArmMoments CellMoments(int week, int block, bool treated) =>
        _moments[week * _blocks * 2 + block * 2 + (treated ? 1 : 0)];

    /// <summary>Moments of cluster <paramref name="cluster"/> in week index <paramref name="week"/> (clustered designs).</summary>
    internal ArmMoments ClusterMoments(int week, int cluster) => _moments[week * _clusters + cluster];

    /// <summary>Arm of a cluster: −1 never seen, 0 control, 1 treated, 2 both arms.</summary>
    internal int ClusterArm(int cluster) => _clusterArm[cluster];

    /// <summary>Block of a cluster: −1 never seen, −2 several blocks.</summary>
    internal int ClusterBlock(int cluster) => _clusterBlock[cluster];

    /// <summary>
    /// Centred cross-product Σᵢ(y_ik − ȳ_k)(y_il − ȳ_l) over the cell's persons followed in both weeks (0-based k, l),
    /// from the raw sums: with k &lt; l every person followed in l is followed in k, so it is P_kl − ȳ_l·Q_kl where
    /// P_kl = Σ y_k y_l and Q_kl = Σ y_k over persons followed in l (the terms in ȳ_k cancel). The diagonal is M2.
    /// </summary>
    internal double CentredCross(int block, bool treated, int k, int l, double meanK, double meanL)
    {
        if (k > l)
        {
            (k, l) = (l, k);
            (meanK, meanL) = (meanL, meanK);
        }
        int cell = block * 2 + (treated ? 1 : 0);
        if (k == l)
        {
            return CellMoments(k, block, treated).M2;
        }
        var c = _cross!.AsSpan(cell * _weeks * _weeks, _weeks * _weeks);
        return c[k * _weeks + l] - meanL * c[l * _weeks + k];
    }

    internal bool HasCross => _cross is not null;

    internal bool HasDraws => _drawSums is not null;

    /// <summary>Σ ξ_b y_k over the cell (Rademacher band).</summary>
    internal double DrawSum(int block, bool treated, int draw, int week)
    {
        int cell = block * 2 + (treated ? 1 : 0);
        return _drawSums![(cell * _band!.Draws + draw) * _weeks + week];
    }

    /// <summary>Σ ξ_b over the cell's persons followed in week index <paramref name="week"/> (Rademacher band).</summary>
    internal double DrawSignSum(int block, bool treated, int draw, int week)
    {
        int cell = block * 2 + (treated ? 1 : 0);
        var s = _drawSigns!.AsSpan((cell * _band!.Draws + draw) * (_weeks + 1), _weeks + 1);
        double sum = 0;
        for (int o = week + 1; o <= _weeks; o++)
        {
            sum += s[o];
        }
        return sum;
    }
}
