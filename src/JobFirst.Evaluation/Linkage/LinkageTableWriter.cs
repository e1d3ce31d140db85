using System.Globalization;
using System.Text.Json;

namespace JobFirst.Evaluation.Linkage;

/// <summary>Writes tidy linkage rows (<c>source, measure, count</c>) as CSV or JSON.</summary>
public static class LinkageTableWriter
{
    /// <summary>Writes RFC 4180 CSV with header <c>source,measure,count</c>.</summary>
    public static void WriteCsv(IEnumerable<LinkageRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("source,measure,count\n");
        foreach (var r in rows)
        {
            writer.Write(Quote(r.Source));
            writer.Write(',');
            writer.Write(Quote(r.Measure));
            writer.Write(',');
            writer.Write(r.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Writes a JSON array of objects <c>{"source":..,"measure":..,"count":..}</c>.</summary>
    public static void WriteJson(IEnumerable<LinkageRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteString("source", r.Source);
                json.WriteString("measure", r.Measure);
                json.WriteNumber("count", r.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
