using System.Text;
using System.Text.Json;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// Where every value of a JSON document starts (1-based line and column), keyed by its path in the form
/// <c>$.sections[1].outcomes[0]</c>, so errors found after parsing (unknown key, bad value, missing file) can name
/// the line they come from. Object members are located at their key.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _at = new(StringComparer.Ordinal);

    private JsonPositions() { }

    /// <summary>Indexes <paramref name="utf8"/> (already known to be valid JSON with comments and trailing commas allowed).</summary>
    public static JsonPositions Index(ReadOnlySpan<byte> utf8)
    {
        var index = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        var reader = new Utf8JsonReader(
            utf8,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
        );
        // One frame per open container: its path, and the next element index (arrays) or the pending key (objects).
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingPath = null;
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token == JsonTokenType.PropertyName)
            {
                var (parent, _, _) = frames.Peek();
                pendingPath = Child(parent, reader.GetString() ?? "");
                index.Record(pendingPath, utf8, lineStarts, (int)reader.TokenStartIndex);
                continue;
            }
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
                continue;
            }
            string path;
            if (frames.Count == 0)
            {
                path = "$";
                index.Record(path, utf8, lineStarts, (int)reader.TokenStartIndex);
            }
            else if (frames.Peek().IsArray)
            {
                var (parent, isArray, next) = frames.Pop();
                frames.Push((parent, isArray, next + 1));
                path = parent + "[" + next.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                index.Record(path, utf8, lineStarts, (int)reader.TokenStartIndex);
            }
            else
            {
                path = pendingPath ?? "$";
            }
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push((path, token == JsonTokenType.StartArray, 0));
            }
        }
        return index;
    }

    /// <summary>The path of member <paramref name="key"/> of the object at <paramref name="parent"/>.</summary>
    public static string Child(string parent, string key) => parent + "." + key;

    /// <summary>The path of element <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Element(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Line and column of <paramref name="path"/>, or of its nearest located ancestor; (0, 0) when none.</summary>
    public (int Line, int Column) Find(string path)
    {
        string p = path;
        while (true)
        {
            if (_at.TryGetValue(p, out var at))
            {
                return at;
            }
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                return (0, 0);
            }
            p = p[..cut];
        }
    }

    private void Record(string path, ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        int line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        // Columns count characters, not bytes, so a Danish title before the error does not shift it.
        int column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        _at.TryAdd(path, (line + 1, column));
    }
}
