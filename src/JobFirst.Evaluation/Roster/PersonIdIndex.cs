using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace JobFirst.Evaluation.Roster;

/// <summary>
/// Person id → roster index: an open-addressing hash table (linear probing, at most half full) whose
/// 4-byte slots hold the index and spare hash bits, so one hash serves both the rejection of absent ids
/// and the probe, and only a slot whose bits match compares the id itself. Lookups take the id as
/// UTF-16 characters or, for the register's plain rows, straight as its ASCII bytes; both find exactly
/// what an ordinal <see cref="Dictionary{TKey, TValue}"/> of the ids finds, without allocating.
/// </summary>
/// <remarks>
/// An id of ASCII characters hashes its bytes (the characters narrowed), so the byte and the character
/// lookup of one id probe the same slots; ids with other characters, or longer than
/// <see cref="MaxAsciiLength"/>, hash their UTF-16 code units under another seed and are found by the
/// character lookup only (the byte lookup reports them as <see cref="NotAscii"/>).
/// </remarks>
internal sealed class PersonIdIndex
{
    /// <summary>Returned by <see cref="IndexOfAscii"/> for an id it cannot look up (a byte ≥ 0x80, or too long).</summary>
    public const int NotAscii = -2;

    /// <summary>Longest id (in bytes) the byte lookup handles; longer ids take the character lookup.</summary>
    public const int MaxAsciiLength = 256;

    private const ulong AsciiSeed = 0x9E3779B97F4A7C15UL;
    private const ulong Utf16Seed = 0xD6E8FEB86659FD93UL;
    private const ulong K1 = 0xA0761D6478BD642FUL;
    private const ulong K2 = 0xE7037ED1A0B428DBUL;

    private string[] _ids;
    private uint[] _slots = [];
    private int _slotMask;
    private uint _indexMask;

    /// <summary>An empty index sized for about <paramref name="capacity"/> ids (it grows as needed).</summary>
    public PersonIdIndex(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _ids = new string[Math.Max(4, capacity)];
        Resize(SlotsFor(capacity));
    }

    /// <summary>Number of ids; the next id added gets this index.</summary>
    public int Count { get; private set; }

