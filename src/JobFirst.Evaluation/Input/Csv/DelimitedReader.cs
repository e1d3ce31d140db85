using System.Text;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Input.Csv;

/// <summary>
/// A strict, streaming reader of delimited text files (CSV with <c>,</c> or <c>;</c>): the delimiter is
/// detected from the header line, the text is UTF-8 with or without a byte-order mark, lines end in
/// CRLF or LF, fields may be quoted (RFC 4180: <c>""</c> inside a quoted field is one quote, quoted
/// fields may span lines), and every record must have as many fields as the header.
/// </summary>
/// <remarks>
/// <para>
/// The file is scanned as UTF-8 bytes (delimiters, quotes and line breaks are ASCII, so they never
/// occur inside a multi-byte character); a record is decoded to characters only when its fields are
/// needed. Fields are exposed as <see cref="ReadOnlySpan{T}"/> slices of an internal buffer, so reading
/// a record allocates nothing; a span is valid only until the next call to <see cref="BeginRecord"/>.
/// Invalid UTF-8 in a decoded record is an error.
/// </para>
/// <para>
/// Reading is two-phase so that rows can be skipped cheaply: <see cref="BeginRecord"/> only locates
/// the record (a vectorised search for the line end), <see cref="PeekFirstField"/> reads the first
/// field without tokenising, and <see cref="Tokenize"/> splits the record into fields and checks its
/// width. <see cref="ReadRecord"/> does both. Completely empty lines carry no data and are skipped.
/// Errors are <see cref="InputException"/>s naming the file, the 1-based line where the record starts
/// and the 1-based field number; they never quote field contents.
/// </para>
/// </remarks>
public sealed class DelimitedReader : IDisposable
{
    private const int InitialBufferBytes = 1 << 18;
    private const int MaxRecordBytes = 1 << 26;
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    private readonly Stream _stream;
    private readonly string[] _header;
    private byte[] _bytes = new byte[InitialBufferBytes];
    private int _dataEnd;
    private int _position;
    private bool _endOfInput;
    private int _recordStart;
    private int _recordEnd;
    private bool _recordHasQuote;
    private bool _tokenized;
    private char[] _chars = new char[1024];
    private int[] _fieldStarts = new int[16];
    private int[] _fieldLengths = new int[16];
    private int _fieldCount;
    private long _nextLine = 1;
    private readonly byte _delimiterByte;
    private long _bufferFileOffset;
    private long _remaining = long.MaxValue;

    private DelimitedReader(Stream stream, string file)
    {
        _stream = stream;
        File = file;
        SkipByteOrderMark();
        if (!BeginRecord())
        {
            throw new InputException("the file is empty; expected a header line", file);
        }
        Delimiter = DetectDelimiter(_bytes.AsSpan(_recordStart, _recordEnd - _recordStart));
        _delimiterByte = (byte)Delimiter;
        Tokenize();
        _header = new string[_fieldCount];
        for (int i = 0; i < _fieldCount; i++)
        {
            _header[i] = this[i].Trim().ToString();
        }
    }

    // A reader of the byte range [start, start + length) of a file whose header another reader has read:
    // the range starts at a record boundary, holds no header and no byte-order mark, and its lines are
    // numbered from 1 (callers add the lines before the range).
    private DelimitedReader(Stream stream, DelimitedReader headerSource, long length)
    {
        _stream = stream;
        File = headerSource.File;
        Delimiter = headerSource.Delimiter;
        _delimiterByte = headerSource._delimiterByte;
        _header = headerSource._header;
        _remaining = length;
    }

