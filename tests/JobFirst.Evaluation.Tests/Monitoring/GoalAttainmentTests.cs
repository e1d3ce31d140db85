using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Attainment;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Goal attainment (seed 004 Tabel 3) pinned on hand-built targets.</summary>
public sealed class GoalAttainmentTests
{
    [Fact]
    public void Attainment_is_realised_over_target_with_sums_and_ranges_on_the_total_row()
    {
        using var dir = new TempDirectory();
        var targets = TargetsReader.Read(
            dir.Write("t.csv", "municipality,original_target,adjusted_target\nA,100,80\nB,50,\nC,20,10\n")
        );
        RealisedCount[] realised =
        [
            new("A", "visited", 90),
            new("B", "visited", 40),
            new("D", "visited", 12),
            new("A", "screened", 500),
        ];
        var r = GoalAttainment.Compute(targets, realised);
        var a = r.Rows.Single(x => x.Unit == "A");
        Assert.Equal(
            (0.9, 1.125, -0.2),
            (a.AttainmentOriginal!.Value, a.AttainmentAdjusted!.Value, a.TargetAdjustment!.Value)
        );
        var b = r.Rows.Single(x => x.Unit == "B");
        Assert.Equal((0.8, null, null), (b.AttainmentOriginal!.Value, b.AttainmentAdjusted, b.TargetAdjustment));
        var c = r.Rows.Single(x => x.Unit == "C"); // a target, no participants: realised 0
        Assert.Equal((0, 0.0), (c.Realised!.Value, c.AttainmentOriginal!.Value));
        var d = r.Rows.Single(x => x.Unit == "D"); // participants, no target: shown, listed, left out of the total
        Assert.Null(d.OriginalTarget);
        Assert.Equal(["visited: D"], r.UnitsWithoutTarget);
        var total = r.Rows.Single(x => x.Level == RowLevel.Total);
        Assert.Equal(
            (170.0, 130, 130.0 / 170),
            (total.OriginalTarget!.Value, total.Realised!.Value, total.AttainmentOriginal!.Value)
        );
        Assert.Null(total.AdjustedTarget); // B was not adjusted: no adjusted total
        Assert.Equal((0.0, 0.9), (total.AttainmentOriginalLow!.Value, total.AttainmentOriginalHigh!.Value));
        Assert.Equal(
            (0.0, 1.125, 2),
            (total.AttainmentAdjustedLow!.Value, total.AttainmentAdjustedHigh!.Value, total.RangeUnits!.Value)
        );
        Assert.DoesNotContain(r.Rows, x => x.Measure == "screened"); // no target for it
    }

    [Fact]
    public void Small_realised_counts_are_suppressed()
    {
        RealisedCount[] realised = [new("A", "visited", 3), new("B", "visited", 40)];
        var r = GoalAttainment.Compute(
            [new TargetRecord("A", "visited", 10, null), new TargetRecord("B", "visited", 50, 45)],
            realised
        );
        var a = r.Rows.Single(x => x.Unit == "A");
        Assert.True(a.Suppressed);
        Assert.Null(a.Realised);
        Assert.Null(a.AttainmentOriginal);
        var total = r.Rows.Single(x => x.Level == RowLevel.Total);
        Assert.Equal((0.8, 0.8), (total.AttainmentOriginalLow!.Value, total.AttainmentOriginalHigh!.Value));
    }

    [Fact]
    public void Targets_files_are_read_strictly()
    {
        using var dir = new TempDirectory();
        var withMeasure = TargetsReader.Read(
            dir.Write(
                "m.csv",
                "municipality;measure;original_target;adjusted_target\nA;screened;100,5;90\nA;visited;10;\n"
            )
        );
        Assert.Equal((100.5, "screened"), (withMeasure[0].OriginalTarget, withMeasure[0].Measure));
        var zero = dir.Write("z.csv", "municipality,original_target,adjusted_target\nA,0,1\n");
        InputAssert.Fails(() => TargetsReader.Read(zero), zero, 2, 2);
        var twice = dir.Write("d.csv", "municipality,original_target,adjusted_target\nA,1,1\nA,2,2\n");
        var ex = InputAssert.Fails(() => TargetsReader.Read(twice), twice, 3, 1);
        Assert.Contains("lines 2 and 3", ex.Message, StringComparison.Ordinal);
        var missing = dir.Write("n.csv", "municipality,target\nA,1\n");
        InputAssert.Fails(() => TargetsReader.Read(missing), missing, 1, 0);
        Assert.Throws<Errors.InputException>(() =>
            GoalAttainment.Compute(
                [new TargetRecord("A", "employed", 10, null)],
                [new RealisedCount("A", "visited", 9)]
            )
        );
    }
}
