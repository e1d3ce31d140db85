using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Streams a DREAM wide register (one row per person, one <c>y_YYWW</c> column per ISO week, optional
/// <c>grad_YYYY_MM</c> columns) and hands each roster person's weekly categories to a handler.
/// </summary>
/// <remarks>
/// Memory grows with the roster, not the register: a row whose id is not in the roster is skipped
/// after reading only the id field (a vectorised search for the line end; the row is not tokenised
/// or otherwise validated). Matched rows are tokenised without allocating per cell, and the handler
/// receives views of two buffers that are reused for the next person.
/// </remarks>
public static class DreamWideReader
{
    /// <summary>Maximum weekly hours (24 × 7) accepted after spreading a month's employment degree.</summary>
    public const double MaxWeeklyHours = 168;

    /// <summary>Scans the register at <paramref name="path"/>, calling <paramref name="onPerson"/> once per roster person found, in file order.</summary>
    /// <returns>Layout and linkage counts.</returns>
    /// <exception cref="InputException">
    /// Malformed header (see <see cref="RegisterLayout.ParseWide"/>), ragged or malformed rows of roster
    /// persons, a roster person in two rows (unless <see cref="DuplicateRowPolicy.KeepFirst"/>), bad
    /// <c>grad</c> values, or codes the codebook does not map (one error listing all codes with counts,
    /// unless <see cref="UnknownCodePolicy.MapToOther"/>). With unknown codes under the error policy the
    /// handler stops being called at the first one while the scan continues to count them.
    /// </exception>
    public static RegisterScanResult Scan(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        RegisterPersonHandler onPerson
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onPerson);

        using var reader = DelimitedReader.Open(path);
        var plan = WidePlan.Create(reader, path, options, codebook);
        var scanner = new WideRowScanner(plan, roster, codebook, options, new long[roster.Count], null, 0);
        scanner.Run(reader, onPerson, null);
        return Finish(plan, roster, options, path, scanner.Counts, scanner.Unknown);
    }

    /// <summary>
    /// Scans the register like <see cref="Scan"/>, with the same result and the same errors, but parses
    /// chunks of the file on all cores. Each chunk gets its own handler from <paramref name="createHandler"/>;
    /// handlers of different chunks run concurrently, each for different persons.
    /// </summary>
    /// <remarks>
    /// A parallel attempt that cannot reproduce the sequential scan exactly (a bad row anywhere, a
    /// duplicate row under <see cref="DuplicateRowPolicy.Error"/>, the same person in two chunks, or a
    /// quoted field across a chunk boundary) is abandoned: <paramref name="restart"/> is called so the
    /// caller can forget what the handlers received, and the file is scanned again sequentially with
    /// one handler, which then raises the sequential scan's error or delivers its result. Handlers must
    /// therefore keep nothing that a restart cannot undo (an event-panel builder overwrites a person's
    /// row on every delivery).
    /// </remarks>
    /// <exception cref="InputException">As <see cref="Scan"/>.</exception>
    public static RegisterScanResult ScanParallel(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        Func<RegisterPersonHandler> createHandler,
        Action? restart = null
    ) => ScanParallel(path, roster, codebook, options, createHandler, restart, null);

    /// <summary><see cref="ScanParallel(string, Roster.Roster, Codebook.Codebook, RegisterScanOptions, Func{RegisterPersonHandler}, Action?)"/> with an explicit number of chunks (1 = sequential).</summary>
    internal static RegisterScanResult ScanParallel(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        Func<RegisterPersonHandler> createHandler,
        Action? restart,
        int? chunks
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(createHandler);

        using var reader = DelimitedReader.Open(path);
        var plan = WidePlan.Create(reader, path, options, codebook);
        long dataStart = reader.NextRecordOffset;
        int count = chunks ?? FileChunks.DefaultCount(new FileInfo(path).Length - dataStart);
        var ranges = count > 1 ? FileChunks.Split(path, dataStart, count) : [];
        if (ranges.Count > 1)
        {
            var scanners = TryScanChunks(path, roster, codebook, options, createHandler, reader, plan, ranges);
            if (scanners is not null)
            {
                var counts = new WideScanCounts();
                var unknown = new UnknownCodeTally();
                long lineOffset = reader.LinesConsumed;
                foreach (var s in scanners)
                {
                    counts.Add(s.Counts);
                    unknown.MergeFrom(s.Unknown, lineOffset);
                    lineOffset += s.LinesConsumed;
                }
                return Finish(plan, roster, options, path, counts, unknown);
            }
            restart?.Invoke();
        }
        var sequential = new WideRowScanner(plan, roster, codebook, options, new long[roster.Count], null, 0);
        sequential.Run(reader, createHandler(), null);
        return Finish(plan, roster, options, path, sequential.Counts, sequential.Unknown);
    }

    private static WideRowScanner[]? TryScanChunks(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        Func<RegisterPersonHandler> createHandler,
        DelimitedReader header,
        WidePlan plan,
        IReadOnlyList<(long Start, long Length)> ranges
    )
    {
        var stop = new StopSignal();
        var owner = new int[roster.Count];
        var scanners = new WideRowScanner[ranges.Count];
        try
        {
            Parallel.For(
                0,
                ranges.Count,
                new ParallelOptions { MaxDegreeOfParallelism = FileChunks.Workers(ranges.Count) },
                c =>
                {
                    if (stop.IsSet)
                    {
                        return;
                    }
                    using var chunk = DelimitedReader.OpenRange(path, header, ranges[c].Start, ranges[c].Length);
                    var scanner = new WideRowScanner(plan, roster, codebook, options, null, owner, c + 1);
                    scanners[c] = scanner;
                    try
                    {
                        scanner.Run(chunk, createHandler(), stop);
                    }
                    catch (InputException)
                    {
                        stop.Set();
                    }
                    scanner.LinesConsumed = chunk.LinesConsumed;
                }
            );
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        if (stop.IsSet)
        {
            return null;
        }
        // Claims are plain stores, so two chunks may both have taken a person they read as unclaimed; then
        // they matched more persons than the shared array holds, and only the sequential scan is exact.
        long matched = 0;
        foreach (var s in scanners)
        {
            matched += s.Counts.Matched;
        }
        long claimed = owner.Length - owner.AsSpan().Count(0);
        return matched == claimed ? scanners : null;
    }

    private static RegisterScanResult Finish(
        WidePlan plan,
        Roster.Roster roster,
        RegisterScanOptions options,
        string path,
        WideScanCounts counts,
        UnknownCodeTally unknown
    )
    {
        if (unknown.Total > 0 && options.UnknownCodes == UnknownCodePolicy.Error)
        {
            throw unknown.ToException(path);
        }
        return new RegisterScanResult(
            plan.Layout,
            counts.Rows,
            counts.Matched,
            roster.Count - counts.Matched,
            counts.RegisterOnly,
            counts.Duplicates,
            unknown.ToList(),
            options.UnknownCodes
        );
    }

    /// <summary>Precomputed spreading of each <c>grad_YYYY_MM</c> column over the extract's week offsets.</summary>
    internal sealed class GradPlan
    {
        private GradPlan(int[] columns, int[][] offsets, double[] hoursPerWeekAtFullTime)
        {
            Columns = columns;
            Offsets = offsets;
            HoursPerWeekAtFullTime = hoursPerWeekAtFullTime;
        }

        public int[] Columns { get; }

        private int[][] Offsets { get; }

        private double[] HoursPerWeekAtFullTime { get; }

        public static GradPlan Create(RegisterLayout layout, double fullTimeMonthlyHours)
        {
            if (!double.IsFinite(fullTimeMonthlyHours) || fullTimeMonthlyHours <= 0)
            {
                throw new InputException("full-time monthly hours must be a positive number");
            }
            int n = layout.GradColumnIndices.Length;
            var offsets = new int[n][];
            var perWeek = new double[n];
            for (int g = 0; g < n; g++)
            {
                var monthWeeks = layout.GradMonthArray[g].IsoWeeks();
                perWeek[g] = fullTimeMonthlyHours / monthWeeks.Count;
                offsets[g] = [.. monthWeeks.Where(layout.Contains).Select(w => w - layout.FirstWeek)];
            }
            return new GradPlan(layout.GradColumnIndices, offsets, perWeek);
        }

        public void Fill(DelimitedReader reader, float[] hours)
        {
            Array.Clear(hours);
            for (int g = 0; g < Columns.Length; g++)
            {
                var cell = reader[Columns[g]];
                if (cell.IsEmpty || cell.IsWhiteSpace() || Offsets[g].Length == 0)
                {
                    continue;
                }
                if (!DelimitedNumbers.TryParseDouble(cell, reader.Delimiter, out double degree))
                {
                    throw reader.Error("employment degree (grad) is not a number", Columns[g] + 1);
                }
                if (!double.IsFinite(degree) || degree < 0)
                {
                    throw reader.Error("employment degree (grad) must be a finite number >= 0", Columns[g] + 1);
                }
                double weekly = degree * HoursPerWeekAtFullTime[g];
                if (weekly > MaxWeeklyHours)
                {
                    throw reader.Error("employment degree (grad) gives more than 168 hours a week", Columns[g] + 1);
                }
                foreach (int k in Offsets[g])
                {
                    hours[k] = (float)weekly;
                }
            }
        }
    }
}
