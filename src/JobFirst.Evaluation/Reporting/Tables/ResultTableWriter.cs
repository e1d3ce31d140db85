using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>
/// Deterministic writers for <see cref="ResultTable"/>: culture-invariant by default (<see cref="TableDialect.Invariant"/>),
/// Danish decimal comma and <c>;</c> delimiter only when <see cref="TableDialect.Danish"/> is asked for. The current
/// culture of the thread is never consulted.
/// </summary>
public static class ResultTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/> in <paramref name="format"/> (invariant dialect).</summary>
    public static void Write(ResultTable table, TextWriter writer, TableFormat format) =>
        Write(table, writer, format, TableDialect.Invariant);

    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/> with the number conventions of <paramref name="dialect"/>.</summary>
    public static void Write(ResultTable table, TextWriter writer, TableFormat format, TableDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        if (dialect is not (TableDialect.Invariant or TableDialect.Danish))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect));
        }
        switch (format)
        {
            case TableFormat.Csv:
                WriteCsv(table, writer, dialect);
                break;
            case TableFormat.Json:
                WriteJson(table, writer);
                break;
            case TableFormat.Markdown:
                WriteMarkdown(table, writer, dialect);
                break;
            case TableFormat.Text:
                WriteText(table, writer, dialect);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>The field delimiter of CSV in <paramref name="dialect"/>: <c>,</c> (invariant) or <c>;</c> (Danish).</summary>
    public static char CsvDelimiter(TableDialect dialect) => dialect == TableDialect.Danish ? ';' : ',';

    /// <summary>Machine form of a cell in <paramref name="dialect"/>: as <see cref="MachineCell(object?)"/>, with a decimal comma in Danish.</summary>
    public static string MachineCell(object? value, TableDialect dialect) =>
        dialect == TableDialect.Danish && value is double or float
            ? DecimalComma(MachineCell(value))
            : MachineCell(value);

    /// <summary>Reading form of a cell in <paramref name="dialect"/>: as <see cref="ReadingCell(object?)"/>, with a decimal comma in Danish.</summary>
    public static string ReadingCell(object? value, TableDialect dialect) =>
        dialect == TableDialect.Danish && value is double or float
            ? DecimalComma(ReadingCell(value))
            : ReadingCell(value);

    // Invariant number text has no grouping, so the only '.' is the decimal point.
    private static string DecimalComma(string invariantNumber) => invariantNumber.Replace('.', ',');

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

    private static void WriteCsv(ResultTable table, TextWriter w, TableDialect dialect)
    {
        string delimiter = CsvDelimiter(dialect).ToString();
        w.Write(string.Join(delimiter, table.Columns.Select(c => Quote(c, dialect))));
        w.Write('\n');
        foreach (var row in table.Rows)
        {
            w.Write(string.Join(delimiter, row.Select(c => Quote(MachineCell(c, dialect), dialect))));
            w.Write('\n');
        }
    }

    private static string Quote(string s, TableDialect dialect) =>
        s.AsSpan().IndexOfAny(dialect == TableDialect.Danish ? ";\"\n\r" : ",\"\n\r") >= 0
            ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : s;

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

    private static void WriteMarkdown(ResultTable table, TextWriter w, TableDialect dialect)
    {
        w.Write("| " + string.Join(" | ", table.Columns) + " |\n");
        w.Write("|" + string.Join("|", table.Columns.Select(_ => "---")) + "|\n");
        foreach (var row in table.Rows)
        {
            w.Write(
                "| "
                    + string.Join(
                        " | ",
                        row.Select(c => ReadingCell(c, dialect).Replace("|", "\\|", StringComparison.Ordinal))
                    )
                    + " |\n"
            );
        }
    }

    private static void WriteText(ResultTable table, TextWriter w, TableDialect dialect)
    {
        var cells = table.Rows.Select(r => r.Select(c => ReadingCell(c, dialect)).ToArray()).ToList();
        var numeric = table.Rows.Select(r => r.Select(IsNumber).ToArray()).ToList();
        var widths = table
            .Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length)))
            .ToArray();
        if (table.Title.Length > 0)
        {
            w.Write("# " + table.Title + "\n");
        }
        w.Write(string.Join("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd() + "\n");
        for (int k = 0; k < cells.Count; k++)
        {
            // Numbers (and missing numbers) right-aligned, text left-aligned.
            var r = cells[k];
            var isNumber = numeric[k];
            w.Write(
                string.Join("  ", r.Select((c, i) => isNumber[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i])))
                    .TrimEnd() + "\n"
            );
        }
        foreach (var (k, v) in table.Metadata)
        {
            w.Write($"# {k}: {v}\n");
        }
    }

    // Numbers by value (so Danish "0,5" aligns like "0.5"); text that reads as an invariant number aligns as one too.
    private static bool IsNumber(object? value) =>
        value switch
        {
            null or double or float or int or long or decimal => true,
            string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                || s is "NA" or "Inf" or "-Inf",
            _ => false,
        };
}
