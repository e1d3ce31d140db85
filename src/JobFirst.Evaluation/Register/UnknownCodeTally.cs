using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Register;

/// <summary>Counts unknown codes during a scan without allocating per numeric cell; remembers the first location.</summary>
internal sealed class UnknownCodeTally
{
    private const int MaxShownLength = 4;
    private long[]? _numeric;
    private Dictionary<string, long>? _other;

    public long Total { get; private set; }

    public long FirstLine { get; private set; }

    public int FirstColumn { get; private set; }

    public void Add(ReadOnlySpan<char> code, long line, int column)
    {
        if (Total == 0)
        {
            FirstLine = line;
            FirstColumn = column;
        }
        Total++;
        if (Evaluation.Codebook.Codebook.TryParseCode(code, out int value))
        {
            (_numeric ??= new long[Evaluation.Codebook.Codebook.MaxCode + 1])[value]++;
            return;
        }
        // Short non-numeric codes are shown as written; anything longer (a 10-digit number, a name) could
        // be a person id in the wrong column, so only its length is reported.
        var text = code.Trim();
        string key =
            text.Length <= MaxShownLength
                ? text.ToString()
                : string.Create(CultureInfo.InvariantCulture, $"<value of {text.Length} characters>");
        _other ??= new Dictionary<string, long>(StringComparer.Ordinal);
        _other[key] = _other.GetValueOrDefault(key) + 1;
    }

    /// <summary>
    /// Adds the counts of <paramref name="later"/>, a tally of a chunk that comes after everything counted
    /// here, whose line numbers are relative to the chunk and become absolute by adding <paramref name="lineOffset"/>.
    /// </summary>
    public void MergeFrom(UnknownCodeTally later, long lineOffset)
    {
        if (later.Total == 0)
        {
            return;
        }
        if (Total == 0)
        {
            FirstLine = later.FirstLine + lineOffset;
            FirstColumn = later.FirstColumn;
        }
        Total += later.Total;
        if (later._numeric is not null)
        {
            _numeric ??= new long[Evaluation.Codebook.Codebook.MaxCode + 1];
            for (int c = 0; c < _numeric.Length; c++)
            {
                _numeric[c] += later._numeric[c];
            }
        }
        if (later._other is not null)
        {
            _other ??= new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (key, cells) in later._other)
            {
                _other[key] = _other.GetValueOrDefault(key) + cells;
            }
        }
    }

    public IReadOnlyList<UnknownCodeCount> ToList()
    {
        var list = new List<UnknownCodeCount>();
        if (_numeric is not null)
        {
            for (int c = 0; c < _numeric.Length; c++)
            {
                if (_numeric[c] > 0)
                {
                    list.Add(new UnknownCodeCount(c.ToString(CultureInfo.InvariantCulture), _numeric[c]));
                }
            }
        }
        if (_other is not null)
        {
            list.AddRange(
                _other.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new UnknownCodeCount(p.Key, p.Value))
            );
        }
        return list;
    }

    public InputException ToException(string file)
    {
        var codes = ToList();
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"{codes.Count} code(s) not in the codebook (or not valid in that week), in {Total} cell(s): "
        );
        for (int i = 0; i < codes.Count; i++)
        {
            if (i == 50)
            {
                sb.Append(CultureInfo.InvariantCulture, $", ... and {codes.Count - 50} more");
                break;
            }
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(CultureInfo.InvariantCulture, $"{codes[i].Code} ({codes[i].Cells})");
        }
        sb.Append("; add them to the codebook, or map them to 'other' explicitly (--unknown-codes other)");
        return new InputException(sb.ToString(), file, FirstLine, FirstColumn);
    }
}
