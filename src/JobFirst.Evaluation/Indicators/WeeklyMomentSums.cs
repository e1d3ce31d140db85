using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Indicators;

/// <summary>
/// The accumulation loop of the weekly moments, for one block of persons: per outcome, cell and week of a range the
/// persons followed (n), and the outcome's sums. Shared by <see cref="WeeklyOutcomeMoments"/> (cells = arms, raw Σx and
/// Σx²) and the weekly effects (cells = arm × block × subgroup, or clusters; shifted sums). A block holds at most
/// <see cref="int.MaxValue"/> persons.
/// </summary>
/// <remarks>
/// <para>0/1 outcomes are counted in integers (Σx = Σx², exact). Hours go to double sums: raw (Σx, Σx²), or shifted
/// (Σd, Σd² with d = x − c and c the first value of the cell and week in the block, <see cref="Shift"/>), from which
/// the block's mean c + Σd/n and M2 = Σd² − (Σd)²/n lose no digits to an offset or a near-constant outcome: with c one of
/// the cell's own values the cancellation is that of the values' spread, not of their size.</para>
/// <para>Follow-up is a prefix of the range, so the weeks a cell reaches in the block are 0..<see cref="Reach"/>−1 and
/// <see cref="Clear"/> only touches those of the cells seen: a block costs its persons' weeks, not cells × weeks.</para>
/// </remarks>
internal sealed class WeeklyMomentSums
{
    private readonly WeeklyIndicator[] _outcomes;
    private readonly int _offset; // range's first week − 1
    private readonly int _weeks;
    private readonly int[] _n; // [cell][week]
    private readonly int[]?[] _counts; // per 0/1 outcome: [cell][week]
    private readonly double[]?[] _sum; // per hours outcome: [cell][week]
    private readonly double[]?[] _squares;
    private readonly double[]? _shift; // [cell][week], the shifted mode only
    private readonly int[] _reach; // per cell: weeks reached in the block
    private readonly int[] _touched;
    private int _touchedCount;

    /// <summary>Creates empty sums.</summary>
    /// <param name="outcomes">Outcomes.</param>
    /// <param name="cells">Number of cell codes (0..cells−1).</param>
    /// <param name="firstWeek">First event week of the range (1-based).</param>
    /// <param name="weeks">Weeks in the range.</param>
    /// <param name="shifted">True for the shifted hours sums (effects), false for raw Σx, Σx².</param>
    public WeeklyMomentSums(IReadOnlyList<WeeklyIndicator> outcomes, int cells, int firstWeek, int weeks, bool shifted)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        // Zero cells is an empty accumulation: a clustered design whose persons all lack a cluster, or subgroups
        // whose persons all lack the grouping value (everyone is then excluded and counted, as on the per-person path).
        ArgumentOutOfRangeException.ThrowIfNegative(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstWeek, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        _outcomes = [.. outcomes];
        _offset = firstWeek - 1;
        _weeks = weeks;
        Cells = cells;
        int size = checked(cells * weeks);
        _n = new int[size];
        _counts = new int[]?[_outcomes.Length];
        _sum = new double[]?[_outcomes.Length];
        _squares = new double[]?[_outcomes.Length];
        for (int o = 0; o < _outcomes.Length; o++)
        {
            if (IsHours(o))
            {
                _sum[o] = new double[size];
                _squares[o] = new double[size];
            }
            else
            {
                _counts[o] = new int[size];
            }
        }
        _shift = shifted && _outcomes.Contains(WeeklyIndicator.Hours) ? new double[size] : null;
        _reach = new int[cells];
        _touched = new int[cells];
    }

    /// <summary>Number of cell codes.</summary>
    public int Cells { get; }

    /// <summary>Weeks in the range.</summary>
    public int Weeks => _weeks;

    /// <summary>The outcomes.</summary>
    public IReadOnlyList<WeeklyIndicator> Outcomes => _outcomes;

    /// <summary>The cells seen since the last <see cref="Clear"/>, in the order first seen.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _touchedCount);

    /// <summary>True when outcome <paramref name="outcome"/> (an index) is summed in doubles (hours), false when counted.</summary>
    public bool IsHours(int outcome) => _outcomes[outcome] == WeeklyIndicator.Hours;

    /// <summary>Weeks of the range the cell reaches in the block (0 when not seen).</summary>
    public int Reach(int cell) => _reach[cell];

    /// <summary>Persons followed, per week of the range, in <paramref name="cell"/>.</summary>
    public ReadOnlySpan<int> Count(int cell) => _n.AsSpan(cell * _weeks, _weeks);

    /// <summary>Σx (= Σx²) of a 0/1 outcome per week in the cell.</summary>
    public ReadOnlySpan<int> Ones(int outcome, int cell) => _counts[outcome].AsSpan(cell * _weeks, _weeks);

    /// <summary>Σx (raw) or Σ(x − c) (shifted) of the hours outcome per week in the cell.</summary>
    public ReadOnlySpan<double> Sum(int outcome, int cell) => _sum[outcome].AsSpan(cell * _weeks, _weeks);