    /// <summary>The id of roster index <paramref name="index"/>.</summary>
    public string this[int index] =>
        (uint)index < (uint)Count ? _ids[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Adds <paramref name="id"/> with index <see cref="Count"/>; false (and the index it already has in
    /// <paramref name="existing"/>) when the id is present.
    /// </summary>
    public bool TryAdd(string id, out int existing)
    {
        ArgumentNullException.ThrowIfNull(id);
        existing = IndexOf(id);
        if (existing >= 0)
        {
            return false;
        }
        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }
        if (2L * (Count + 1) > _slots.Length)
        {
            Resize(_slots.Length * 2);
        }
        _ids[Count] = id;
        Insert(Hash(id), Count);
        Count++;
        return true;
    }

    /// <summary>The index of <paramref name="id"/> (exact, ordinal match), or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexOf(ReadOnlySpan<char> id)
    {
        ulong h = Hash(id);
        uint tag = (uint)(h >> 32) & ~_indexMask;
        var slots = _slots;
        int position = (int)h & _slotMask;
        while (true)
        {
            uint slot = slots[position];
            if (slot == 0)
            {
                return -1;
            }
            if ((slot & ~_indexMask) == tag)
            {
                int index = (int)(slot & _indexMask) - 1;
                if (id.SequenceEqual(_ids[index]))
                {
                    return index;
                }
            }
            position = (position + 1) & _slotMask;
        }
    }

    /// <summary>
    /// The index of the id whose UTF-8 bytes are <paramref name="id"/>, or −1 when absent, for ids of at most
    /// <see cref="MaxAsciiLength"/> ASCII bytes; <see cref="NotAscii"/> for any other id (look it up as characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexOfAscii(ReadOnlySpan<byte> id)
    {
        if (id.Length > MaxAsciiLength)
        {
            return NotAscii;
        }
        ulong h = HashBytes(id, AsciiSeed, out ulong highBits);
        if ((highBits & 0x8080808080808080UL) != 0)
        {
            return NotAscii;
        }
        uint tag = (uint)(h >> 32) & ~_indexMask;
        var slots = _slots;
        int position = (int)h & _slotMask;
        while (true)
        {
            uint slot = slots[position];
            if (slot == 0)
            {
                return -1;
            }
            if ((slot & ~_indexMask) == tag)
            {
                int index = (int)(slot & _indexMask) - 1;
                string candidate = _ids[index];
                if (candidate.Length == id.Length && Ascii.Equals(id, candidate))
                {
                    return index;
                }
            }
            position = (position + 1) & _slotMask;
        }
    }

    /// <summary>
    /// Starts loading the slot where the lookup of the ASCII id <paramref name="id"/> will begin (a hint, no
    /// effect on results): a scan that knows the next row's id while it still decodes the current row hides
    /// the cache miss of a table larger than the cache.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<byte> id)
    {
        if (!Sse.IsSupported || id.Length > 16)
        {
            return;
        }
        ulong h = HashBytes(id, AsciiSeed, out _);
        fixed (uint* slot = &_slots[(int)h & _slotMask])
        {
            Sse.Prefetch0(slot);
        }
    }

    private static int SlotsFor(int count) =>
        (int)Math.Min(1L << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, count)) * 2L);

    private void Resize(int slotCount)
    {
        if (slotCount > 1 << 30)
        {
            throw new InvalidOperationException("More than 2^29 person ids.");
        }
        _slots = new uint[slotCount];
        _slotMask = slotCount - 1;
        // Slot = (hash bits above the index) | (index + 1); 0 marks an empty slot. At most half the
        // slots are used, so index + 1 fits in log2(slotCount) bits and the rest of the slot checks hash bits.
        int indexBits = BitOperations.Log2((uint)slotCount);
        _indexMask = (uint)((1UL << indexBits) - 1);
        for (int i = 0; i < Count; i++)
        {
            Insert(Hash(_ids[i]), i);
        }
    }

    private void Insert(ulong h, int index)
    {
        uint tag = (uint)(h >> 32) & ~_indexMask;
        int position = (int)h & _slotMask;
        while (_slots[position] != 0)
        {
            position = (position + 1) & _slotMask;
        }
        _slots[position] = tag | (uint)(index + 1);
    }

    private static ulong Hash(ReadOnlySpan<char> id)
    {
        if (id.Length <= MaxAsciiLength)
        {
            // Short ids (the usual case) narrow into a small buffer: stackalloc zero-fills it.
            Span<byte> narrow = id.Length <= 32 ? stackalloc byte[32] : stackalloc byte[MaxAsciiLength];
            if (Ascii.FromUtf16(id, narrow, out int written) == System.Buffers.OperationStatus.Done)
            {
                return HashBytes(narrow[..written], AsciiSeed, out _);
            }
        }
        return HashBytes(MemoryMarshal.AsBytes(id), Utf16Seed, out _);
    }

    /// <summary>A 64-bit hash of <paramref name="s"/> (multiply-fold of its words); <paramref name="or"/> is the OR of every byte, for an ASCII check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashBytes(ReadOnlySpan<byte> s, ulong seed, out ulong or)
    {
        ref byte p = ref MemoryMarshal.GetReference(s);
        int n = s.Length;
        ulong a;
        ulong b;
        ulong h = seed;
        if (n <= 16)
        {
            if (n >= 8)
            {
                a = Unsafe.ReadUnaligned<ulong>(ref p);
                b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, n - 8));
            }
            else if (n >= 4)
            {
                a = Unsafe.ReadUnaligned<uint>(ref p);
                b = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, n - 4));
            }
            else if (n > 0)
            {
                a = ((ulong)p << 16) | ((ulong)Unsafe.Add(ref p, n >> 1) << 8) | Unsafe.Add(ref p, n - 1);
                b = 0;
            }
            else
            {
                a = 0;
                b = 0;
            }
            or = a | b;
        }
        else
        {
            or = 0;
            int i = 0;
            for (; n - i > 16; i += 16)
            {
                ulong x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i));
                ulong y = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 8));
                or |= x | y;
                h = Fold(x ^ K1, y ^ h);
            }
            a = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, n - 16));
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, n - 8));
            or |= a | b;
        }
        return Fold(a ^ K1 ^ (ulong)n, b ^ h ^ K2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong x, ulong y)
    {
        ulong high = Math.BigMul(x, y, out ulong low);
        return high ^ low;
    }
}
