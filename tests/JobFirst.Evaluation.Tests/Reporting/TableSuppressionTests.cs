using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Estimators.Disclosure;
using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Sections.Builtin;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Tests.Reporting;

public class TableSuppressionTests
{
    [Fact]
    public void Small_counts_blank_the_count_and_the_values_they_back_and_set_the_flag()
    {
        var table = new ResultTable(
            "t",
            ["group", "n", "mean", "suppressed"],
            [
                ["a", 0, null, false],
                ["b", 3, 0.5, false],
                ["c", 5, 0.25, false],
                ["d", 4L, 0.1, false],
            ]
        );
        var r = TableSuppression.ByCount("", table, "c", "n", ["mean"], 5);
        Assert.Equal(
            [new TableCell(1, 1), new TableCell(1, 2), new TableCell(3, 1), new TableCell(3, 2)],
            r.SuppressedCells
        );
        Assert.Null(r.Table[1, "n"]);
        Assert.Null(r.Table[1, "mean"]);
        Assert.Equal(true, r.Table[1, "suppressed"]);
        Assert.Equal(0, r.Table[0, "n"]); // zero identifies no one
        Assert.Equal(false, r.Table[0, "suppressed"]);
        Assert.Equal(0.25, r.Table[2, "mean"]);
        Assert.Null(r.Table[3, "n"]);
        Assert.Equal(
            "group,n,mean,suppressed\na,0,,false\nb,,,true\nc,5,0.25,false\nd,,,true\n",
            r.Table.ToString(TableFormat.Csv)
        );
    }

    [Fact]
    public void A_lone_small_band_hides_the_next_smallest_so_the_total_cannot_reveal_it()
    {
        Assert.Equal([false, true, false, true, false], SmallCells.Suppress([0, 3, 20, 9, 11], 5));
        Assert.Equal([false, true, true, false], SmallCells.Suppress([10, 3, 2, 30], 5)); // two hidden already
        Assert.Equal([true, true, true], SmallCells.Suppress([1, 2, 1], 5)); // small total: everything
        Assert.Equal([false, false], SmallCells.Suppress([10, 20], 5));
        Assert.Equal(["0-5", "5-10", "10+"], HourBands.FromCuts([5, 10]).Labels);
    }

    [Fact]
    public void Hidden_bands_never_leave_one_small_count_recoverable_from_the_total()
    {
        var gen =
            from counts in Gen.Choose(0, 12).ArrayOf()
            from min in Gen.Choose(2, 6)
            select (Counts: counts, Min: min);
        Prop.ForAll(
                gen.ToArbitrary(),
                c =>
                {
                    var hidden = SmallCells.Suppress([.. c.Counts.Select(n => (long)n)], c.Min);
                    var shownSmall = c.Counts.Where((n, i) => !hidden[i] && n > 0 && n < c.Min).Any();
                    int hiddenPositive = c.Counts.Where((n, i) => hidden[i] && n > 0).Count();
                    // Either nothing small is hidden, or at least two positive cells are, so the difference
                    // of the published total and the shown cells is a sum of two or more unknowns.
                    // A small arm total is itself blanked by the report (hours_distribution's n_with_hours).
                    int total = c.Counts.Sum();
                    bool smallTotal = total > 0 && total < c.Min;
                    bool safe = hiddenPositive == 0 || hiddenPositive >= 2 || hidden.All(h => h) || smallTotal;
                    return (!shownSmall && safe).Label(string.Join(",", c.Counts) + " min " + c.Min);
                }
            )
            .QuickCheckThrowOnFailure();
    }
}
