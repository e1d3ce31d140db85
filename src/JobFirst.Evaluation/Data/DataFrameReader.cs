using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Data;

/// <summary>
/// Reads a person-level CSV into a <see cref="DataFrame"/>. Delimiter <c>,</c> or <c>;</c> detected
/// from the header; in <c>;</c> files a decimal comma is accepted. UTF-8 with or without BOM, CRLF or LF,
/// double-quoted fields. Missing values: empty, <c>NA</c>, <c>NaN</c>, <c>.</c>. A column is numeric when
/// every non-missing value parses as a number, otherwise text. Ragged rows and duplicate headers are
/// errors naming file, line and column.
/// </summary>
public static class DataFrameReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static DataFrame ReadCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; <paramref name="name"/> labels error messages.</summary>
    public static DataFrame Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? headerLine = reader.ReadLine();
        if (headerLine is null || headerLine.Trim().Length == 0)
        {
            throw new InputException("file is empty (no header line)", name, 1);
        }
        char delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        var header = Split(headerLine, delimiter, name, 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < header.Count; c++)
        {
            header[c] = header[c].Trim();
            if (header[c].Length == 0)
            {
                throw new InputException("empty column name", name, 1, c + 1);
            }
            if (!seen.Add(header[c]))
            {
                throw new InputException($"duplicated column '{header[c]}'", name, 1, c + 1);
            }
        }
        var raw = new List<string>[header.Count];
        for (int c = 0; c < raw.Length; c++)
        {
            raw[c] = [];
        }
        var lines = new List<long>();
        long line = 1;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }
            var fields = Split(text, delimiter, name, line);
            if (fields.Count != header.Count)
            {
                throw new InputException(
                    $"row has {fields.Count} fields, header has {header.Count}",
                    name,
                    line,
                    Math.Min(fields.Count, header.Count) + 1
                );
            }
            for (int c = 0; c < fields.Count; c++)
            {
                raw[c].Add(fields[c]);
            }
            lines.Add(line);
        }
        var columns = new DataColumn[header.Count];
        for (int c = 0; c < header.Count; c++)
        {
            columns[c] = Type(header[c], raw[c], delimiter);
        }
        return new DataFrame(columns, name, [.. lines]);
    }

    private static DataColumn Type(string columnName, List<string> values, char delimiter)
    {
        var numbers = new double[values.Count];
        bool numeric = true;
        for (int i = 0; i < values.Count && numeric; i++)
        {
            var v = values[i].Trim();
            if (IsMissing(v))
            {
                numbers[i] = double.NaN;
            }
            else if (!TryParseNumber(v, delimiter, out numbers[i]))
            {
                numeric = false;
            }
        }
        if (numeric)
        {
            return DataColumn.WrapNumbers(columnName, numbers);
        }
        var texts = new string?[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            var v = values[i].Trim();
            texts[i] = IsMissing(v) ? null : v;
        }
        return DataColumn.WrapTexts(columnName, texts);
    }

    private static bool IsMissing(string v) => v.Length == 0 || v is "NA" or "NaN" or ".";

    private static bool TryParseNumber(string v, char delimiter, out double value)
    {
        if (delimiter == ';' && v.Contains(',', StringComparison.Ordinal) && !v.Contains('.', StringComparison.Ordinal))
        {
            v = v.Replace(',', '.');
        }
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static List<string> Split(string line, char delimiter, string name, long lineNumber)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool inQuotes = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"' && sb.Length == 0)
            {
                inQuotes = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }
        if (inQuotes)
        {
            throw new InputException("unterminated quoted field", name, lineNumber, fields.Count + 1);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
