using System.Diagnostics;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// The scale-out path, exercised: the roster, register and hours files are split by a hash of the person
/// id into K partitions (as K machines would each hold one, with memory for 1/K of the roster), each
/// partition is loaded on its own, and the partial results merge: weekly outcome moments add up (<see cref="WeeklyOutcomeMoments.Merge"/>),
/// person-level covariates and linkage counts concatenate and add. The merged effects, balance and
/// logit must equal the one-pass results.
/// </summary>
internal static class BenchPartitions
{
    public static void Check(CliContext context, StudyFiles files, BenchPipeline.Outputs once, int partitions)
    {
        var w = context.Out;
        string root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(files.Register))!, "partitions");
        try
        {
            var sw = Stopwatch.StartNew();
            var rosters = Split(files.Roster, root, "roster", partitions);
            var registers = Split(files.Register, root, "register", partitions);
            var hours = Split(files.Hours!, root, "hours", partitions);
            w.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"scale-out check: {partitions} person partitions (split by id hash in {sw.Elapsed.TotalSeconds:F1} s)"
                )
            );
            var moments = WeeklyOutcomeMoments.Empty(BenchPipeline.Outcomes, BenchPipeline.FollowUpWeeks);
            var covariates = new List<BenchCovariates>();
            long matched = 0;
            long registerOnly = 0;
            long rosterOnly = 0;
            for (int i = 0; i < partitions; i++)
            {
                sw.Restart();
                var study = Study.Load(files with { Roster = rosters[i], Register = registers[i], Hours = hours[i] });
                var part = WeeklyOutcomeMoments.Compute(
                    study.Panel,
                    study.Treated,
                    BenchPipeline.Outcomes,
                    BenchPipeline.FollowUpWeeks
                );
                moments = moments.Merge(part);
                covariates.Add(BenchCovariates.From(study));
                matched += study.Scan.MatchedPersons;
                registerOnly += study.Scan.RegisterOnlyRows;
                rosterOnly += study.Scan.RosterOnlyPersons;
                w.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  partition {i + 1}: {study.Roster.Count:N0} roster persons, {study.Scan.RowsRead:N0} register rows, {study.Scan.MatchedPersons:N0} matched, read + moments {sw.Elapsed.TotalSeconds:F2} s"
                    )
                );
            }
            var effects = BenchEffects.Weekly(moments);
            var all = BenchCovariates.Concat(covariates);
            var balance = BenchEffects.Balance(all);
            var (fit, ames, _) = BenchPipeline.Logit(all);
            double effectsDiff = MaxRelative(
                once.Effects.SelectMany(Numbers),
                effects.SelectMany(Numbers),
                once.Effects.Count == effects.Count
            );
            double balanceDiff = MaxRelative(once.Balance.SelectMany(Numbers), balance.SelectMany(Numbers), true);
            double logitDiff = MaxRelative(
                once.Logit.Coefficients.SelectMany(c => new[] { c.Estimate, c.StdError })
                    .Concat(once.Ames.SelectMany(a => new[] { a.Estimate, a.StdError })),
                fit.Coefficients.SelectMany(c => new[] { c.Estimate, c.StdError })
                    .Concat(ames.SelectMany(a => new[] { a.Estimate, a.StdError })),
                true
            );
            bool linkageSame =
                matched == once.Scan.MatchedPersons
                && registerOnly == once.Scan.RegisterOnlyRows
                && rosterOnly == once.Scan.RosterOnlyPersons;
            double momentsDiff = MomentsDifference(once.Moments, moments);
            // Moments add up exactly for 0/1 outcomes and whole hours; the effects are then computed from sums,
            // while the one-pass estimator merges shifted block moments (Chan), so they agree to rounding only.
            bool agree =
                linkageSame && momentsDiff < 1e-12 && effectsDiff < 1e-6 && balanceDiff < 1e-9 && logitDiff < 1e-9;
            w.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"  merged vs one pass: linkage {(linkageSame ? "equal" : "DIFFERENT")}; max relative difference weekly moments {momentsDiff:G3}, effects {effectsDiff:G3}, balance {balanceDiff:G3}, logit+AME {logitDiff:G3} → {(agree ? "agree" : "DISAGREE")}"
                )
            );
            if (!agree)
            {
                throw new InputException("the merged partition results differ from the one-pass results");
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static IEnumerable<double> Numbers(BenchEffectRow r) =>
        [r.NTreated, r.NControl, r.MeanTreated, r.MeanControl, r.Estimate, r.StdError, r.Df, r.ConfLow, r.ConfHigh];

    private static IEnumerable<double> Numbers(BenchBalanceRow r) =>
        [r.MeanTreated, r.MeanControl, r.Difference, r.Smd, r.PValue];

    private static double MomentsDifference(WeeklyOutcomeMoments a, WeeklyOutcomeMoments b)
    {
        var values = new List<double>();
        var others = new List<double>();
        foreach (var outcome in a.Outcomes)
        {
            for (int k = 1; k <= a.Weeks; k++)
            {
                foreach (var arm in new[] { Roster.Arm.Treatment, Roster.Arm.Control })
                {
                    values.AddRange([a.Count(k, arm), a.Sum(outcome, k, arm), a.SumOfSquares(outcome, k, arm)]);
                    others.AddRange([b.Count(k, arm), b.Sum(outcome, k, arm), b.SumOfSquares(outcome, k, arm)]);
                }
            }
        }
        return MaxRelative(values, others, a.Weeks == b.Weeks);
    }

    private static double MaxRelative(IEnumerable<double> expected, IEnumerable<double> actual, bool sameShape)
    {
        if (!sameShape)
        {
            return double.PositiveInfinity;
        }
        double worst = 0;
        foreach (var (a, b) in expected.Zip(actual))
        {
            if (double.IsNaN(a) && double.IsNaN(b))
            {
                continue;
            }
            double scale = Math.Max(Math.Abs(a), 1e-300);
            worst = Math.Max(worst, a == b ? 0 : Math.Abs(a - b) / scale);
        }
        return worst;
    }

    // Streams a CSV with the person id in its first column into K files by a hash of the id bytes.
    private static string[] Split(string path, string root, string name, int partitions)
    {
        var paths = new string[partitions];
        var writers = new Stream[partitions];
        try
        {
            for (int i = 0; i < partitions; i++)
            {
                string dir = Path.Combine(root, $"part-{i + 1}");
                Directory.CreateDirectory(dir);
                paths[i] = Path.Combine(dir, name + ".csv");
                writers[i] = new BufferedStream(File.Create(paths[i]), 1 << 20);
            }
            using var input = File.OpenRead(path);
            var buffer = new byte[1 << 20];
            int filled = 0;
            bool header = true;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                int n = input.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                {
                    if (filled > 0)
                    {
                        writers[Partition(buffer.AsSpan(0, filled), partitions)].Write(buffer, 0, filled);
                    }
                    break;
                }
                filled += n;
                int start = 0;
                int k;
                while ((k = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
                {
                    var line = buffer.AsSpan(start, k + 1);
                    if (header)
                    {
                        foreach (var writer in writers)
                        {
                            writer.Write(line);
                        }
                        header = false;
                    }
                    else
                    {
                        writers[Partition(line, partitions)].Write(line);
                    }
                    start += k + 1;
                }
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer?.Dispose();
            }
        }
        return paths;
    }

    private static int Partition(ReadOnlySpan<byte> line, int partitions)
    {
        uint h = 2166136261;
        foreach (byte c in line)
        {
            if (c == ',' || c == ';' || c == '\n' || c == '\r')
            {
                break;
            }
            h = (h ^ c) * 16777619;
        }
        return (int)(h % (uint)partitions);
    }
}