    /// <summary>Opens <paramref name="path"/> and reads its header line.</summary>
    /// <exception cref="InputException">The file is empty or its header is malformed.</exception>
    public static DelimitedReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        return Open(stream, path);
    }

    /// <summary>Reads delimited text from <paramref name="stream"/> (which the reader then owns); <paramref name="sourceName"/> names it in errors.</summary>
    public static DelimitedReader Open(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            return new DelimitedReader(stream, sourceName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the byte range [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of <paramref name="path"/>, a file whose header <paramref name="headerSource"/> has read, for a
    /// parallel chunk. The range must start at a record boundary; <see cref="Line"/> counts from 1 at
    /// the range's start.
    /// </summary>
    internal static DelimitedReader OpenRange(string path, DelimitedReader headerSource, long start, long length)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(headerSource);
        var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        try
        {
            stream.Seek(start, SeekOrigin.Begin);
            return new DelimitedReader(stream, headerSource, length);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>File offset of the first byte not yet consumed (after the header: where the data starts).</summary>
    internal long NextRecordOffset => _bufferFileOffset + _position;

    /// <summary>Line breaks consumed so far (lines before the next record, minus one).</summary>
    internal long LinesConsumed => _nextLine - 1;

    /// <summary>The file name used in error messages.</summary>
    public string File { get; }

    /// <summary>The field delimiter detected from the header line: <c>;</c> when the header has more semicolons than commas, else <c>,</c>.</summary>
    public char Delimiter { get; }

    /// <summary>True when numbers in this file may use a decimal comma (semicolon-delimited files).</summary>
    public bool AllowsDecimalComma => Delimiter == ';';

    /// <summary>The header's column names (unquoted, surrounding white space trimmed).</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>The 1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields of the current record (valid after <see cref="Tokenize"/>).</summary>
    public int FieldCount => _fieldCount;

    /// <summary>Field <paramref name="index"/> (0-based) of the current, tokenised record.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_fieldCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return _chars.AsSpan(_fieldStarts[index], _fieldLengths[index]);
        }
    }

    /// <summary>Reads and tokenises the next record; false at the end of the file.</summary>
    public bool ReadRecord()
    {
        if (!BeginRecord())
        {
            return false;
        }
        Tokenize();
        return true;
    }

    /// <summary>
    /// Locates the next non-empty record (quote-aware, so quoted line breaks stay inside it) without
    /// decoding or splitting it; false at the end of the file.
    /// </summary>
    public bool BeginRecord()
    {
        while (true)
        {
            bool inQuotes = false;
            bool sawQuote = false;
            int quotedNewlines = 0;
            int end = -1;
            int i = _position;
            while (true)
            {
                var rest = _bytes.AsSpan(i, _dataEnd - i);
                int k = inQuotes ? rest.IndexOf((byte)'"') : rest.IndexOfAny((byte)'\n', (byte)'"');
                if (k < 0)
                {
                    if (inQuotes)
                    {
                        quotedNewlines += rest.Count((byte)'\n');
                    }
                    break;
                }
                if (inQuotes)
                {
                    quotedNewlines += rest[..k].Count((byte)'\n');
                }
                i += k;
                if (_bytes[i] == (byte)'"')
                {
                    inQuotes = !inQuotes;
                    sawQuote = true;
                    i++;
                    continue;
                }
                end = i;
                break;
            }

            int next;
            if (end < 0)
            {
                if (Fill())
                {
                    continue;
                }
                if (_position >= _dataEnd)
                {
                    return false;
                }
                if (inQuotes)
                {
                    throw new InputException(
                        "a quoted field is not closed before the end of the file",
                        File,
                        _nextLine,
                        0
                    );
                }
                end = _dataEnd;
                next = _dataEnd;
            }
            else
            {
                next = end + 1;
            }

            int recordEnd = end;
            if (recordEnd > _position && _bytes[recordEnd - 1] == (byte)'\r')
            {
                recordEnd--;
            }
            Line = _nextLine;
            _nextLine += 1 + quotedNewlines;
            _recordStart = _position;
            _recordEnd = recordEnd;
            _position = next;
            _recordHasQuote = sawQuote;
            _tokenized = false;
            _fieldCount = 0;
            if (_recordEnd > _recordStart)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The first field of the current record without decoding or tokenising the rest (the cheap path
    /// for skipping rows by id). Falls back to <see cref="Tokenize"/> when the record contains quotes.
    /// </summary>
    public ReadOnlySpan<char> PeekFirstField()
    {
        if (_tokenized || _recordHasQuote)
        {
            Tokenize();
            return this[0];
        }
        var span = _bytes.AsSpan(_recordStart, _recordEnd - _recordStart);
        // Ids are short ASCII: widening byte by byte beats a vectorised search plus a decoder call.
        var chars = _chars;
        byte delimiter = _delimiterByte;
        for (int i = 0; i < span.Length && i < chars.Length; i++)
        {
            byte b = span[i];
            if (b == delimiter)
            {
                return chars.AsSpan(0, i);
            }
            if (b >= 0x80)
            {
                break;
            }
            chars[i] = (char)b;
        }
        int k = span.IndexOf(delimiter);
        int n = Decode(k < 0 ? span : span[..k]);
        return _chars.AsSpan(0, n);
    }

    /// <summary>The current record's raw UTF-8 bytes (without the line end), for allocation-free fast paths.</summary>
    internal ReadOnlySpan<byte> RawRecord => _bytes.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>The bytes after the current record that are already buffered (the start of the next record, if any), for prefetch hints.</summary>
    internal ReadOnlySpan<byte> BufferedAhead => _bytes.AsSpan(_position, _dataEnd - _position);

    /// <summary>True when the current record contains a quote (its raw bytes are not its field values).</summary>
    internal bool RecordHasQuote => _recordHasQuote;

    /// <summary>Decodes and splits the current record into fields and checks that it has as many as the header.</summary>
    /// <exception cref="InputException">Invalid UTF-8, malformed quoting or a ragged row.</exception>
    public void Tokenize()
    {
        if (_tokenized)
        {
            return;
        }
        int length = Decode(_bytes.AsSpan(_recordStart, _recordEnd - _recordStart));
        _fieldCount = 0;
        if (_recordHasQuote)
        {
            TokenizeQuoted(length);
        }
        else
        {
            // Register cells are a few characters long, where a scalar loop beats a vectorised
            // IndexOf per field (whose setup cost dominates on short spans).
            var chars = _chars;
            char delimiter = Delimiter;
            int s = 0;
            for (int i = 0; i < length; i++)
            {
                if (chars[i] == delimiter)
                {
                    AddField(s, i - s);
                    s = i + 1;
                }
            }
            AddField(s, length - s);
        }
        _tokenized = true;
        if (_header is not null && _fieldCount != _header.Length)
        {
            int column = Math.Min(_fieldCount, _header.Length) + 1;
            throw Error(
                FormattableString.Invariant($"ragged row: {_fieldCount} fields but the header has {_header.Length}"),
                column
            );
        }
    }

    /// <summary>An <see cref="InputException"/> at the current record's line and the 1-based <paramref name="column"/>.</summary>
    public InputException Error(string message, int column) => new(message, File, Line, column);

    /// <summary>Index of the header column named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int FindColumn(string name)
    {
        for (int i = 0; i < _header.Length; i++)
        {
            if (string.Equals(_header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private int Decode(ReadOnlySpan<byte> bytes)
    {
        // UTF-8 never needs more chars than bytes.
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }
        try
        {
            return StrictUtf8.GetChars(bytes, _chars);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("the line is not valid UTF-8 text", File, Line, 0);
        }
    }

    private void TokenizeQuoted(int end)
    {
        int i = 0;
        while (true)
        {
            int fieldStart = i;
            if (i < end && _chars[i] == '"')
            {
                int w = i;
                i++;
                while (true)
                {
                    if (i >= end)
                    {
                        throw Error("a quoted field is not closed", _fieldCount + 1);
                    }
                    char c = _chars[i];
                    if (c == '"')
                    {
                        if (i + 1 < end && _chars[i + 1] == '"')
                        {
                            _chars[w++] = '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    _chars[w++] = c;
                    i++;
                }
                AddField(fieldStart, w - fieldStart);
                if (i == end)
                {
                    return;
                }
                if (_chars[i] != Delimiter)
                {
                    throw Error("unexpected character after a closing quote", _fieldCount);
                }
                i++;
            }
            else
            {
                var span = _chars.AsSpan(i, end - i);
                int k = span.IndexOf(Delimiter);
                int length = k < 0 ? span.Length : k;
                if (span[..length].Contains('"'))
                {
                    throw Error(
                        "a quote inside an unquoted field (quote the whole field and double inner quotes)",
                        _fieldCount + 1
                    );
                }
                AddField(i, length);
                if (k < 0)
                {
                    return;
                }
                i += k + 1;
            }
        }
    }

    private void AddField(int start, int length)
    {
        if (_fieldCount == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, _fieldCount * 2);
            Array.Resize(ref _fieldLengths, _fieldCount * 2);
        }
        _fieldStarts[_fieldCount] = start;
        _fieldLengths[_fieldCount] = length;
        _fieldCount++;
    }

    private void SkipByteOrderMark()
    {
        while (_dataEnd < 3 && Fill()) { }
        if (_dataEnd >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
        {
            _position = 3;
        }
    }

    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }
        if (_position > 0)
        {
            Array.Copy(_bytes, _position, _bytes, 0, _dataEnd - _position);
            _dataEnd -= _position;
            _bufferFileOffset += _position;
            _position = 0;
        }
        if (_dataEnd == _bytes.Length)
        {
            if (_bytes.Length >= MaxRecordBytes)
            {
                throw new InputException("a record is longer than 64 MB (an unclosed quote?)", File, _nextLine, 0);
            }
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }
        int n = _stream.Read(_bytes, _dataEnd, (int)Math.Min(_bytes.Length - _dataEnd, _remaining));
        _remaining -= n;
        if (n == 0)
        {
            _endOfInput = true;
            return false;
        }
        _dataEnd += n;
        return true;
    }

    private static char DetectDelimiter(ReadOnlySpan<byte> headerLine)
    {
        int commas = 0;
        int semicolons = 0;
        bool inQuotes = false;
        foreach (byte c in headerLine)
        {
            if (c == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c == (byte)',')
                {
                    commas++;
                }
                else if (c == (byte)';')
                {
                    semicolons++;
                }
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
