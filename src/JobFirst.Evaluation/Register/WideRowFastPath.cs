using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Maps a plain wide-register row (no quotes; week cells empty or 1–4 ASCII digits; every code known;
/// exactly as many fields as the header) straight from its UTF-8 bytes to week categories, or declines
/// (returns false) and leaves the row to the general decode-and-tokenise path, which alone reports
/// ragged rows, odd cells and unknown codes. One instance per scanner (it owns scratch buffers).
/// </summary>
/// <remarks>
/// <para>
/// Three passes over a row, none of which branches per field on the data:
/// (1) the delimiters of 64 bytes at a time become a bit mask (one vector compare), walked by
/// trailing-zero count into two dense arrays: each field's end offset and the four bytes before it
/// (one unaligned word read); (2) whole vectors of fields at a time (<see cref="Vector{T}"/> lanes):
/// the field length is the distance between consecutive ends, the bytes before the field are masked
/// off the word so the digits are right-aligned, every kept byte must be a digit (a non-digit or a
/// field longer than four bytes in a week column marks the row bad), and the code comes out of two
/// multiplies (SWAR: digit pairs, then pair·100 + pair); an empty field sets bit 15 instead;
/// (3) one read of <see cref="FieldTable"/> per week (64 K entries, so every index pass 2 can produce
/// is in range) stores the category. A bad row is declined; a code that is unknown or whose category
/// varies within the extract (table bytes 254, 255) hands the whole row to <see cref="TryMapScalar"/>,
/// the byte-at-a-time reference, which asks the codebook week by week or declines.
/// </para>
/// <para>
/// The vector methods are compiled fully optimised at once (<c>AggressiveOptimization</c>): a scan
/// runs them millions of times from its first row, and their unoptimised first tier is many times
/// slower than the scalar code, which made a process's first scan (the one <c>Study.Load</c> does) slow.
/// </para>
/// <para>
/// Rows shorter than one 64-byte block and machines without vector hardware take
/// <see cref="TryMapScalar"/>; tests check that both accept exactly the same rows with the same result.
/// </para>
/// </remarks>
internal sealed class WideRowFastPath
{
    /// <summary>Length of <see cref="FieldTable"/>: every value of (15-bit SWAR code | empty bit).</summary>
    public const int FieldTableLength = 1 << 16;

    private const int EmptyCell = 1 << 15;
    private const int Block = 64;

    // Slack behind the dense arrays: pass 1 writes up to 7 entries past the last field of a block
    // (unconditional unrolled writes) and pass 2 reads whole vectors.
    private const int Slack = 64;

    private readonly int[] _columnWeek;
    private readonly int[] _weekColumns;
    private readonly byte[] _fieldTable;
    private readonly uint[] _weekLane;
    private readonly int _fields;
    private readonly int _contiguousFrom;

    // _ends[0] is a sentinel −1 (a virtual delimiter before the row); field c ends at _ends[c + 1].
    private readonly int[] _ends;
    private readonly uint[] _words;
    private readonly uint[] _codes;

    /// <param name="columnWeek">Per column, its week offset or −1 (see <see cref="WidePlan.ColumnWeek"/>).</param>
    /// <param name="weekColumns">Per week offset, its column (the inverse of <paramref name="columnWeek"/>).</param>
    /// <param name="fieldTable">From <see cref="FieldTable"/>.</param>
    public WideRowFastPath(int[] columnWeek, int[] weekColumns, byte[] fieldTable)
    {
        ArgumentNullException.ThrowIfNull(columnWeek);
        ArgumentNullException.ThrowIfNull(weekColumns);
        ArgumentNullException.ThrowIfNull(fieldTable);
        if (fieldTable.Length != FieldTableLength)
        {
            throw new ArgumentException("not a field table", nameof(fieldTable));
        }
        for (int k = 0; k < weekColumns.Length; k++)
        {
            if ((uint)weekColumns[k] >= (uint)columnWeek.Length || columnWeek[weekColumns[k]] != k)
            {
                throw new ArgumentException("week columns do not invert columnWeek", nameof(weekColumns));
            }
        }
        _columnWeek = columnWeek;
        _weekColumns = weekColumns;
        _fieldTable = fieldTable;
        _fields = columnWeek.Length;
        _contiguousFrom = weekColumns.Length > 0 ? weekColumns[0] : -1;
        for (int k = 1; k < weekColumns.Length; k++)
        {
            if (weekColumns[k] != weekColumns[0] + k)
            {
                _contiguousFrom = -1;
            }
        }
        _weekLane = new uint[_fields + Slack];
        for (int c = 0; c < _fields; c++)
        {
            _weekLane[c] = columnWeek[c] >= 0 ? uint.MaxValue : 0;
        }
        _ends = new int[_fields + 1 + Slack];
        _ends[0] = -1;
        _words = new uint[_fields + Slack];
        _codes = new uint[_fields + Slack];
    }

    /// <summary>
    /// Per field index (code 0..9999, or <c>0x8000</c> for an empty cell): the category byte of
    /// <paramref name="codeCategories"/> (see <see cref="Codebook.Codebook.CategoriesThroughout"/>), the
    /// self-support category for the empty cell, and <see cref="Codebook.Codebook.UnknownThroughout"/>
    /// for indices no valid cell produces.
    /// </summary>
    public static byte[] FieldTable(byte[] codeCategories)
    {
        ArgumentNullException.ThrowIfNull(codeCategories);
        var table = new byte[FieldTableLength];
        Array.Fill(table, Codebook.Codebook.UnknownThroughout);
        codeCategories.AsSpan(0, Math.Min(codeCategories.Length, EmptyCell)).CopyTo(table);
        table[EmptyCell] = (byte)BenefitCategory.SelfSupport;
        if (table.Any(b => b >= 128 && b < Codebook.Codebook.VariesWithin))
        {
            throw new InvalidOperationException("categories must be below 128 for the fast path's check");
        }
        return table;
    }

    /// <summary>
    /// Maps <paramref name="row"/> (raw bytes of an unquoted record without its line end) into
    /// <paramref name="categories"/> (one per week offset), or returns false for anything the general
    /// path must handle. <paramref name="categories"/> may be partly overwritten on false.
    /// </summary>
    /// <param name="row">The record's bytes.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="codebook">Asked per week for codes whose category varies within the extract.</param>
    /// <param name="weeks">The ISO week of each week offset.</param>
    /// <param name="categories">Output, one per week offset (as many as the week columns).</param>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public bool TryMap(
        ReadOnlySpan<byte> row,
        byte delimiter,
        Codebook.Codebook codebook,
        IsoWeek[] weeks,
        BenefitCategory[] categories
    )
    {
        if (categories.Length != _weekColumns.Length)
        {
            throw new ArgumentException("one category per week column expected", nameof(categories));
        }
        if (row.Length < Block || !Vector128.IsHardwareAccelerated || !Vector.IsHardwareAccelerated)
        {
            return TryMapScalar(row, delimiter, _columnWeek, codebook, _fieldTable, weeks, categories);
        }
        bool parsed =
            Avx512Vbmi2.IsSupported && Avx512Vbmi.IsSupported
                ? FindAndParseAvx512(row, delimiter)
                : FindFields(row, delimiter) && ParseFields();
        if (!parsed)
        {
            return false;
        }
        // Pass 3. Unchecked reads are safe: weekColumns[k] < _fields (checked in the constructor), and
        // pass 2 accepted every week field as 0–4 digits, so its code is at most 9999 or 0x8000 (empty),
        // inside the table.
        ref uint codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        ref byte table = ref MemoryMarshal.GetArrayDataReference(_fieldTable);
        ref byte output = ref Unsafe.As<BenefitCategory, byte>(ref MemoryMarshal.GetArrayDataReference(categories));
        uint special = 0;
        if (_contiguousFrom >= 0)
        {
            // The usual layout: the weeks are consecutive columns in week order (no column lookup).
            ref uint weekCodes = ref Unsafe.Add(ref codes, _contiguousFrom);
            int k = 0;
            for (; k + 4 <= categories.Length; k += 4)
            {
                uint c0 = Unsafe.Add(ref table, Unsafe.Add(ref weekCodes, k));
                uint c1 = Unsafe.Add(ref table, Unsafe.Add(ref weekCodes, k + 1));
                uint c2 = Unsafe.Add(ref table, Unsafe.Add(ref weekCodes, k + 2));
                uint c3 = Unsafe.Add(ref table, Unsafe.Add(ref weekCodes, k + 3));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, k), c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
                special |= c0 | c1 | c2 | c3;
            }
            for (; k < categories.Length; k++)
            {
                uint category = Unsafe.Add(ref table, Unsafe.Add(ref weekCodes, k));
                Unsafe.Add(ref output, k) = (byte)category;
                special |= category;
            }
        }
        else
        {
            ref int weekColumns = ref MemoryMarshal.GetArrayDataReference(_weekColumns);
            for (int k = 0; k < categories.Length; k++)
            {
                uint category = Unsafe.Add(ref table, Unsafe.Add(ref codes, Unsafe.Add(ref weekColumns, k)));
                Unsafe.Add(ref output, k) = (byte)category;
                special |= category;
            }
        }
        // Table bytes 254 (varies within the extract) and 255 (unknown) are the only ones with bit 7
        // set (categories are below 128, checked by FieldTable).
        return special < 128 || TryMapScalar(row, delimiter, _columnWeek, codebook, _fieldTable, weeks, categories);
    }

    /// <summary>
    /// Pass 1: the end offset of every field and the word of the four bytes before it, into
    /// <c>_ends[1..]</c> and <c>_words</c>; false unless the row has exactly <c>_fields</c> fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private bool FindFields(ReadOnlySpan<byte> row, byte delimiter)
    {
        ref byte r0 = ref MemoryMarshal.GetReference(row);
        ref int ends = ref MemoryMarshal.GetArrayDataReference(_ends);
        ends = ref Unsafe.Add(ref ends, 1);
        ref uint words = ref MemoryMarshal.GetArrayDataReference(_words);
        int n = row.Length;
        int fields = _fields;
        int w = 0;

        // Block 0: a field ending in the first four bytes takes the row's first word shifted up (so
        // nothing before the row is read); the field is then at most `end` bytes long, all in the word.
        ulong mask = DelimiterMask(ref r0, delimiter);
        if (BitOperations.PopCount(mask) >= fields)
        {
            return false;
        }
        while (mask != 0)
        {
            int end = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            Unsafe.Add(ref ends, w) = end;
            Unsafe.Add(ref words, w) =
                end >= 4
                    ? Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r0, end - 4))
                    : (uint)((ulong)Unsafe.ReadUnaligned<uint>(ref r0) << (8 * (4 - end)));
            w++;
        }

        // Middle blocks: eight fields per round written unconditionally, `count` of them kept. For the
        // rounds' surplus, tzcnt(0) = 64 gives end = block + 64 <= n, so its word read stays in the row;
        // the surplus entries are overwritten by the next block's (the arrays have Slack behind them).
        int block = Block;
        for (; block + Block <= n; block += Block)
        {
            mask = DelimiterMask(ref Unsafe.Add(ref r0, block), delimiter);
            int count = BitOperations.PopCount(mask);
            if (w + count >= fields)
            {
                // The last field has no delimiter, so w + count must stay below the field count.
                return false;
            }
            int i = 0;
            do
            {
                for (int u = 0; u < 8; u++)
                {
                    int end = block + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    Unsafe.Add(ref ends, w + i + u) = end;
                    Unsafe.Add(ref words, w + i + u) = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r0, end - 4));
                }
                i += 8;
            } while (i < count);
            w += count;
        }

        return FinishFields(ref r0, n, block, w, delimiter);
    }

    /// <summary>The fields ending in the final partial block [<paramref name="block"/>, n) and the last field; false unless the count is right.</summary>
    private bool FinishFields(ref byte r0, int n, int block, int w, byte delimiter)
    {
        ref int ends = ref MemoryMarshal.GetArrayDataReference(_ends);
        ends = ref Unsafe.Add(ref ends, 1);
        ref uint words = ref MemoryMarshal.GetArrayDataReference(_words);
        int fields = _fields;
        // The final partial block: the row's last 64 bytes with the bits already seen shifted out.
        int rest = n - block;
        ulong mask = rest == 0 ? 0 : DelimiterMask(ref Unsafe.Add(ref r0, n - Block), delimiter) >> (Block - rest);
        if (w + BitOperations.PopCount(mask) + 1 != fields)
        {
            return false;
        }
        while (mask != 0)
        {
            int end = block + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            Unsafe.Add(ref ends, w) = end;
            Unsafe.Add(ref words, w) = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r0, end - 4));
            w++;
        }
        // The last field ends at the row's end.
        Unsafe.Add(ref ends, w) = n;
        Unsafe.Add(ref words, w) = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r0, n - 4));
        return true;
    }

    /// <summary>
    /// Pass 2: per field, its table index (code, or bit 15 for an empty field) into <c>_codes</c>;
    /// false when a week field is longer than four bytes or holds a byte that is not a digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private bool ParseFields()
    {
        ref int ends = ref MemoryMarshal.GetArrayDataReference(_ends);
        ref uint words = ref MemoryMarshal.GetArrayDataReference(_words);
        ref uint weekLane = ref MemoryMarshal.GetArrayDataReference(_weekLane);
        ref uint codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        var bytePlaces = new Vector<uint>(0x0302_0100u);
        var four = new Vector<uint>(4);
        var five = new Vector<uint>(5);
        var zeros = new Vector<uint>(0x3030_3030u);
        var nine = new Vector<byte>(9);
        var pairMask = new Vector<uint>(0x00FF_00FFu);
        var pairWeights = new Vector<uint>(0x0064_0001u);
        var emptyBit = new Vector<uint>(EmptyCell);
        var bad = Vector<uint>.Zero;
        // Lanes past the last field read stale entries of earlier rows (or zeros); their week lane is 0.
        for (int c = 0; c < _fields; c += Vector<uint>.Count)
        {
            var end = Vector.AsVectorUInt32(Vector.LoadUnsafe(ref Unsafe.Add(ref ends, c + 1)));
            var previous = Vector.AsVectorUInt32(Vector.LoadUnsafe(ref Unsafe.Add(ref ends, c)));
            var week = Vector.LoadUnsafe(ref Unsafe.Add(ref weekLane, c));
            var length = end - previous - Vector<uint>.One;
            // Byte j of a field's word (j = 0 oldest, 3 just before the delimiter) is the field's
            // when length + j >= 4; lengths are capped at 5 so the per-byte sums cannot carry.
            var places = Vector.Min(length, five) * new Vector<uint>(0x0101_0101u) + bytePlaces;
            var keep =
                Vector.AsVectorUInt32(Vector.GreaterThan(Vector.AsVectorByte(places), new Vector<byte>(3))) & week;
            var y = Vector.LoadUnsafe(ref Unsafe.Add(ref words, c)) & keep;
            // Digits as 0..9 per kept byte (the other bytes are 0); a non-digit wraps to > 9.
            var digits = Vector.AsVectorUInt32(Vector.AsVectorByte(y) - Vector.AsVectorByte(zeros & keep));
            bad |= Vector.AsVectorUInt32(Vector.GreaterThan(Vector.AsVectorByte(digits), nine));
            bad |= Vector.GreaterThan(length, four) & week;
            // d0 d1 d2 d3 (d0 = thousands): pairs d0·10+d1, d2·10+d3 in bytes 0 and 2; then
            // pair0·100 + pair2 in bits 16..31 of one multiply (at most 255·100 + 255 < 2^15).
            var pairs = (digits * new Vector<uint>(10) + Vector.ShiftRightLogical(digits, 8)) & pairMask;
            var code = Vector.ShiftRightLogical(pairs * pairWeights, 16);
            code |= Vector.Equals(length, Vector<uint>.Zero) & emptyBit;
            code.StoreUnsafe(ref Unsafe.Add(ref codes, c));
        }
        return bad == Vector<uint>.Zero;
    }

    /// <summary>
    /// Passes 1 and 2 in one with AVX-512 VBMI2, 16 fields per step and nothing stored but the codes:
    /// the delimiter offsets of a 64-byte block are compressed into consecutive bytes
    /// (<c>vpcompressb</c>) and widened 16 at a time; the previous end of each is the lane before it
    /// (the first lane's is carried over from the previous step); each end's four preceding bytes come
    /// from the block and the one before it by one byte permute (<c>vpermi2b</c>); and the code by
    /// two multiply-adds. The row's final partial block is permuted down into a zero-padded vector with a
    /// virtual delimiter at the row's end, so the last field goes the same way; block 0 pairs with a
    /// zero block (the bytes "before the row" are zero, which the mask drops anyway). Same codes and
    /// the same verdict as <see cref="FindFields"/> + <see cref="ParseFields"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private bool FindAndParseAvx512(ReadOnlySpan<byte> row, byte delimiter)
    {
        ref byte r0 = ref MemoryMarshal.GetReference(row);
        ref uint weekLane = ref MemoryMarshal.GetArrayDataReference(_weekLane);
        ref uint codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        int n = row.Length;
        int fields = _fields;
        int w = 0;
        var delimiters = Vector512.Create(delimiter);
        var offsets = Vector512<byte>.Indices;
        var lanes = Vector512<uint>.Indices;
        // Byte j of an end's permute index: 64 + end − 4 + j, i.e. end + 0x3C + j in [block before | block];
        // the shuffle copies byte 0 of every 32-bit lane (the end offset, < 64) into its four bytes.
        var wordIndex = Vector512.Create(0x3F3E_3D3Cu).AsByte();
        var lane = Vector128.Create(0x0000_0000u, 0x0404_0404u, 0x0808_0808u, 0x0C0C_0C0Cu);
        var spread = Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane)).AsByte();
        var fifteen = Vector512.Create(15u);
        var four = Vector512.Create(4u);
        var zeros = Vector512.Create(0x3030_3030u);
        var digitWeights = Vector512.Create(0x010A_010Au).AsSByte();
        var pairWeights = Vector512.Create(0x0001_0064u).AsInt16();
        var emptyBit = Vector512.Create((uint)EmptyCell);
        var maxDigit = Vector512<byte>.Zero;
        var maxLength = Vector512<uint>.Zero;
        var previous = Vector512<byte>.Zero;
        // The end of the field before the current one, relative to the current block (−1: the row start).
        var carry = Vector512.Create(uint.MaxValue);
        for (int block = 0; block <= n; block += Block)
        {
            Vector512<byte> current;
            Vector512<byte> isDelimiter;
            if (block + Block <= n)
            {
                current = Vector512.LoadUnsafe(ref r0, (nuint)block);
                isDelimiter = Vector512.Equals(current, delimiters);
            }
            else
            {
                // The final partial block, moved down from the row's last 64 bytes by a byte permute
                // (no call in the loop, so the constants stay in registers), zero past the row's end.
                var rest = Vector512.Create((byte)(n - block));
                current =
                    Avx512Vbmi.PermuteVar64x8(Vector512.LoadUnsafe(ref r0, (nuint)(n - Block)), offsets - rest)
                    & Vector512.LessThan(offsets, rest);
                isDelimiter = Vector512.Equals(current, delimiters) | Vector512.Equals(offsets, rest);
            }
            int count = BitOperations.PopCount(isDelimiter.ExtractMostSignificantBits());
            if (w + count > fields)
            {
                return false;
            }
            var packed = Avx512Vbmi2.Compress(Vector512<byte>.Zero, isDelimiter, offsets).AsUInt32();
            var lastEnd = Vector512<uint>.Zero;
            for (int g = 0; g < count; g += 16)
            {
                var end = Avx512F.ConvertToVector512Int32(packed.AsByte().GetLower().GetLower()).AsUInt32();
                var length = end - Avx512F.AlignRight32(end, carry, 15) - Vector512<uint>.One;
                carry = Avx512F.PermuteVar16x32(end, fifteen);
                lastEnd = end;
                // Lanes past this block's last field belong to no field; the next step overwrites their codes.
                var week =
                    Vector512.LoadUnsafe(ref Unsafe.Add(ref weekLane, w + g))
                    & Vector512.LessThan(lanes, Vector512.Create((uint)(count - g)));
                var index = Avx512BW.Shuffle(end.AsByte(), spread) + wordIndex;
                var word = Avx512Vbmi.PermuteVar64x8x2(previous, index, current).AsUInt32();
                // As in ParseFields: keep the field's bytes (4 − min(length, 4) bytes are not), digits,
                // running maxima checked once per row, digit pairs and the code, the empty bit.
                var missing = four - Vector512.Min(length, four);
                var keep = Avx512F.ShiftLeftLogicalVariable(Vector512<uint>.AllBitsSet, missing << 3) & week;
                var digits = (word & keep).AsByte() - (zeros & keep).AsByte();
                maxDigit = Vector512.Max(maxDigit, digits);
                maxLength = Vector512.Max(maxLength, length & week);
                var pairs = Avx512BW.MultiplyAddAdjacent(digits, digitWeights);
                var code = Avx512BW.MultiplyAddAdjacent(pairs, pairWeights).AsUInt32();
                code |= (missing << 13) & emptyBit;
                code.StoreUnsafe(ref Unsafe.Add(ref codes, w + g));
                packed = Avx512F.AlignRight32(Vector512<uint>.Zero, packed, 4);
            }
            if (count > 0)
            {
                // The carry is the block's last end: lane (count − 1) mod 16 of the last step.
                carry = Avx512F.PermuteVar16x32(lastEnd, Vector512.Create((uint)(count - 1) & 15));
            }
            // Ends are relative to their block: the next block sees them 64 bytes earlier.
            carry -= Vector512.Create((uint)Block);
            w += count;
            previous = current;
        }
        return w == fields
            && Vector512.LessThanOrEqualAll(maxDigit, Vector512.Create((byte)9))
            && Vector512.LessThanOrEqualAll(maxLength, four);
    }

    /// <summary>The byte-at-a-time equivalent of <see cref="TryMap"/> (same rows accepted, same result).</summary>
    public static bool TryMapScalar(
        ReadOnlySpan<byte> row,
        byte delimiter,
        int[] columnWeek,
        Codebook.Codebook codebook,
        byte[] fieldTable,
        IsoWeek[] weeks,
        BenefitCategory[] categories
    )
    {
        ArgumentNullException.ThrowIfNull(columnWeek);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(fieldTable);
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(categories);
        int column = 0;
        int code = 0;
        int digits = 0;
        bool plain = true;
        for (int i = 0; ; i++)
        {
            if (i == row.Length || row[i] == delimiter)
            {
                if (column >= columnWeek.Length)
                {
                    return false;
                }
                int k = columnWeek[column];
                if (k >= 0)
                {
                    if (!plain || digits > 4)
                    {
                        return false;
                    }
                    byte category = fieldTable[digits == 0 ? EmptyCell : code];
                    if (category < Codebook.Codebook.VariesWithin)
                    {
                        categories[k] = (BenefitCategory)category;
                    }
                    else if (
                        category == Codebook.Codebook.VariesWithin
                        && codebook.TryMap(code, weeks[k], out var varying)
                    )
                    {
                        categories[k] = varying;
                    }
                    else
                    {
                        return false;
                    }
                }
                column++;
                if (i == row.Length)
                {
                    break;
                }
                code = 0;
                digits = 0;
                plain = true;
                continue;
            }
            uint d = (uint)(row[i] - (byte)'0');
            if (d <= 9)
            {
                code = code * 10 + (int)d;
                digits++;
            }
            else
            {
                plain = false;
            }
        }
        return column == columnWeek.Length;
    }

    /// <summary>Bit i set when byte i of the 64 at <paramref name="p"/> is the delimiter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DelimiterMask(ref byte p, byte delimiter)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            return Vector512
                .Equals(Vector512.LoadUnsafe(ref p), Vector512.Create(delimiter))
                .ExtractMostSignificantBits();
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var d = Vector256.Create(delimiter);
            ulong lo = Vector256.Equals(Vector256.LoadUnsafe(ref p), d).ExtractMostSignificantBits();
            ulong hi = Vector256.Equals(Vector256.LoadUnsafe(ref p, 32), d).ExtractMostSignificantBits();
            return lo | (hi << 32);
        }
        var v = Vector128.Create(delimiter);
        ulong m0 = Vector128.Equals(Vector128.LoadUnsafe(ref p), v).ExtractMostSignificantBits();
        ulong m1 = Vector128.Equals(Vector128.LoadUnsafe(ref p, 16), v).ExtractMostSignificantBits();
        ulong m2 = Vector128.Equals(Vector128.LoadUnsafe(ref p, 32), v).ExtractMostSignificantBits();
        ulong m3 = Vector128.Equals(Vector128.LoadUnsafe(ref p, 48), v).ExtractMostSignificantBits();
        return m0 | (m1 << 16) | (m2 << 32) | (m3 << 48);
    }
}
