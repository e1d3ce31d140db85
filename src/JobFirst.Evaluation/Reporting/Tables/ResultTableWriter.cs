using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>Culture-invariant, deterministic writers for <see cref="ResultTable"/>.</summary>
public static class ResultTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    public static void Write(ResultTable table, TextWriter writer, TableFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case TableFormat.Csv:
                WriteCsv(table, writer);
                break;
            case TableFormat.Json:
                WriteJson(table, writer);
                break;
            case TableFormat.Markdown:
                WriteMarkdown(table, writer);
                break;
            case TableFormat.Text:
                WriteText(table, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Machine form of a cell: doubles round-trip ("R"), NaN and null empty, bools lower-case.</summary>
    public static string MachineCell(object? value) =>
        value switch
        {
            null => "",
            double d when double.IsNaN(d) => "",
            double d when double.IsPositiveInfinity(d) => "Inf",
            double d when double.IsNegativeInfinity(d) => "-Inf",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

    /// <summary>Reading form of a cell: doubles with 4 significant decimals, missing as "NA".</summary>
    public static string ReadingCell(object? value) =>
        value switch
        {
            null => "NA",
            double d when double.IsNaN(d) => "NA",
            double d when double.IsInfinity(d) => d > 0 ? "Inf" : "-Inf",
            double d when Math.Abs(d) >= 1e6 || (d != 0 && Math.Abs(d) < 1e-4) => d.ToString(
                "0.###e+0",
                CultureInfo.InvariantCulture
            ),
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            _ => MachineCell(value),
        };

    private static void WriteCsv(ResultTable table, TextWriter w)
    {
        w.Write(string.Join(",", table.Columns.Select(Quote)));
        w.Write('\n');
        foreach (var row in table.Rows)
        {
            w.Write(string.Join(",", row.Select(c => Quote(MachineCell(c)))));
            w.Write('\n');
        }
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static void WriteJson(ResultTable table, TextWriter w)
    {
        using var ms = new MemoryStream();
        using (
            var j = new Utf8JsonWriter(
                ms,
                new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            j.WriteStartObject();
            j.WriteString("title", table.Title);
            j.WriteStartObject("metadata");
            foreach (var (k, v) in table.Metadata)
            {
                j.WriteString(k, v);
            }
            j.WriteEndObject();
            j.WriteStartArray("columns");
            foreach (var c in table.Columns)
            {
                j.WriteStringValue(c);
            }
            j.WriteEndArray();
            j.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                j.WriteStartObject();
                for (int i = 0; i < table.Columns.Count; i++)
                {
                    j.WritePropertyName(table.Columns[i]);
                    WriteJsonValue(j, row[i]);
                }
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        w.Write(Encoding.UTF8.GetString(ms.ToArray()));
        w.Write('\n');
    }

    private static void WriteJsonValue(Utf8JsonWriter j, object? v)
    {
        switch (v)
        {
            case null:
                j.WriteNullValue();
                break;
            case double d when !double.IsFinite(d):
                j.WriteNullValue();
                break;
            case double d:
                j.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case int i:
                j.WriteNumberValue(i);
                break;
            case long l:
                j.WriteNumberValue(l);
                break;
            case bool b:
                j.WriteBooleanValue(b);
                break;
            default:
                j.WriteStringValue(MachineCell(v));
                break;
        }
    }

    private static void WriteMarkdown(ResultTable table, TextWriter w)
    {
        w.Write("| " + string.Join(" | ", table.Columns) + " |\n");
        w.Write("|" + string.Join("|", table.Columns.Select(_ => "---")) + "|\n");
        foreach (var row in table.Rows)
        {
            w.Write(
                "| "
                    + string.Join(" | ", row.Select(c => ReadingCell(c).Replace("|", "\\|", StringComparison.Ordinal)))
                    + " |\n"
            );
        }
    }

    private static void WriteText(ResultTable table, TextWriter w)
    {
        var cells = table.Rows.Select(r => r.Select(ReadingCell).ToArray()).ToList();
        var widths = table
            .Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length)))
            .ToArray();
        if (table.Title.Length > 0)
        {
            w.Write("# " + table.Title + "\n");
        }
        w.Write(string.Join("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd() + "\n");
        foreach (var r in cells)
        {
            // Numbers right-aligned, text left-aligned.
            w.Write(
                string.Join("  ", r.Select((c, i) => IsNumeric(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i])))
                    .TrimEnd() + "\n"
            );
        }
        foreach (var (k, v) in table.Metadata)
        {
            w.Write($"# {k}: {v}\n");
        }
    }

    private static bool IsNumeric(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || s is "NA" or "Inf" or "-Inf";
}
