using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// Difference in means (treated − control) with design-based standard errors, reproducing
/// <c>estimatr::difference_in_means</c> (and <c>t.test</c> for the Standard design). Formulas, df rules and
/// references per design are in <c>docs/estimators.md</c>; in short:
/// <list type="bullet">
/// <item>Standard: Neyman SE, Welch–Satterthwaite df (or classical pooled SE, df n − 2).</item>
/// <item>Blocked: Σ(n_b/N)d_b, SE √Σ(n_b/N)²se_b², df N − 2B; when blocks have two units, the matched-pair SE with df B − 1.</item>
/// <item>Clustered: the treatment coefficient of y ~ 1 + t with CR2 SE and Bell–McCaffrey df.</item>
/// <item>Block-clustered: per-block CR2 combined as Blocked, df G − 2B; two clusters per block: matched-pair clustered SE.</item>
/// </list>
/// Array inputs: rows with a NaN outcome (or a missing block/cluster code) are excluded and counted in
/// <see cref="DifferenceInMeansResult.Exclusions"/>. Moment inputs (<see cref="FromMoments"/>,
/// <see cref="FromBlockMoments"/>, <see cref="FromClusterTotals"/>) feed the same formulas for streaming code.
/// </summary>
public static partial class DifferenceInMeans
{
    /// <summary>Estimates from person-level arrays with integer block/cluster codes (any values; omit for designs without them).</summary>
    /// <param name="outcome">Outcome per unit; NaN = missing (excluded and counted).</param>
    /// <param name="treated">True for treated units.</param>
    /// <param name="options">Design and conventions (default: Standard, estimatr defaults).</param>
    /// <param name="blocks">Block code per unit (required for Blocked and BlockClustered designs, else must be empty).</param>
    /// <param name="clusters">Cluster code per unit (required for clustered designs, else must be empty).</param>
    /// <exception cref="InputException">An arm or a block without units, a cluster spanning arms or blocks, a block with one unit.</exception>
    public static DifferenceInMeansResult Estimate(
        ReadOnlySpan<double> outcome,
        ReadOnlySpan<bool> treated,
        DifferenceInMeansOptions? options = null,
        ReadOnlySpan<int> blocks = default,
        ReadOnlySpan<int> clusters = default
    )
    {
        options ??= DifferenceInMeansOptions.Default;
        int n = outcome.Length;
        CheckLength(treated.Length, n, nameof(treated));
        bool needBlocks = options.Design is DimDesign.Blocked or DimDesign.BlockClustered;
        bool needClusters = options.Design is DimDesign.Clustered or DimDesign.BlockClustered;
        CheckCodes(blocks.Length, n, needBlocks, "blocks", options.Design);
        CheckCodes(clusters.Length, n, needClusters, "clusters", options.Design);
        var blockCodes = needBlocks ? Recode(blocks) : null;
        var clusterCodes = needClusters ? Recode(clusters) : null;
        return EstimateCore(outcome, treated, blockCodes, clusterCodes, options);
    }

    /// <summary>
    /// Estimates from person-level lists with text block/cluster labels (null = missing: the row is excluded and counted).
    /// </summary>
    public static DifferenceInMeansResult Estimate(
        IReadOnlyList<double> outcome,
        IReadOnlyList<bool> treated,
        IReadOnlyList<string?>? blocks,
        IReadOnlyList<string?>? clusters,
        DifferenceInMeansOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(treated);
        options ??= DifferenceInMeansOptions.Default;
        int n = outcome.Count;
        CheckLength(treated.Count, n, nameof(treated));
        bool needBlocks = options.Design is DimDesign.Blocked or DimDesign.BlockClustered;
        bool needClusters = options.Design is DimDesign.Clustered or DimDesign.BlockClustered;
        CheckCodes(blocks?.Count ?? 0, n, needBlocks, "blocks", options.Design);
        CheckCodes(clusters?.Count ?? 0, n, needClusters, "clusters", options.Design);
        return EstimateCore(
            [.. outcome],
            [.. treated],
            needBlocks ? Recode(blocks!) : null,
            needClusters ? Recode(clusters!) : null,
            options
        );
    }

