using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// The row loop of a wide-register scan, over a whole file (sequential) or one chunk of it (parallel).
/// </summary>
/// <remarks>
/// Sequentially, repeated rows of a person are found with the first line of each person. In a chunk,
/// persons are claimed in a shared array (plain stores; the driver checks afterwards that no person was
/// claimed by two chunks at once): a repeat within the chunk under
/// <see cref="DuplicateRowPolicy.KeepFirst"/> is counted and skipped exactly as sequentially, but a
/// person claimed by another chunk, or any repeat under <see cref="DuplicateRowPolicy.Error"/>, stops
/// the parallel attempt (the sequential scan decides which row is first and what the error says).
/// </remarks>
internal sealed class WideRowScanner
{
    private readonly WidePlan _plan;
    private readonly Roster.Roster _roster;
    private readonly Codebook.Codebook _codebook;
    private readonly RegisterScanOptions _options;
    private readonly long[]? _firstLine;
    private readonly int[]? _owner;
    private readonly int _chunkTag;
    private readonly BenefitCategory[] _categories;
    private readonly float[] _gradHours;
    private readonly WideRowFastPath _fast;
    private bool _deliver = true;

    public WideRowScanner(
        WidePlan plan,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        long[]? firstLine,
        int[]? owner,
        int chunkTag
    )
    {
        _plan = plan;
        _roster = roster;
        _codebook = codebook;
        _options = options;
        _firstLine = firstLine;
        _owner = owner;
        _chunkTag = chunkTag;
        _categories = new BenefitCategory[plan.Layout.WeekCount];
        _gradHours = plan.Grad.Columns.Length > 0 ? new float[plan.Layout.WeekCount] : [];
        _fast = new WideRowFastPath(plan.ColumnWeek, plan.Layout.WeekColumnIndices, plan.FieldTable);
    }

    public WideScanCounts Counts { get; } = new();

    public UnknownCodeTally Unknown { get; } = new();

    /// <summary>Line breaks in the chunk (set by the parallel driver once the chunk is read).</summary>
    public long LinesConsumed { get; set; }

    public void Run(DelimitedReader reader, RegisterPersonHandler onPerson, StopSignal? stop)
    {
        var layout = _plan.Layout;
        int weekCount = layout.WeekCount;
        int[] weekColumns = layout.WeekColumnIndices;
        int idColumn = layout.IdColumn;
        var weeks = _plan.Weeks;
        var categories = _categories;
        var gradHours = _gradHours;
        var counts = Counts;
        byte delimiter = (byte)reader.Delimiter;
        while (reader.BeginRecord())
        {
            counts.Rows++;
            if (stop is not null && (counts.Rows & 255) == 0 && stop.IsSet)
            {
                return;
            }
            int index =
                idColumn == 0 && !reader.RecordHasQuote
                    ? IndexOfPlainId(reader.RawRecord, delimiter)
                    : PersonIdIndex.NotAscii;
            if (index == PersonIdIndex.NotAscii)
            {
                ReadOnlySpan<char> id;
                if (idColumn == 0)
                {
                    id = reader.PeekFirstField();
                }
                else
                {
                    reader.Tokenize();
                    id = reader[idColumn];
                }
                if (!_roster.TryGetIndex(id.Trim(), out index))
                {
                    index = -1;
                }
            }
            if (index < 0)
            {
                counts.RegisterOnly++;
                continue;
            }
            if (!Claim(reader, index, idColumn, stop))
            {
                if (stop is { IsSet: true })
                {
                    return;
                }
                continue;
            }
            counts.Matched++;
            if (idColumn == 0)
            {
                // The next row is probably a roster row too: start loading its index slot now, so that the
                // miss overlaps this row's decoding instead of stalling the next lookup.
                PrefetchNextId(reader.BufferedAhead, delimiter);
            }
            if (
                gradHours.Length == 0
                && !reader.RecordHasQuote
                && _fast.TryMap(reader.RawRecord, (byte)reader.Delimiter, _codebook, weeks, categories)
            )
            {
                if (_deliver)
                {
                    onPerson(index, categories, gradHours);
                }
                continue;
            }
            reader.Tokenize();
            for (int k = 0; k < weekCount; k++)
            {
                var cell = reader[weekColumns[k]];
                if (cell.IsEmpty)
                {
                    categories[k] = BenefitCategory.SelfSupport;
                }
                else if (_codebook.TryMap(cell, weeks[k], out var category))
                {
                    categories[k] = category;
                }
                else
                {
                    Unknown.Add(cell, reader.Line, weekColumns[k] + 1);
                    categories[k] = BenefitCategory.Other;
                    _deliver &= _options.UnknownCodes == UnknownCodePolicy.MapToOther;
                }
            }
            if (gradHours.Length > 0)
            {
                _plan.Grad.Fill(reader, gradHours);
            }
            if (_deliver)
            {
                onPerson(index, categories, gradHours);
            }
        }
    }