    /// <summary>Σx² (raw) or Σ(x − c)² (shifted) of the hours outcome per week in the cell.</summary>
    public ReadOnlySpan<double> Squares(int outcome, int cell) => _squares[outcome].AsSpan(cell * _weeks, _weeks);

    /// <summary>The shift c per week in the cell (shifted mode; the first hours value of the cell's week in the block).</summary>
    public ReadOnlySpan<double> Shift(int cell) =>
        _shift is null ? ReadOnlySpan<double>.Empty : _shift.AsSpan(cell * _weeks, _weeks);

    /// <summary>
    /// Adds one person's followed weeks of the range to <paramref name="cell"/>; returns how many weeks of the range the
    /// person is followed (a prefix; 0 adds nothing). Definitions as <see cref="EventPanel.Value"/>.
    /// </summary>
    public int AddPerson(EventPanel panel, int person, int cell)
    {
        int observed = Math.Clamp(panel.ObservedWeeks(person) - _offset, 0, _weeks);
        if (observed == 0)
        {
            return 0;
        }
        int reached = _reach[cell];
        if (reached == 0)
        {
            _touched[_touchedCount++] = cell;
        }
        int at = cell * _weeks;
        var n = _n.AsSpan(at, observed);
        for (int k = 0; k < n.Length; k++)
        {
            n[k]++;
        }
        var categories = panel.Categories(person).Slice(_offset, observed);
        var hours = panel.HoursSeries(person).Slice(_offset, observed);
        for (int o = 0; o < _outcomes.Length; o++)
        {
            var outcome = _outcomes[o];
            if (outcome == WeeklyIndicator.Hours)
            {
                var sum = _sum[o].AsSpan(at, observed);
                var squares = _squares[o].AsSpan(at, observed);
                if (_shift is null)
                {
                    for (int k = 0; k < hours.Length; k++)
                    {
                        double h = hours[k];
                        sum[k] += h;
                        squares[k] += h * h;
                    }
                    continue;
                }
                var shift = _shift.AsSpan(at, observed);
                // The first person of the cell to reach a week gives that week's shift (d = 0 for them).
                for (int k = reached; k < observed; k++)
                {
                    shift[k] = hours[k];
                }
                for (int k = 0; k < hours.Length; k++)
                {
                    double d = hours[k] - shift[k];
                    sum[k] += d;
                    squares[k] += d * d;
                }
                continue;
            }
            var count = _counts[o].AsSpan(at, observed);
            switch (outcome)
            {
                case WeeklyIndicator.Employed:
                    for (int k = 0; k < hours.Length; k++)
                    {
                        count[k] += hours[k] > 0 ? 1 : 0;
                    }
                    break;
                case WeeklyIndicator.Active13:
                    int week13 = panel.Active13Week(person); // 1-based, 0 = never
                    for (int k = week13 > 0 ? Math.Max(0, week13 - 1 - _offset) : observed; k < observed; k++)
                    {
                        count[k]++;
                    }
                    break;
                case WeeklyIndicator.AnyBenefit:
                    CountWhere(categories, BenefitCategory.SelfSupport, count, negate: true);
                    break;
                case WeeklyIndicator.Education:
                    CountWhere(categories, BenefitCategory.StudentGrant, count, negate: false);
                    CountWhere(categories, BenefitCategory.EducationBenefit, count, negate: false);
                    break;
                default:
                    CountWhere(categories, CategoryOf(outcome), count, negate: false);
                    break;
            }
        }
        if (observed > reached)
        {
            _reach[cell] = observed;
        }
        return observed;
    }

    /// <summary>Empties the sums of the cells seen (cost proportional to their reached weeks).</summary>
    public void Clear()
    {
        foreach (int cell in Touched)
        {
            int at = cell * _weeks;
            int reach = _reach[cell];
            _n.AsSpan(at, reach).Clear();
            for (int o = 0; o < _outcomes.Length; o++)
            {
                _counts[o]?.AsSpan(at, reach).Clear();
                _sum[o]?.AsSpan(at, reach).Clear();
                _squares[o]?.AsSpan(at, reach).Clear();
            }
            _reach[cell] = 0;
        }
        _touchedCount = 0;
    }

    private static void CountWhere(
        ReadOnlySpan<BenefitCategory> categories,
        BenefitCategory category,
        Span<int> count,
        bool negate
    )
    {
        for (int k = 0; k < categories.Length; k++)
        {
            count[k] += (categories[k] == category) != negate ? 1 : 0;
        }
    }

    private static BenefitCategory CategoryOf(WeeklyIndicator outcome) =>
        outcome switch
        {
            WeeklyIndicator.Internship => BenefitCategory.Internship,
            WeeklyIndicator.WageSubsidy => BenefitCategory.WageSubsidy,
            WeeklyIndicator.SelfSupport => BenefitCategory.SelfSupport,
            WeeklyIndicator.Sickness => BenefitCategory.SicknessBenefit,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
}