    /// <summary>Standard design from the two arms' moments (Neyman or classical SE).</summary>
    public static DifferenceInMeansResult FromMoments(
        ArmMoments treated,
        ArmMoments control,
        DifferenceInMeansOptions? options = null
    )
    {
        options ??= DifferenceInMeansOptions.Default;
        if (options.Design != DimDesign.Standard)
        {
            throw new ArgumentException(
                "FromMoments is the Standard design; use FromBlockMoments or FromClusterTotals."
            );
        }
        long n = treated.Count + control.Count;
        return Standard(treated, control, options, Report(n, n, []));
    }

    /// <summary>Blocked design from per-block arm moments (blocks in any order; empty blocks are ignored).</summary>
    public static DifferenceInMeansResult FromBlockMoments(
        IReadOnlyList<BlockMoments> blocks,
        DifferenceInMeansOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(blocks);
        options ??= DifferenceInMeansOptions.Default with { Design = DimDesign.Blocked };
        if (options.Design != DimDesign.Blocked)
        {
            throw new ArgumentException("FromBlockMoments is the Blocked design.");
        }
        var used = blocks.Where(b => b.Count > 0).ToList();
        long n = used.Sum(b => b.Count);
        return Blocked(used, options, Report(n, n, []));
    }

    /// <summary>Clustered or block-clustered design (by <paramref name="options"/>) from per-cluster totals.</summary>
    public static DifferenceInMeansResult FromClusterTotals(
        IReadOnlyList<ClusterTotals> clusters,
        DifferenceInMeansOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Design is not (DimDesign.Clustered or DimDesign.BlockClustered))
        {
            throw new ArgumentException("FromClusterTotals needs a Clustered or BlockClustered design.");
        }
        var used = clusters.Where(c => c.Moments.Count > 0).ToList();
        long n = used.Sum(c => c.Moments.Count);
        var report = Report(n, n, []);
        return options.Design == DimDesign.Clustered
            ? Clustered(used, options, report)
            : BlockClustered(used, options, report);
    }

    private static DifferenceInMeansResult EstimateCore(
        ReadOnlySpan<double> outcome,
        ReadOnlySpan<bool> treated,
        int[]? blocks,
        int[]? clusters,
        DifferenceInMeansOptions options
    )
    {
        int n = outcome.Length;
        var use = new bool[n];
        int missingY = 0,
            missingB = 0,
            missingC = 0,
            used = 0;
        for (int i = 0; i < n; i++)
        {
            bool ok = true;
            double y = outcome[i];
            if (double.IsNaN(y))
            {
                missingY++;
                ok = false;
            }
            else if (double.IsInfinity(y))
            {
                throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"outcome is infinite in data row {i + 1}")
                );
            }
            if (blocks is not null && blocks[i] < 0)
            {
                missingB++;
                ok = false;
            }
            if (clusters is not null && clusters[i] < 0)
            {
                missingC++;
                ok = false;
            }
            use[i] = ok;
            used += ok ? 1 : 0;
        }
        var missing = new List<DroppedRowCount>();
        if (missingY > 0)
        {
            missing.Add(new DroppedRowCount("outcome", missingY));
        }
        if (missingB > 0)
        {
            missing.Add(new DroppedRowCount("block", missingB));
        }
        if (missingC > 0)
        {
            missing.Add(new DroppedRowCount("cluster", missingC));
        }
        var report = new MissingDataReport(n, used, missing);
        switch (options.Design)
        {
            case DimDesign.Standard:
            {
                var (t, c) = ArmValues(outcome, treated, use, null, 0);
                return Standard(ArmMoments.FromValues(t), ArmMoments.FromValues(c), options, report);
            }
            case DimDesign.Blocked:
            {
                var groups = Densify(blocks!, use, out int nb);
                var list = new List<BlockMoments>(nb);
                for (int b = 0; b < nb; b++)
                {
                    var (t, c) = ArmValues(outcome, treated, use, groups, b);
                    list.Add(new BlockMoments(ArmMoments.FromValues(t), ArmMoments.FromValues(c)));
                }
                return Blocked(list, options, report);
            }
            default:
            {
                var clusterIndex = Densify(clusters!, use, out int g);
                var blockIndex = blocks is null ? null : Densify(blocks, use, out _);
                var arm = new int[g];
                var block = new int[g];
                Array.Fill(arm, -1);
                Array.Fill(block, -1);
                var values = new List<double>[g];
                for (int i = 0; i < n; i++)
                {
                    if (!use[i])
                    {
                        continue;
                    }
                    int c = clusterIndex[i];
                    int a = treated[i] ? 1 : 0;
                    if (arm[c] < 0)
                    {
                        arm[c] = a;
                        values[c] = [];
                    }
                    else if (arm[c] != a)
                    {
                        throw new InputException("All units within a cluster must have the same treatment condition.");
                    }
                    int b = blockIndex?[i] ?? 0;
                    if (block[c] < 0)
                    {
                        block[c] = b;
                    }
                    else if (block[c] != b)
                    {
                        throw new InputException("All clusters must be contained within blocks.");
                    }
                    values[c].Add(outcome[i]);
                }
                var totals = new List<ClusterTotals>(g);
                for (int c = 0; c < g; c++)
                {
                    totals.Add(new ClusterTotals(block[c], arm[c] == 1, ArmMoments.FromValues([.. values[c]])));
                }
                return options.Design == DimDesign.Clustered
                    ? Clustered(totals, options, report)
                    : BlockClustered(totals, options, report);
            }
        }
    }

    private static (double[] Treated, double[] Control) ArmValues(
        ReadOnlySpan<double> outcome,
        ReadOnlySpan<bool> treated,
        bool[] use,
        int[]? groups,
        int group
    )
    {
        var t = new List<double>();
        var c = new List<double>();
        for (int i = 0; i < outcome.Length; i++)
        {
            if (use[i] && (groups is null || groups[i] == group))
            {
                (treated[i] ? t : c).Add(outcome[i]);
            }
        }
        return ([.. t], [.. c]);
    }

    // ---- the formulas ---------------------------------------------------------------------------

    private readonly record struct Core(double Estimate, double StdError, double Df, string? Warning);

    /// <summary>Neyman (Gerber &amp; Green 2012, eq. 3.6) or pooled SE of one two-arm comparison.</summary>
    private static Core TwoArm(ArmMoments t, ArmMoments c, DimStandardError se)
    {
        double est = t.Mean - c.Mean;
        if (t.Count < 2 || c.Count < 2)
        {
            return new Core(est, double.NaN, double.NaN, "SE not estimable: each arm needs at least two units");
        }
        if (se == DimStandardError.Classical)
        {
            double n = t.Count + c.Count;
            double pooled = (t.M2 + c.M2) / (n - 2);
            return new Core(est, Math.Sqrt(pooled * (1.0 / t.Count + 1.0 / c.Count)), n - 2, null);
        }
        double vt = t.Variance / t.Count;
        double vc = c.Variance / c.Count;
        double v = vt + vc;
        // Welch (1947) – Satterthwaite (1946).
        double df = v * v / (vt * vt / (t.Count - 1) + vc * vc / (c.Count - 1));
        return new Core(est, Math.Sqrt(v), df, null);
    }

    private static DifferenceInMeansResult Standard(
        ArmMoments t,
        ArmMoments c,
        DifferenceInMeansOptions options,
        MissingDataReport report
    )
    {
        RequireArms(t.Count, c.Count, "");
        var se = options.StandardError ?? DimStandardError.Neyman;
        if (se is not (DimStandardError.Neyman or DimStandardError.Classical))
        {
            throw new InputException(
                $"standard error {se} is not available for the Standard design (use Neyman or Classical)"
            );
        }
        var core = TwoArm(t, c, se);
        var dfMethod =
            se == DimStandardError.Classical
                ? DegreesOfFreedomMethod.Residual
                : DegreesOfFreedomMethod.WelchSatterthwaite;
        return Build(core, options, se, dfMethod, DimDesignLabel.Standard, t, c, 0, 0, report, Warnings(core.Warning));
    }

    private static DifferenceInMeansResult Blocked(
        List<BlockMoments> blocks,
        DifferenceInMeansOptions options,
        MissingDataReport report
    )
    {
        int nb = blocks.Count;
        if (nb == 0)
        {
            throw new InputException("no blocks with units");
        }
        var warnings = new List<string>();
        bool paired = PairedBlocks(blocks.Select(b => b.Count), warnings, "units");
        var se = ResolveBlockedSe(options.StandardError, paired, DimStandardError.Neyman);
        double total = blocks.Sum(b => (double)b.Count);
        var cores = new Core[nb];
        for (int b = 0; b < nb; b++)
        {
            var blk = blocks[b];
            RequireArms(blk.Treated.Count, blk.Control.Count, " within each block");
            if (!paired && (blk.Treated.Count == 1 || blk.Control.Count == 1))
            {
                throw new InputException(
                    "If design is not pair-matched, every block must have at least two treated and control units."
                );
            }
            cores[b] = paired
                ? new Core(blk.Treated.Mean - blk.Control.Mean, double.NaN, double.NaN, null)
                : TwoArm(blk.Treated, blk.Control, se);
        }
        double est = 0;
        for (int b = 0; b < nb; b++)
        {
            est += cores[b].Estimate * (blocks[b].Count / total);
        }
        double stdError;
        double df;
        DegreesOfFreedomMethod dfMethod;
        DimDesignLabel label;
        if (paired)
        {
            // Gerber & Green (2012, p. 77, eq. 3.16); Imai (2008).
            double ss = 0;
            for (int b = 0; b < nb; b++)
            {
                double d = cores[b].Estimate - est;
                ss += d * d;
            }
            stdError = nb >= 2 ? Math.Sqrt(ss / (nb * (nb - 1.0))) : double.NaN;
            df = nb - 1;
            dfMethod = DegreesOfFreedomMethod.BlocksMinusOne;
            label = DimDesignLabel.MatchedPair;
        }
        else
        {
            double v = 0;
            for (int b = 0; b < nb; b++)
            {
                double wgt = blocks[b].Count / total;
                v += cores[b].StdError * cores[b].StdError * wgt * wgt;
            }
            stdError = Math.Sqrt(v);
            df = total - 2 * nb;
            dfMethod = DegreesOfFreedomMethod.BlockedResidual;
            label = DimDesignLabel.Blocked;
        }
        var t = blocks.Aggregate(ArmMoments.Empty, (acc, b) => acc + b.Treated);
        var c = blocks.Aggregate(ArmMoments.Empty, (acc, b) => acc + b.Control);
        return Build(new Core(est, stdError, df, null), options, se, dfMethod, label, t, c, nb, 0, report, warnings);
    }

    private static DifferenceInMeansResult Clustered(
        List<ClusterTotals> clusters,
        DifferenceInMeansOptions options,
        MissingDataReport report
    )
    {
        var se = options.StandardError ?? DimStandardError.CR2;
        if (se != DimStandardError.CR2)
        {
            throw new InputException(
                $"standard error {se} is not available for a clustered design (estimatr uses CR2)"
            );
        }
        var (core, t, c) = ClusterCr2(clusters);
        return Build(
            core,
            options,
            se,
            DegreesOfFreedomMethod.BellMcCaffrey,
            DimDesignLabel.Clustered,
            t,
            c,
            0,
            clusters.Count,
            report,
            Warnings(core.Warning)
        );
    }

    private static DifferenceInMeansResult BlockClustered(
        List<ClusterTotals> clusters,
        DifferenceInMeansOptions options,
        MissingDataReport report
    )
    {
        var byBlock = clusters.GroupBy(c => c.Block).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        int nb = byBlock.Count;
        if (nb == 0)
        {
            throw new InputException("no blocks with units");
        }
        var warnings = new List<string>();
        bool paired = PairedBlocks(byBlock.Select(b => (long)b.Count), warnings, "clusters");
        var se = ResolveBlockedSe(options.StandardError, paired, DimStandardError.CR2);
        if (se == DimStandardError.Classical)
        {
            throw new InputException("classical SE is not available for a block-clustered design (estimatr uses CR2)");
        }
        var n = new double[nb];
        var d = new double[nb];
        var s = new double[nb];
        for (int b = 0; b < nb; b++)
        {
            var blk = byBlock[b];
            var tb = blk.Where(x => x.Treated).Aggregate(ArmMoments.Empty, (acc, x) => acc + x.Moments);
            var cb = blk.Where(x => !x.Treated).Aggregate(ArmMoments.Empty, (acc, x) => acc + x.Moments);
            RequireArms(tb.Count, cb.Count, " within each block");
            if (!paired && (tb.Count == 1 || cb.Count == 1))
            {
                throw new InputException(
                    "If design is not pair-matched, every block must have at least two treated and control units."
                );
            }
            n[b] = tb.Count + cb.Count;
            if (paired || blk.Count == 2)
            {
                d[b] = tb.Mean - cb.Mean;
                s[b] = double.NaN;
            }
            else
            {
                var (core, _, _) = ClusterCr2(blk);
                d[b] = core.Estimate;
                s[b] = core.StdError;
            }
        }
        double total = n.Sum();
        double est = 0;
        for (int b = 0; b < nb; b++)
        {
            est += d[b] * n[b] / total;
        }
        double stdError;
        double df;
        DegreesOfFreedomMethod dfMethod;
        DimDesignLabel label;
        if (paired)
        {
            // Matched-pair clustered (estimatr; Imai, King & Nall 2009): cluster-size-weighted pair differences.
            double ss = 0;
            for (int b = 0; b < nb; b++)
            {
                double x = n[b] * d[b] - total * est / nb;
                ss += x * x;
            }
            stdError = nb >= 2 ? Math.Sqrt(nb / ((nb - 1.0) * total * total) * ss) : double.NaN;
            df = nb - 1;
            dfMethod = DegreesOfFreedomMethod.BlocksMinusOne;
            label = DimDesignLabel.MatchedPairClustered;
        }
        else
        {
            double v = 0;
            for (int b = 0; b < nb; b++)
            {
                double wgt = n[b] / total;
                v += s[b] * s[b] * wgt * wgt;
            }
            stdError = Math.Sqrt(v);
            df = clusters.Count - 2 * nb;
            dfMethod = DegreesOfFreedomMethod.BlockedClusters;
            label = DimDesignLabel.BlockClustered;
        }
        var t = clusters.Where(x => x.Treated).Aggregate(ArmMoments.Empty, (acc, x) => acc + x.Moments);
        var c = clusters.Where(x => !x.Treated).Aggregate(ArmMoments.Empty, (acc, x) => acc + x.Moments);
        return Build(
            new Core(est, stdError, df, null),
            options,
            se,
            dfMethod,
            label,
            t,
            c,
            nb,
            clusters.Count,
            report,
            warnings
        );
    }

    /// <summary>
    /// CR2 of the slope in y ~ 1 + t from cluster totals: X_g = [1, t_g] on every row, so G_g = n_g·[[1, t],[t, t]]
    /// and s_g = (Σ_g e)·[1, t] with e = y − arm mean (estimatr fits this regression with <c>lm_robust_fit</c>).
    /// </summary>
    private static (Core Core, ArmMoments Treated, ArmMoments Control) ClusterCr2(List<ClusterTotals> clusters)
    {
        var t = ArmMoments.Empty;
        var c = ArmMoments.Empty;
        foreach (var x in clusters)
        {
            if (x.Treated)
            {
                t += x.Moments;
            }
            else
            {
                c += x.Moments;
            }
        }
        RequireArms(t.Count, c.Count, "");
        if (t.Count == 1 || c.Count == 1)
        {
            throw new InputException("every arm must have at least two units");
        }
        double est = t.Mean - c.Mean;
        int g = clusters.Count;
        double nAll = t.Count + c.Count;
        double n1 = t.Count;
        // (X'X)^-1 for X = [1, t]: X'X = [[N, N1], [N1, N1]].
        double det = nAll * n1 - n1 * n1;
        double[] m = [n1 / det, -n1 / det, -n1 / det, nAll / det];
        var grams = new double[g * 4];
        var scores = new double[g * 2];
        for (int j = 0; j < g; j++)
        {
            var x = clusters[j];
            double tv = x.Treated ? 1 : 0;
            double ng = x.Moments.Count;
            grams[j * 4] = ng;
            grams[j * 4 + 1] = ng * tv;
            grams[j * 4 + 2] = ng * tv;
            grams[j * 4 + 3] = ng * tv;
            double residualSum = ng * (x.Moments.Mean - (x.Treated ? t.Mean : c.Mean));
            scores[j * 2] = residualSum;
            scores[j * 2 + 1] = residualSum * tv;
        }
        if (g < 2)
        {
            return (new Core(est, double.NaN, double.NaN, "SE not estimable with fewer than two clusters"), t, c);
        }
        var (cov, df) = ClusterRobustCr2.Compute(m, 2, grams, scores, g);
        return (new Core(est, Math.Sqrt(cov[3]), df[1], null), t, c);
    }

    private static bool PairedBlocks(IEnumerable<long> sizes, List<string> warnings, string what)
    {
        var list = sizes.ToList();
        if (list.Any(s => s == 1))
        {
            throw new InputException(
                $"All blocks must have multiple units (or clusters); a block has one of its {what}."
            );
        }
        if (list.All(s => s == 2))
        {
            return true;
        }
        if (list.Any(s => s == 2))
        {
            warnings.Add(
                $"Some blocks have two {what} while other blocks have more. As standard variance estimates cannot be computed within blocks with two {what}, the matched pairs estimator of the variance is used (as estimatr)."
            );
            return true;
        }
        return false;
    }

    private static DimStandardError ResolveBlockedSe(
        DimStandardError? requested,
        bool paired,
        DimStandardError fallback
    )
    {
        if (paired)
        {
            if (requested is not (null or DimStandardError.MatchedPairs))
            {
                throw new InputException(
                    $"standard error {requested} is not available for matched pairs (blocks of two): estimatr uses the matched-pair SE"
                );
            }
            return DimStandardError.MatchedPairs;
        }
        var se = requested ?? fallback;
        if (se == DimStandardError.MatchedPairs)
        {
            throw new InputException("the matched-pair SE needs every block to have exactly two units or clusters");
        }
        if (fallback == DimStandardError.Neyman && se == DimStandardError.CR2)
        {
            throw new InputException("CR2 needs a clustered design");
        }
        if (fallback == DimStandardError.CR2 && se == DimStandardError.Neyman)
        {
            return DimStandardError.CR2;
        }
        return se;
    }

    private static DifferenceInMeansResult Build(
        Core core,
        DifferenceInMeansOptions options,
        DimStandardError se,
        DegreesOfFreedomMethod dfMethod,
        DimDesignLabel label,
        ArmMoments t,
        ArmMoments c,
        int nBlocks,
        int nClusters,
        MissingDataReport report,
        IReadOnlyList<string> warnings
    )
    {
        bool normal = options.Interval == IntervalMethod.Normal;
        double df = normal ? double.PositiveInfinity : core.Df;
        var warn = warnings.ToList();
        if (!normal && df <= 0)
        {
            warn.Add(
                "degrees of freedom estimated as zero or negative; p-value and interval not computed (as estimatr)"
            );
            df = double.NaN;
        }
        var tidy = WaldInference.Compute(options.Term, core.Estimate, core.StdError, df, options.Level);
        return new DifferenceInMeansResult
        {
            Term = options.Term,
            Estimate = core.Estimate,
            StdError = core.StdError,
            Statistic = tidy.Statistic,
            PValue = tidy.PValue,
            ConfLow = tidy.ConfLow,
            ConfHigh = tidy.ConfHigh,
            Df = df,
            NTreated = t.Count,
            NControl = c.Count,
            MeanTreated = t.Count > 0 ? t.Mean : double.NaN,
            MeanControl = c.Count > 0 ? c.Mean : double.NaN,
            NBlocks = nBlocks,
            NClusters = nClusters,
            Design = label,
            SeType = se,
            DfMethod = normal ? DegreesOfFreedomMethod.Infinite : dfMethod,
            Interval = options.Interval,
            Level = options.Level,
            Exclusions = report,
            Warnings = warn,
        };
    }

    private static List<string> Warnings(string? w) => w is null ? [] : [w];

    private static void RequireArms(long treated, long control, string where)
    {
        if (treated == 0 || control == 0)
        {
            throw new InputException($"Must have units with both treatment conditions{where}.");
        }
    }

    private static MissingDataReport Report(long read, long used, List<DroppedRowCount> missing) =>
        new((int)Math.Min(int.MaxValue, read), (int)Math.Min(int.MaxValue, used), missing);

    private static void CheckLength(int actual, int expected, string name)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{name} has {actual} values, outcome has {expected}."),
                name
            );
        }
    }

    private static void CheckCodes(int length, int n, bool needed, string name, DimDesign design)
    {
        if (needed && length != n)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {design} design needs {name} for every unit ({length} given, {n} units)."
                ),
                name
            );
        }
        if (!needed && length != 0)
        {
            throw new ArgumentException(
                $"{name} were given but the {design} design does not use them; choose the design explicitly.",
                name
            );
        }
    }

    /// <summary>Arbitrary integer codes → 0..K−1 in order of first appearance (no missing values).</summary>
    private static int[] Recode(ReadOnlySpan<int> codes)
    {
        var map = new Dictionary<int, int>();
        var result = new int[codes.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            if (!map.TryGetValue(codes[i], out int c))
            {
                c = map.Count;
                map.Add(codes[i], c);
            }
            result[i] = c;
        }
        return result;
    }

    /// <summary>Text labels → 0..K−1 in order of first appearance; null → −1 (missing).</summary>
    private static int[] Recode(IReadOnlyList<string?> labels)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            var s = labels[i];
            if (s is null)
            {
                result[i] = -1;
                continue;
            }
            if (!map.TryGetValue(s, out int c))
            {
                c = map.Count;
                map.Add(s, c);
            }
            result[i] = c;
        }
        return result;
    }

    /// <summary>Codes of the used rows → dense 0..K−1 (codes of excluded rows are left as they are).</summary>
    private static int[] Densify(int[] codes, bool[] use, out int count)
    {
        var map = new Dictionary<int, int>();
        var result = new int[codes.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            if (!use[i])
            {
                result[i] = -1;
                continue;
            }
            if (!map.TryGetValue(codes[i], out int c))
            {
                c = map.Count;
                map.Add(codes[i], c);
            }
            result[i] = c;
        }
        count = map.Count;
        return result;
    }
}