    /// <summary>
    /// The roster index of a plain row's id read straight from its bytes: −1 when absent, or
    /// <see cref="PersonIdIndex.NotAscii"/> when the id must be decoded and trimmed as characters
    /// (empty, a byte ≥ 0x80, or a control or space byte at either end, which <c>Trim</c> might remove).
    /// </summary>
    private int IndexOfPlainId(ReadOnlySpan<byte> record, byte delimiter)
    {
        int length;
        if (Vector128.IsHardwareAccelerated && record.Length >= Vector128<byte>.Count)
        {
            uint hits = Vector128
                .Equals(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(record)), Vector128.Create(delimiter))
                .ExtractMostSignificantBits();
            length = hits != 0 ? BitOperations.TrailingZeroCount(hits) : FieldLength(record, delimiter);
        }
        else
        {
            length = FieldLength(record, delimiter);
        }
        if (length == 0 || record[0] <= (byte)' ' || record[length - 1] <= (byte)' ')
        {
            return PersonIdIndex.NotAscii;
        }
        return _roster.IndexOfAscii(record[..length]);
    }

    private void PrefetchNextId(ReadOnlySpan<byte> ahead, byte delimiter)
    {
        if (Vector128.IsHardwareAccelerated && ahead.Length >= Vector128<byte>.Count)
        {
            uint hits = Vector128
                .Equals(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(ahead)), Vector128.Create(delimiter))
                .ExtractMostSignificantBits();
            if (hits != 0)
            {
                _roster.PrefetchAscii(ahead[..BitOperations.TrailingZeroCount(hits)]);
            }
        }
    }

    private static int FieldLength(ReadOnlySpan<byte> record, byte delimiter)
    {
        int k = record.IndexOf(delimiter);
        return k < 0 ? record.Length : k;
    }

    /// <summary>True when this row is the person's first (deliver it); false to skip a counted repeat.</summary>
    private bool Claim(DelimitedReader reader, int index, int idColumn, StopSignal? stop)
    {
        if (_firstLine is not null)
        {
            if (_firstLine[index] != 0)
            {
                Counts.Duplicates++;
                if (_options.DuplicateRows == DuplicateRowPolicy.Error)
                {
                    throw reader.Error(
                        FormattableString.Invariant(
                            $"a roster person appears in two register rows (lines {_firstLine[index]} and {reader.Line})"
                        ),
                        idColumn + 1
                    );
                }
                return false;
            }
            _firstLine[index] = reader.Line;
            return true;
        }
        // A plain read and store, not an interlocked exchange: two chunks that both find a person unclaimed
        // both count it as matched, which the parallel driver detects afterwards (more matches than claimed
        // persons) and answers with the sequential scan, as for a repeat seen here.
        ref int owner = ref _owner![index];
        int previous = owner;
        if (previous == 0)
        {
            owner = _chunkTag;
            return true;
        }
        if (previous != _chunkTag || _options.DuplicateRows == DuplicateRowPolicy.Error)
        {
            stop!.Set();
            return false;
        }
        Counts.Duplicates++;
        return false;
    }
}
