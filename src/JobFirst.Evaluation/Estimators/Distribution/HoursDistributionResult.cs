using System.Globalization;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>
/// The distribution of positive ordinary hours in one event week by arm over hour bands (seed 000:351-353, Fig 7), with
/// Pearson's χ² test of equal distributions. Small cells are suppressed in every output; the test uses the full table.
/// </summary>
public sealed partial record HoursDistributionResult
{
    /// <summary>Event week.</summary>
    public required int Week { get; init; }

    /// <summary>The bands.</summary>
    public required HourBands Bands { get; init; }

    /// <summary>The population rule.</summary>
    public required Population Population { get; init; }

    /// <summary>Treatment persons followed in the week.</summary>
    public required long TreatedFollowed { get; init; }

    /// <summary>Control persons followed in the week.</summary>
    public required long ControlFollowed { get; init; }

    /// <summary>Treatment persons with hours &gt; 0 in the week (the shares' denominator).</summary>
    public required long TreatedWithHours { get; init; }

    /// <summary>Control persons with hours &gt; 0 in the week.</summary>
    public required long ControlWithHours { get; init; }

    /// <summary>Cells, treatment then control, band by band; suppressed cells have null count and share.</summary>
    public required IReadOnlyList<HoursDistributionCell> Cells { get; init; }

    /// <summary>Pearson χ² test of arm × band independence among persons with hours &gt; 0 (null when fewer than two bands or arms have persons).</summary>
    public required ChiSquareTestResult? Test { get; init; }

    /// <summary>Minimum cell size used for suppression.</summary>
    public required int MinCell { get; init; }

    internal IReadOnlyList<long> TreatedCounts { get; init; } = [];

    internal IReadOnlyList<long> ControlCounts { get; init; } = [];

    /// <summary>The cells as a table (<c>week, band, arm, count, share, suppressed</c>), test and counts in the metadata.</summary>
    public ResultTable ToTable()
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = Cells.Select(c => (IReadOnlyList<object?>)[Week, c.Band, c.Arm, c.Count, c.Share, c.Suppressed]);
        var meta = new Dictionary<string, string>
        {
            ["population"] = Population + " followed in the week, hours > 0",
            ["bands"] = string.Join(" ", Bands.Labels) + " (lower limit inclusive)",
            ["n_followed_treated"] = TreatedFollowed.ToString(inv),
            ["n_followed_control"] = ControlFollowed.ToString(inv),
            ["n_with_hours_treated"] = TreatedWithHours.ToString(inv),
            ["n_with_hours_control"] = ControlWithHours.ToString(inv),
            ["min_cell"] = MinCell.ToString(inv),
            ["test"] = "Pearson chi-square, no continuity correction (chisq.test(table, correct = FALSE))",
        };
        if (Test is { } t)
        {
            meta["chi_square"] = t.Statistic.ToString("R", inv);
            meta["chi_square_df"] = t.Df.ToString("R", inv);
            meta["chi_square_p_value"] = t.PValue.ToString("R", inv);
            meta["chi_square_small_expected_cells"] = t.SmallExpectedCells.ToString(inv);
            if (t.Warning is { } w)
            {
                meta["warning"] = w;
            }
        }
        else
        {
            meta["chi_square"] = "not computed: fewer than two non-empty bands or arms";
        }
        return new ResultTable(
            FormattableString.Invariant($"Hours distribution, week {Week}"),
            ["week", "band", "arm", "count", "share", "suppressed"],
            rows,
            meta
        );
    }

    /// <summary>
    /// The input of <c>HoursDistributionFigure</c>: shares per band (NaN where suppressed) and counts, so the figure marks
    /// the small cells.
    /// </summary>
    public Figures.Builders.HoursDistribution ToFigureInput()
    {
        double[] Shares(string arm) => [.. Cells.Where(c => c.Arm == arm).Select(c => c.Share ?? double.NaN)];
        return new Figures.Builders.HoursDistribution(
            Week,
            Bands.Labels,
            Shares("treatment"),
            Shares("control"),
            [.. TreatedCounts.Select(c => (int)Math.Min(int.MaxValue, c))],
            [.. ControlCounts.Select(c => (int)Math.Min(int.MaxValue, c))]
        );
    }
}
