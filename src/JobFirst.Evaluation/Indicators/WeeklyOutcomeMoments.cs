using System.Globalization;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// Sufficient statistics of weekly outcomes by event week and arm: persons observed <c>n</c>, Σx and
/// Σx² for each outcome. Means, variances and every difference-in-means estimate follow from them, and
/// they add up: the moments of two disjoint sets of persons merge into the moments of their union. That
/// is what lets one panel be summarised on all cores (blocks of persons) and a register too large for one
/// machine be processed in partitions whose partial moments are merged (<see cref="Merge"/>, written and
/// read back with <see cref="ToTable"/> and <see cref="Read"/>).
/// </summary>
/// <remarks>
/// A person contributes to week k when that week is observed (right-censoring, exits). 0/1 outcomes
/// are counted in integers, so their moments merge exactly in any order; hours are summed in double
/// precision, exactly for hours on a binary grid (whole, half, quarter hours) and otherwise up to
/// rounding in the last bits. Blocks of persons are merged in a fixed order, so a result does not depend
/// on the number of cores. The accumulation loop is <see cref="WeeklyMomentSums"/>, shared with the weekly effects'
/// moments pass (which sums hours shifted, for its variances).
/// </remarks>
public sealed class WeeklyOutcomeMoments
{
    private const int BlockPersons = 1 << 14;
    private static readonly string[] TableColumns = ["outcome", "week", "arm", "n", "sum", "sum_squares"];
    private readonly WeeklyIndicator[] _outcomes;
    private readonly long[] _n;
    private readonly double[] _sum;
    private readonly double[] _sumSquares;

    private WeeklyOutcomeMoments(WeeklyIndicator[] outcomes, int weeks, long[] n, double[] sum, double[] sumSquares)
    {
        _outcomes = outcomes;
        Weeks = weeks;
        _n = n;
        _sum = sum;
        _sumSquares = sumSquares;
    }

    /// <summary>The outcomes, in the order given.</summary>
    public IReadOnlyList<WeeklyIndicator> Outcomes => _outcomes;

    /// <summary>Event weeks 1..Weeks covered.</summary>
    public int Weeks { get; }

