using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Funnel;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>The screening funnel (seed 004:453, 1428-1437) pinned on hand-built screening files.</summary>
public sealed class ScreeningFunnelTests
{
    private const string Header = "person_id,municipality,screened,accepted_visitation,visitation_held,visited";

    /// <summary>A: 20 screened, 10 accepted, 8 held, 6 visited; B: 10, 10, 5, 5 (stages as dates or flags).</summary>
    private static string File()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 20; i++)
        {
            lines.Add(
                $"SECRET{i:D2},A,2019-01-01,{(i < 10 ? "yes" : "no")},{(i < 8 ? "2019-02-01" : "")},{(i < 6 ? 1 : 0)}"
            );
        }
        for (int i = 0; i < 10; i++)
        {
            lines.Add($"SECRETB{i},B,1,1,{(i < 5 ? "true" : "false")},{(i < 5 ? "ja" : "nej")}");
        }
        return string.Join("\n", lines) + "\n";
    }

    private static FunnelRow Row(FunnelResult r, string unit, string stage) =>
        r.Rows.Single(x => x.Unit == unit && x.Stage == stage);

    [Fact]
    public void Counts_step_rates_overall_rates_and_ranges()
    {
        using var dir = new TempDirectory();
        var r = ScreeningFunnel.Compute(ScreeningReader.Read(dir.Write("s.csv", File())));
        Assert.Equal(
            (10, 0.5, 0.5),
            (
                Row(r, "A", "accepted_visitation").Count!.Value,
                Row(r, "A", "accepted_visitation").StepRate!.Value,
                Row(r, "A", "accepted_visitation").OverallRate!.Value
            )
        );
        Assert.Equal(
            (6, 0.75, 0.3),
            (
                Row(r, "A", "visited").Count!.Value,
                Row(r, "A", "visited").StepRate!.Value,
                Row(r, "A", "visited").OverallRate!.Value
            )
        );
        Assert.Null(Row(r, "A", "screened").StepRate);
        Assert.Equal(1.0, Row(r, "A", "screened").OverallRate);
        var total = Row(r, "total", "visitation_held");
        Assert.Equal((13, 13.0 / 20), (total.Count!.Value, total.StepRate!.Value));
        Assert.Equal((5, 8), (total.CountLow!.Value, total.CountHigh!.Value));
        Assert.Equal((0.5, 0.8), (total.StepRateLow!.Value, total.StepRateHigh!.Value));
        Assert.Equal((0.4, 0.5), (total.OverallRateLow!.Value, total.OverallRateHigh!.Value));
        Assert.Equal(RowLevel.Total, total.Level);
        Assert.Equal(0, r.InconsistentRows);
    }

    [Fact]
    public void Small_stage_counts_are_suppressed_with_the_rates_resting_on_them()
    {
        using var dir = new TempDirectory();
        var r = ScreeningFunnel.Compute(ScreeningReader.Read(dir.Write("s.csv", File())), minCell: 6);
        var held = Row(r, "B", "visitation_held");
        Assert.True(held.Suppressed);
        Assert.Null(held.Count);
        Assert.Null(held.StepRate);
        var visited = Row(r, "B", "visited");
        Assert.True(visited.Suppressed); // 5 < 6, and its step rate rests on the suppressed 5
        var total = Row(r, "total", "visited");
        Assert.Equal(
            (1, 6, 6),
            (
                r.Rows.Count(x => x.Level == RowLevel.Total && x.Stage == "visited"),
                total.CountLow!.Value,
                total.CountHigh!.Value
            )
        );
        // The figure adapter passes suppressed counts as 1 so the figure's own 1..min−1 rule hides them.
        var stages = r.ToFigureStages("B", ["Screened", "Accepted", "Held", "Visited"]);
        Assert.Equal([10, 10, 1, 1], stages.Select(s => s.Count).ToArray());
        Assert.Equal("Accepted", stages[1].Label);
        Assert.Equal(4, r.ToFigureStages().Count);
        Assert.Throws<ArgumentException>(() => r.ToFigureStages("Z"));
    }

    [Fact]
    public void A_stage_reached_without_the_earlier_one_is_an_error_or_counted_when_cumulative()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("s.csv", Header + "\nSECRET1,A,1,0,1,0\nSECRET2,A,1,1,1,1\n");
        var ex = InputAssert.Fails(() => ScreeningReader.Read(path), path, 2, 5, "SECRET1");
        Assert.Contains("visitation_held", ex.Message, StringComparison.Ordinal);
        var data = ScreeningReader.Read(path, ordering: FunnelOrdering.Cumulative);
        var r = ScreeningFunnel.Compute(data, minCell: 1);
        Assert.Equal(1, r.InconsistentRows);
        Assert.Equal([2, 1, 1, 1], r.Rows.Where(x => x.Unit == "A").Select(x => x.Count!.Value).ToArray());
        Assert.Equal("cumulative", r.ToResultTable().Metadata["ordering"]);
    }

    [Fact]
    public void Malformed_screening_files_name_file_line_and_column()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.csv", Header + "\nSECRET1,A,1,maybe,0,0\n");
        InputAssert.Fails(() => ScreeningReader.Read(bad), bad, 2, 4, "SECRET1");
        var twice = dir.Write("twice.csv", Header + "\nSECRET1,A,1,0,0,0\nSECRET1,B,1,0,0,0\n");
        var ex = InputAssert.Fails(() => ScreeningReader.Read(twice), twice, 3, 1, "SECRET1");
        Assert.Contains("lines 2 and 3", ex.Message, StringComparison.Ordinal);
        var missing = dir.Write("missing.csv", "person_id,municipality,screened\nSECRET1,A,1\n");
        InputAssert.Fails(() => ScreeningReader.Read(missing), missing, 1, 0);
        var empty = dir.Write("empty.csv", Header + "\n");
        InputAssert.Fails(() => ScreeningReader.Read(empty), empty, 2, 0);
        var ragged = dir.Write("ragged.csv", Header + "\nSECRET1,A,1,0\n");
        Assert.Throws<Errors.InputException>(() => ScreeningReader.Read(ragged));
        Assert.Throws<Errors.InputException>(() =>
            ScreeningFunnel.Compute(ScreeningReader.Read(dir.Write("ok.csv", Header + "\nx,A,1,0,0,0\n")), "region")
        );
    }
}
