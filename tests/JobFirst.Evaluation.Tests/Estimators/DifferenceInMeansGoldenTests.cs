using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Inference;
using static JobFirst.Evaluation.Tests.Estimators.EstimatorsGolden;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary>Difference in means against <c>estimatr::difference_in_means</c> and <c>t.test</c> (Golden/Estimators/generate.R).</summary>
public class DifferenceInMeansGoldenTests
{
    public static TheoryData<string, string, DimDesign, double, string?> EstimatrCases =>
        new()
        {
            { "sleep_standard", "sleep.csv", DimDesign.Standard, 0.95, null },
            { "sleep_standard_90", "sleep.csv", DimDesign.Standard, 0.90, null },
            { "sleep_pairs", "sleep.csv", DimDesign.Blocked, 0.95, null },
            { "tooth_standard", "toothgrowth.csv", DimDesign.Standard, 0.95, null },
            { "tooth_blocked", "toothgrowth.csv", DimDesign.Blocked, 0.95, null },
            { "warp_blocked", "warpbreaks.csv", DimDesign.Blocked, 0.95, null },
            { "cars_standard", "mtcars.csv", DimDesign.Standard, 0.95, null },
            { "chick_clustered", "chickweight.csv", DimDesign.Clustered, 0.95, null },
            { "chick_clustered_99", "chickweight.csv", DimDesign.Clustered, 0.99, null },
            { "chick21_standard", "chickweight.csv", DimDesign.Standard, 0.95, "time=21" },
            { "bc_blockclustered", "blockclustered.csv", DimDesign.BlockClustered, 0.95, null },
            { "bc_clustered", "blockclustered.csv", DimDesign.Clustered, 0.95, null },
            { "bc_blocked", "blockclustered.csv", DimDesign.Blocked, 0.95, null },
            { "mpc_pairclustered", "pairclustered.csv", DimDesign.BlockClustered, 0.95, null },
            { "mixed_blocks", "mixedblocks.csv", DimDesign.Blocked, 0.95, null },
        };

    internal static (double[] Y, bool[] T, string?[]? Blocks, string?[]? Clusters) Load(string file, string? filter)
    {
        var frame = EstimatorsGolden.Data(file);
        var rows = Enumerable.Range(0, frame.RowCount).ToList();
        if (filter is not null)
        {
            var parts = filter.Split('=');
            var col = frame[parts[0]];
            rows = [.. rows.Where(i => col.TextAt(i) == parts[1])];
        }
        var y = frame["y"].Numbers.ToArray();
        var t = frame["t"].Numbers.ToArray();
        string?[]? Codes(string name) => frame.Contains(name) ? [.. rows.Select(i => frame[name].TextAt(i))] : null;
        return ([.. rows.Select(i => y[i])], [.. rows.Select(i => t[i] == 1)], Codes("block"), Codes("cluster"));
    }

    internal static void AssertMatches(string @case, DifferenceInMeansResult r)
    {
        var g = Case(@case);
        foreach (
            var (field, actual) in new (string, double)[]
            {
                ("estimate", r.Estimate),
                ("std_error", r.StdError),
                ("statistic", r.Statistic),
                ("p_value", r.PValue),
                ("conf_low", r.ConfLow),
                ("conf_high", r.ConfHigh),
                ("df", r.Df),
            }
        )
        {
            Close(Parse(g[field]), actual, $"{@case} {field}");
        }
        if (g.TryGetValue("n_treated", out var nt))
        {
            Assert.Equal((long)Parse(nt), r.NTreated);
            Assert.Equal((long)Parse(g["n_control"]), r.NControl);
            Close(Parse(g["mean_treated"]), r.MeanTreated, $"{@case} mean_treated");
            Close(Parse(g["mean_control"]), r.MeanControl, $"{@case} mean_control");
        }
        if (g.TryGetValue("design", out var design))
        {
            Assert.Equal(design, r.Design.ToEstimatrLabel());
        }
        if (g.TryGetValue("n_blocks", out var nb))
        {
            Assert.Equal((int)Parse(nb), r.NBlocks);
        }
        if (
            g.TryGetValue("n_clusters", out var nc)
            && r.Design is not (DimDesignLabel.Blocked or DimDesignLabel.MatchedPair)
        )
        {
            Assert.Equal((int)Parse(nc), r.NClusters);
        }
    }