    /// <summary>Moments with no persons.</summary>
    public static WeeklyOutcomeMoments Empty(IReadOnlyList<WeeklyIndicator> outcomes, int weeks)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        int cells = outcomes.Count * 2 * weeks;
        return new([.. outcomes], weeks, new long[2 * weeks], new double[cells], new double[cells]);
    }

    /// <summary>
    /// The moments of every person of <paramref name="panel"/> (persons in blocks on all cores) for event
    /// weeks 1..<paramref name="maxWeek"/> (default: the panel's follow-up).
    /// </summary>
    /// <param name="panel">The event-time panel.</param>
    /// <param name="treated">Per roster index: true for the treatment arm.</param>
    /// <param name="outcomes">Outcomes to summarise.</param>
    /// <param name="maxWeek">Last event week.</param>
    /// <param name="include">Per roster index: false leaves the person out (a population rule); null includes everyone.</param>
    public static WeeklyOutcomeMoments Compute(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        IReadOnlyList<WeeklyIndicator> outcomes,
        int? maxWeek = null,
        IReadOnlyList<bool>? include = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (treated.Count != panel.PersonCount)
        {
            throw new ArgumentException("One arm flag per panel row is needed.", nameof(treated));
        }
        if (include is not null && include.Count != panel.PersonCount)
        {
            throw new ArgumentException("One inclusion flag per panel row is needed.", nameof(include));
        }
        int weeks = Math.Clamp(maxWeek ?? panel.MaxFollowUpWeeks, 0, panel.MaxFollowUpWeeks);
        int blocks = (panel.PersonCount + BlockPersons - 1) / BlockPersons;
        var partial = new WeeklyOutcomeMoments[blocks];
        Parallel.For(
            0,
            blocks,
            b =>
            {
                var sums = new WeeklyMomentSums(outcomes, 2, 1, weeks, shifted: false);
                int end = Math.Min(panel.PersonCount, (b + 1) * BlockPersons);
                for (int p = b * BlockPersons; p < end; p++)
                {
                    if (include is null || include[p])
                    {
                        sums.AddPerson(panel, p, treated[p] ? 1 : 0);
                    }
                }
                var block = Empty(outcomes, weeks);
                block.AddSums(sums);
                partial[b] = block;
            }
        );
        var total = Empty(outcomes, weeks);
        foreach (var block in partial)
        {
            total.AddInPlace(block);
        }
        return total;
    }

    /// <summary>The moments of the union of two disjoint sets of persons (same outcomes and weeks).</summary>
    /// <exception cref="ArgumentException">Different outcomes or weeks.</exception>
    public WeeklyOutcomeMoments Merge(WeeklyOutcomeMoments other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new WeeklyOutcomeMoments(
            _outcomes,
            Weeks,
            (long[])_n.Clone(),
            (double[])_sum.Clone(),
            (double[])_sumSquares.Clone()
        );
        merged.AddInPlace(other);
        return merged;
    }

    /// <summary>Persons observed in event week <paramref name="week"/> (1-based) in <paramref name="arm"/>.</summary>
    public long Count(int week, Roster.Arm arm) => _n[Cell(0, week, arm) % (2 * Weeks)];

    /// <summary>Σx over persons observed in the week and arm.</summary>
    public double Sum(WeeklyIndicator outcome, int week, Roster.Arm arm) => _sum[Cell(IndexOf(outcome), week, arm)];

    /// <summary>Σx² over persons observed in the week and arm.</summary>
    public double SumOfSquares(WeeklyIndicator outcome, int week, Roster.Arm arm) =>
        _sumSquares[Cell(IndexOf(outcome), week, arm)];

    /// <summary>Mean Σx / n (NaN when n = 0).</summary>
    public double Mean(WeeklyIndicator outcome, int week, Roster.Arm arm)
    {
        long n = Count(week, arm);
        return n == 0 ? double.NaN : Sum(outcome, week, arm) / n;
    }

    /// <summary>Sample variance (Σx² − n·mean²)/(n − 1), clamped at 0 against rounding (NaN when n &lt; 2).</summary>
    public double Variance(WeeklyIndicator outcome, int week, Roster.Arm arm)
    {
        long n = Count(week, arm);
        if (n < 2)
        {
            return double.NaN;
        }
        double sum = Sum(outcome, week, arm);
        return Math.Max(0, (SumOfSquares(outcome, week, arm) - sum * (sum / n)) / (n - 1));
    }

    /// <summary>
    /// The moments as a table <c>outcome, week, arm, n, sum, sum_squares</c> (numbers round-trip exactly), the
    /// partial result a partitioned run writes for <see cref="Read"/> to merge. Counts only, no identifiers.
    /// </summary>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_outcomes.Length * 2 * Weeks);
        for (int o = 0; o < _outcomes.Length; o++)
        {
            for (int k = 1; k <= Weeks; k++)
            {
                foreach (var arm in (ReadOnlySpan<Roster.Arm>)[Roster.Arm.Treatment, Roster.Arm.Control])
                {
                    int c = Cell(o, k, arm);
                    rows.Add([
                        _outcomes[o].ToName(),
                        k,
                        arm == Roster.Arm.Treatment ? "treatment" : "control",
                        Count(k, arm),
                        _sum[c],
                        _sumSquares[c],
                    ]);
                }
            }
        }
        return new ResultTable(
            "Weekly outcome moments",
            TableColumns,
            rows,
            new Dictionary<string, string> { ["weeks"] = Weeks.ToString(CultureInfo.InvariantCulture) }
        );
    }

    /// <summary>The moments as an aligned text table (<see cref="ToTable"/>).</summary>
    public override string ToString() => ToTable().ToString();

    /// <summary>Reads moments written by <see cref="ToTable"/> as CSV (e.g. by one partition of a run).</summary>
    /// <exception cref="InputException">Missing columns, unknown outcome or arm, bad numbers, or an incomplete grid.</exception>
    public static WeeklyOutcomeMoments Read(string path)
    {
        using var reader = DelimitedReader.Open(path);
        int[] col = [.. TableColumns.Select(reader.FindColumn)];
        if (col.Any(c => c < 0))
        {
            throw new InputException("moments need columns outcome, week, arm, n, sum, sum_squares", path, 1, 0);
        }
        var cells = new List<(WeeklyIndicator Outcome, int Week, Roster.Arm Arm, long N, double Sum, double Sq)>();
        while (reader.ReadRecord())
        {
            if (!WeeklyIndicatorNames.TryParse(reader[col[0]].ToString(), out var outcome))
            {
                throw reader.Error("unknown outcome", col[0] + 1);
            }
            var armText = reader[col[2]].Trim();
            var arm =
                armText.SequenceEqual("treatment") ? Roster.Arm.Treatment
                : armText.SequenceEqual("control") ? Roster.Arm.Control
                : throw reader.Error("arm must be treatment or control", col[2] + 1);
            if (
                !int.TryParse(reader[col[1]], NumberStyles.None, CultureInfo.InvariantCulture, out int week)
                || week < 1
            )
            {
                throw reader.Error("week must be a positive integer", col[1] + 1);
            }
            if (!long.TryParse(reader[col[3]], NumberStyles.None, CultureInfo.InvariantCulture, out long n))
            {
                throw reader.Error("n must be a count", col[3] + 1);
            }
            if (
                !DelimitedNumbers.TryParseDouble(reader[col[4]], reader.Delimiter, out double sum)
                || !DelimitedNumbers.TryParseDouble(reader[col[5]], reader.Delimiter, out double sq)
            )
            {
                throw reader.Error("sum and sum_squares must be numbers", col[4] + 1);
            }
            cells.Add((outcome, week, arm, n, sum, sq));
        }
        var outcomes = cells.Select(c => c.Outcome).Distinct().ToArray();
        int weeks = cells.Count == 0 ? 0 : cells.Max(c => c.Week);
        if (cells.Count != outcomes.Length * 2 * weeks)
        {
            throw new InputException("moments must have one row per outcome, week 1..max and arm", path, 0, 0);
        }
        var moments = Empty(outcomes, weeks);
        foreach (var c in cells)
        {
            int cell = moments.Cell(Array.IndexOf(outcomes, c.Outcome), c.Week, c.Arm);
            moments._n[cell % (2 * weeks)] = c.N;
            moments._sum[cell] = c.Sum;
            moments._sumSquares[cell] = c.Sq;
        }
        return moments;
    }

    private int IndexOf(WeeklyIndicator outcome)
    {
        int i = Array.IndexOf(_outcomes, outcome);
        return i >= 0 ? i : throw new ArgumentException($"Outcome {outcome} is not summarised.", nameof(outcome));
    }

    private int Cell(int outcome, int week, Roster.Arm arm)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, Weeks);
        return (outcome * 2 + (int)arm) * Weeks + week - 1;
    }

    private void AddInPlace(WeeklyOutcomeMoments other)
    {
        if (other.Weeks != Weeks || !other._outcomes.AsSpan().SequenceEqual(_outcomes))
        {
            throw new ArgumentException("Moments of different outcomes or weeks do not merge.", nameof(other));
        }
        for (int i = 0; i < _n.Length; i++)
        {
            _n[i] += other._n[i];
        }
        for (int i = 0; i < _sum.Length; i++)
        {
            _sum[i] += other._sum[i];
            _sumSquares[i] += other._sumSquares[i];
        }
    }

    // The block's raw sums: counts of 0/1 outcomes are both Σx and Σx².
    private void AddSums(WeeklyMomentSums sums)
    {
        for (int arm = 0; arm < 2; arm++)
        {
            var n = sums.Count(arm);
            for (int k = 0; k < Weeks; k++)
            {
                _n[arm * Weeks + k] += n[k];
            }
            for (int o = 0; o < _outcomes.Length; o++)
            {
                int offset = (o * 2 + arm) * Weeks;
                if (sums.IsHours(o))
                {
                    var sum = sums.Sum(o, arm);
                    var squares = sums.Squares(o, arm);
                    for (int k = 0; k < Weeks; k++)
                    {
                        _sum[offset + k] += sum[k];
                        _sumSquares[offset + k] += squares[k];
                    }
                }
                else
                {
                    var ones = sums.Ones(o, arm);
                    for (int k = 0; k < Weeks; k++)
                    {
                        _sum[offset + k] += ones[k];
                        _sumSquares[offset + k] += ones[k];
                    }
                }
            }
        }
    }
}
