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
/// Fields are exposed as <see cref="ReadOnlySpan{T}"/> slices of an internal buffer, so reading a
/// record allocates nothing; a span is valid only until the next call to <see cref="BeginRecord"/>.
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
    private const int InitialBufferChars = 1 << 16;
    private const int MaxRecordChars = 1 << 26;

    private readonly TextReader _reader;
    private readonly string[] _header;
    private char[] _buffer = new char[InitialBufferChars];
    private int _dataEnd;
    private int _position;
    private bool _endOfInput;
    private int _recordStart;
    private int _recordEnd;
    private bool _recordHasQuote;
    private bool _tokenized;
    private int[] _fieldStarts = new int[16];
    private int[] _fieldLengths = new int[16];
    private int _fieldCount;
    private long _nextLine = 1;

    private DelimitedReader(TextReader reader, string file)
    {
        _reader = reader;
        File = file;
        if (!BeginRecord())
        {
            throw new InputException("the file is empty; expected a header line", file);
        }
        Delimiter = DetectDelimiter(_buffer.AsSpan(_recordStart, _recordEnd - _recordStart));
        Tokenize();
        _header = new string[_fieldCount];
        for (int i = 0; i < _fieldCount; i++)
        {
            _header[i] = this[i].Trim().ToString();
        }
    }

    /// <summary>Opens <paramref name="path"/> and reads its header line.</summary>
    /// <exception cref="InputException">The file is empty or its header is malformed.</exception>
    public static DelimitedReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Open(stream, path);
    }

    /// <summary>Reads delimited text from <paramref name="stream"/> (which the reader then owns); <paramref name="sourceName"/> names it in errors.</summary>
    public static DelimitedReader Open(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var text = new StreamReader(
            stream,
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16
        );
        try
        {
            return new DelimitedReader(text, sourceName);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

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
            return _buffer.AsSpan(_fieldStarts[index], _fieldLengths[index]);
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
    /// splitting it into fields; false at the end of the file.
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
                var rest = _buffer.AsSpan(i, _dataEnd - i);
                int k = inQuotes ? rest.IndexOf('"') : rest.IndexOfAny('\n', '"');
                if (k < 0)
                {
                    if (inQuotes)
                    {
                        quotedNewlines += rest.Count('\n');
                    }
                    break;
                }
                if (inQuotes)
                {
                    quotedNewlines += rest[..k].Count('\n');
                }
                i += k;
                if (_buffer[i] == '"')
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
                    throw new InputException("a quoted field is not closed before the end of the file", File, _nextLine, 0);
                }
                end = _dataEnd;
                next = _dataEnd;
            }
            else
            {
                next = end + 1;
            }

            int recordEnd = end;
            if (recordEnd > _position && _buffer[recordEnd - 1] == '\r')
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
    /// The first field of the current record without tokenising the rest (the cheap path for skipping
    /// rows by id). Falls back to <see cref="Tokenize"/> when the record contains quotes.
    /// </summary>
    public ReadOnlySpan<char> PeekFirstField()
    {
        if (_tokenized || _recordHasQuote)
        {
            Tokenize();
            return this[0];
        }
        var span = _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);
        int k = span.IndexOf(Delimiter);
        return k < 0 ? span : span[..k];
    }

    /// <summary>Splits the current record into fields and checks that it has as many as the header.</summary>
    /// <exception cref="InputException">Malformed quoting or a ragged row.</exception>
    public void Tokenize()
    {
        if (_tokenized)
        {
            return;
        }
        _fieldCount = 0;
        if (_recordHasQuote)
        {
            TokenizeQuoted();
        }
        else
        {
            int s = _recordStart;
            while (true)
            {
                var span = _buffer.AsSpan(s, _recordEnd - s);
                int k = span.IndexOf(Delimiter);
                if (k < 0)
                {
                    AddField(s, _recordEnd - s);
                    break;
                }
                AddField(s, k);
                s += k + 1;
            }
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
    public void Dispose() => _reader.Dispose();

    private void TokenizeQuoted()
    {
        int i = _recordStart;
        int end = _recordEnd;
        while (true)
        {
            int fieldStart = i;
            if (i < end && _buffer[i] == '"')
            {
                int w = i;
                i++;
                while (true)
                {
                    if (i >= end)
                    {
                        throw Error("a quoted field is not closed", _fieldCount + 1);
                    }
                    char c = _buffer[i];
                    if (c == '"')
                    {
                        if (i + 1 < end && _buffer[i + 1] == '"')
                        {
                            _buffer[w++] = '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    _buffer[w++] = c;
                    i++;
                }
                AddField(fieldStart, w - fieldStart);
                if (i == end)
                {
                    return;
                }
                if (_buffer[i] != Delimiter)
                {
                    throw Error("unexpected character after a closing quote", _fieldCount);
                }
                i++;
            }
            else
            {
                var span = _buffer.AsSpan(i, end - i);
                int k = span.IndexOf(Delimiter);
                int length = k < 0 ? span.Length : k;
                if (span[..length].Contains('"'))
                {
                    throw Error("a quote inside an unquoted field (quote the whole field and double inner quotes)", _fieldCount + 1);
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

    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }
        if (_position > 0)
        {
            Array.Copy(_buffer, _position, _buffer, 0, _dataEnd - _position);
            _dataEnd -= _position;
            _position = 0;
        }
        if (_dataEnd == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordChars)
            {
                throw new InputException(
                    "a record is longer than 64 million characters (an unclosed quote?)",
                    File,
                    _nextLine,
                    0
                );
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        int n;
        try
        {
            n = _reader.Read(_buffer, _dataEnd, _buffer.Length - _dataEnd);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("the file is not valid UTF-8 text", File, _nextLine, 0);
        }
        if (n == 0)
        {
            _endOfInput = true;
            return false;
        }
        _dataEnd += n;
        return true;
    }

    private static char DetectDelimiter(ReadOnlySpan<char> headerLine)
    {
        int commas = 0;
        int semicolons = 0;
        bool inQuotes = false;
        foreach (char c in headerLine)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c == ',')
                {
                    commas++;
                }
                else if (c == ';')
                {
                    semicolons++;
                }
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