    [Theory]
    [MemberData(nameof(EstimatrCases))]
    public void Difference_in_means_matches_estimatr(
        string @case,
        string file,
        DimDesign design,
        double level,
        string? filter
    )
    {
        var (y, t, blocks, clusters) = Load(file, filter);
        bool useBlocks = design is DimDesign.Blocked or DimDesign.BlockClustered;
        bool useClusters = design is DimDesign.Clustered or DimDesign.BlockClustered;
        var r = DifferenceInMeans.Estimate(
            y,
            t,
            useBlocks ? blocks : null,
            useClusters ? clusters : null,
            new DifferenceInMeansOptions(design, Level: level)
        );
        AssertMatches(@case, r);
        Assert.Equal(level, r.Level);
    }

    [Theory]
    [InlineData("sim_standard", DimDesign.Standard, null)]
    [InlineData("sim_blocked", DimDesign.Blocked, null)]
    [InlineData("sim_classical", DimDesign.Standard, DimStandardError.Classical)]
    public void Simulated_JobFirst_trial_matches_estimatr_through_the_data_frame_path(
        string @case,
        DimDesign design,
        DimStandardError? se
    )
    {
        var frame = EstimatorsGolden.Data("jobfirst_persons.csv");
        var r = DifferenceInMeans.Estimate(
            frame,
            "hours",
            "arm",
            "treatment",
            design == DimDesign.Blocked ? "site" : null,
            null,
            new DifferenceInMeansOptions(design, se, Term: "arm")
        );
        AssertMatches(@case, r);
        Assert.Equal(frame.RowCount, r.Exclusions.RowsUsed);
    }

    [Fact]
    public void Missing_outcomes_are_excluded_and_counted()
    {
        var (y, t, blocks, clusters) = Load("blockclustered.csv", null);
        var r = DifferenceInMeans.Estimate(y, t, blocks, clusters, new(DimDesign.BlockClustered));
        Assert.Equal(y.Length, r.Exclusions.RowsRead);
        Assert.Equal(2, r.Exclusions.RowsDropped);
        Assert.Equal("outcome", Assert.Single(r.Exclusions.MissingByColumn).Column);
        Assert.Equal("2", r.ToResultTable().Metadata["excluded_missing_outcome"]);
    }

    [Fact]
    public void Mixed_pair_and_larger_blocks_warn_like_estimatr()
    {
        var (y, t, blocks, _) = Load("mixedblocks.csv", null);
        var r = DifferenceInMeans.Estimate(y, t, blocks, null, new(DimDesign.Blocked));
        Assert.Equal("yes", Case("mixed_blocks")["warning"]);
        Assert.Contains(r.Warnings, w => w.Contains("matched pairs estimator", StringComparison.Ordinal));
        Assert.Equal(DimStandardError.MatchedPairs, r.SeType);
    }

    [Theory]
    [InlineData("sleep_classical", "sleep.csv", DimDesign.Standard)]
    [InlineData("cars_classical", "mtcars.csv", DimDesign.Standard)]
    [InlineData("tooth_blocked_classical", "toothgrowth.csv", DimDesign.Blocked)]
    public void Classical_pooled_se_matches_t_test_var_equal(string @case, string file, DimDesign design)
    {
        var (y, t, blocks, _) = Load(file, null);
        var r = DifferenceInMeans.Estimate(
            y,
            t,
            design == DimDesign.Blocked ? blocks : null,
            null,
            new DifferenceInMeansOptions(design, DimStandardError.Classical)
        );
        AssertMatches(@case, r);
        Assert.Equal(DimStandardError.Classical, r.SeType);
        Assert.Equal(
            design == DimDesign.Blocked ? DegreesOfFreedomMethod.BlockedResidual : DegreesOfFreedomMethod.Residual,
            r.DfMethod
        );
    }

    [Fact]
    public void Normal_interval_uses_qnorm_and_reports_infinite_df()
    {
        var (y, t, _, _) = Load("toothgrowth.csv", null);
        var r = DifferenceInMeans.Estimate(y, t, new DifferenceInMeansOptions(Interval: IntervalMethod.Normal));
        AssertMatches("tooth_normal", r);
        Assert.Equal(DegreesOfFreedomMethod.Infinite, r.DfMethod);
    }

    [Fact]
    public void Integer_code_overload_equals_text_code_overload()
    {
        var frame = EstimatorsGolden.Data("blockclustered.csv");
        var y = frame["y"].Numbers.ToArray();
        var t = frame["t"].Numbers.ToArray().Select(v => v == 1).ToArray();
        var b = frame["block"].Numbers.ToArray().Select(v => (int)v).ToArray();
        var c = frame["cluster"].Numbers.ToArray().Select(v => (int)v).ToArray();
        var r = DifferenceInMeans.Estimate(y, t, new DifferenceInMeansOptions(DimDesign.BlockClustered), b, c);
        AssertMatches("bc_blockclustered", r);
    }
}
