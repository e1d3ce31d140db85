using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Disclosure;
using JobFirst.Evaluation.Estimators.Distribution;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>Hour bands, the hours distribution, small-cell suppression and the balance table on hand-built data.</summary>
public sealed class DistributionBalanceTests
{
    [Theory]
    [InlineData(0.5, "0-5")]
    [InlineData(4.99, "0-5")]
    [InlineData(5, "5-10")]
    [InlineData(29.99, "20-30")]
    [InlineData(36.9, "30-37")]
    [InlineData(37, "37+")]
    [InlineData(60, "37+")]
    public void Hour_bands_are_closed_below(double hours, string band) =>
        Assert.Equal(band, HourBands.Standard.Labels[HourBands.Standard.BandOf(hours)]);

    [Fact]
    public void Bands_parse_and_reject_bad_cut_points()
    {
        Assert.Equal(["0-8", "8-16", "16+"], HourBands.Parse("8,16").Labels);
        Assert.Equal(["0-5", "5-10", "10-15", "15-20", "20-30", "30-37", "37+"], HourBands.Standard.Labels);
        Assert.Throws<InputException>(() => HourBands.Parse("10,5"));
        Assert.Throws<InputException>(() => HourBands.Parse("0,5"));
        Assert.Throws<InputException>(() => HourBands.Parse("x"));
    }

    [Fact]
    public void Small_cells_are_suppressed_with_a_complementary_cell_when_one_alone_would_be_recoverable()
    {
        Assert.Equal([false, false, false], SmallCells.Suppress([0, 7, 9], 5));
        Assert.Equal([true, false, true], SmallCells.Suppress([3, 8, 6], 5)); // complement: the smallest other (6)
        Assert.Equal([true, true, false], SmallCells.Suppress([2, 4, 9], 5)); // two primaries protect each other
        Assert.Equal([false, true, true], SmallCells.Suppress([0, 1, 7], 5)); // a zero cell is never the complement
    }

    [Fact]
    public void Hours_distribution_counts_persons_with_hours_in_the_week_by_band()
    {
        // Week 1: treated 3, 7 (×5), 12 (×6) and one with 0 h; control 6 (×5) and 40.
        var persons = new List<(int, bool, double[]?)> { (0, true, [3]), (0, true, [0]) };
        persons.AddRange(Enumerable.Repeat((0, true, (double[]?)[7.0]), 5));
        persons.AddRange(Enumerable.Repeat((0, true, (double[]?)[12.0]), 6));
        persons.AddRange(Enumerable.Repeat((0, false, (double[]?)[6.0]), 5));
        persons.Add((0, false, [40]));
        var h = new HandPanel([.. persons]);
        var d = HoursDistributionEstimator.Compute(h.Panel, h.Treated, 1);
        Assert.Equal(13, d.TreatedFollowed);
        Assert.Equal(12, d.TreatedWithHours);
        Assert.Equal([1L, 5, 6, 0, 0, 0, 0], d.TreatedCounts);
        Assert.Equal([0L, 5, 0, 0, 0, 0, 1], d.ControlCounts);
        var treated = d.Cells.Where(c => c.Arm == "treatment").ToList();
        Assert.True(treated[0].Suppressed && treated[1].Suppressed); // 1 person, and its complement (5)
        Assert.Equal(0.5, treated[2].Share!.Value, 12);
        var control = d.Cells.Where(c => c.Arm == "control").ToList();
        Assert.True(control[6].Suppressed && control[1].Suppressed); // 40 h alone, complement 5-10
        Assert.NotNull(d.Test);
        Assert.Equal(3, d.Test!.Df); // bands 0-5, 5-10, 10-15, 37+ are non-empty
        var fig = d.ToFigureInput();
        Assert.True(double.IsNaN(fig.TreatmentShares[0]));
        var table = d.ToTable();
        Assert.Null(table[0, "count"]);
        Assert.Contains("chi_square", table.Metadata.Keys);
    }

    [Fact]
    public void Balance_rows_give_means_shares_smd_and_missing_counts()
    {
        var treated = new[] { true, true, true, true, false, false, false, false };
        var age = BalanceCovariate.FromText("age", ["20", "30", null, "40", "25", "35", "45", "55"]);
        Assert.Equal(CovariateKind.Numeric, age.Kind);
        var sex = BalanceCovariate.FromText("sex", ["f", "f", "m", "m", "f", "m", "m", "m"]);
        Assert.Equal(CovariateKind.Categorical, sex.Kind);
        var result = BalanceEstimator.Compute(treated, [age, sex], minCell: 1, omnibus: false);
        var a = result.Rows[0];
        Assert.Equal(1, a.MissingTreated);
        Assert.Equal(3, a.NTreated);
        Assert.Equal(30, a.MeanTreated!.Value, 12);
        Assert.Equal(40, a.MeanControl!.Value, 12);
        double s1 = 10,
            s0 = Math.Sqrt(Enumerable.Range(0, 4).Select(i => Math.Pow(25 + 10 * i - 40, 2)).Sum() / 3);
        Assert.Equal(-10 / Math.Sqrt((s1 * s1 + s0 * s0) / 2), a.Smd!.Value, 12);
        Assert.Equal("welch_t", a.Test);
        var f = result.Rows.Single(r => r.Level == "f");
        Assert.Equal(0.5, f.MeanTreated!.Value, 12);
        Assert.Equal(0.25, f.MeanControl!.Value, 12);
        Assert.Equal(0.25 / Math.Sqrt((0.25 + 0.1875) / 2), f.Smd!.Value, 12);
        Assert.Equal("chi_square", f.Test);
        Assert.Equal(1, f.Df);
    }

    [Fact]
    public void Balance_suppresses_small_levels_and_their_complements()
    {
        var treated = Enumerable.Range(0, 40).Select(i => i < 20).ToArray();
        var values = Enumerable
            .Range(0, 40)
            .Select(i =>
                i % 20 < 2 ? "rare"
                : i % 20 < 9 ? "mid"
                : "common"
            )
            .ToArray();
        var rows = BalanceEstimator
            .Compute(treated, [BalanceCovariate.Categorical("x", values)], minCell: 5, omnibus: false)
            .Rows;
        var rare = rows.Single(r => r.Level == "rare");
        Assert.True(rare.Suppressed);
        Assert.Null(rare.MeanTreated);
        Assert.Null(rare.Smd);
        Assert.True(rows.Single(r => r.Level == "mid").Suppressed); // the complement (7 persons)
        Assert.False(rows.Single(r => r.Level == "common").Suppressed);
        Assert.NotNull(rare.PValue); // the covariate's test uses the full table
    }
}
