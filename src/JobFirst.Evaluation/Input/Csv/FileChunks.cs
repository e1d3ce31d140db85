namespace JobFirst.Evaluation.Input.Csv;

/// <summary>
/// Splits the data part of a delimited file into byte ranges that start just after a line break, so
/// that each range can be parsed by its own <see cref="DelimitedReader"/> on its own core.
/// </summary>
/// <remarks>
/// A split is taken at the first <c>\n</c> at or after an equal-size cut, without knowing whether that
/// line break lies inside a quoted field. The chunk before a wrong split then ends inside an open quote,
/// which its reader reports as an error; the parallel readers treat any chunk error by re-reading the
/// file sequentially, so a wrong split can cost time but never change a result.
/// </remarks>
internal static class FileChunks
{
    /// <summary>Below this many data bytes a file is read in one chunk.</summary>
    public const long MinParallelBytes = 4L << 20;

    private const long TargetChunkBytes = 16L << 20;

    /// <summary>
    /// How many chunks to cut <paramref name="dataBytes"/> bytes into: one for small files, else enough
    /// that the workers balance when the cores are shared (up to 4 per core).
    /// </summary>
    public static int DefaultCount(long dataBytes)
    {
        if (dataBytes < MinParallelBytes || Environment.ProcessorCount < 2)
        {
            return 1;
        }
        long byTarget = Math.Max(2, dataBytes / TargetChunkBytes);
        return (int)Math.Min(byTarget, 4L * Environment.ProcessorCount);
    }

    /// <summary>The degree of parallelism for <paramref name="chunks"/> chunks.</summary>
    public static int Workers(int chunks) => Math.Max(1, Math.Min(chunks, Environment.ProcessorCount));

    /// <summary>
    /// Cuts [<paramref name="dataStart"/>, end of file) into at most <paramref name="count"/> non-empty
    /// ranges, each (but the first) starting just after a <c>\n</c>.
    /// </summary>
    public static IReadOnlyList<(long Start, long Length)> Split(string path, long dataStart, int count)
    {
        ArgumentNullException.ThrowIfNull(path);
        long end = new FileInfo(path).Length;
        if (count <= 1 || end - dataStart < 2)
        {
            return [(dataStart, Math.Max(0, end - dataStart))];
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var buffer = new byte[1 << 16];
        var starts = new List<long> { dataStart };
        for (int i = 1; i < count; i++)
        {
            long cut = dataStart + (end - dataStart) * i / count;
            long boundary = NextLineStart(stream, buffer, Math.Max(cut, starts[^1]), end);
            if (boundary < end && boundary > starts[^1])
            {
                starts.Add(boundary);
            }
        }
        var ranges = new List<(long, long)>(starts.Count);
        for (int i = 0; i < starts.Count; i++)
        {
            long stop = i + 1 < starts.Count ? starts[i + 1] : end;
            ranges.Add((starts[i], stop - starts[i]));
        }
        return ranges;
    }

    private static long NextLineStart(FileStream stream, byte[] buffer, long from, long end)
    {
        stream.Seek(from, SeekOrigin.Begin);
        long position = from;
        while (position < end)
        {
            int n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, end - position));
            if (n == 0)
            {
                break;
            }
            int k = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (k >= 0)
            {
                return position + k + 1;
            }
            position += n;
        }
        return end;
    }
}
