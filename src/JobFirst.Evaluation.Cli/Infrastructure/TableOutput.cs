using System.CommandLine;
using System.Text;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The shared <c>--format csv|json|markdown|text</c> (and the Danish <c>csv-da|markdown-da|text-da</c>) and
/// <c>--out F</c> options and the writer behind them. Output is culture-invariant; <c>-da</c> asks for
/// <see cref="TableDialect.Danish"/> (CSV separated by <c>;</c> with decimal comma and, in a file, a byte-order mark).
/// </summary>
internal static class TableOutput
{
    public static Option<string> FormatOption() =>
        new("--format")
        {
            Description =
                "Output format: csv, json, markdown or text; csv-da, markdown-da or text-da for Danish decimal commas (csv-da is ';'-separated).",
            DefaultValueFactory = _ => "csv",
        };

    public static Option<string?> OutOption() =>
        new("--out") { Description = "Write to this file instead of standard output." };

    public static TableFormat ParseFormat(string value) =>
        value.ToLowerInvariant() switch
        {
            "csv" or "csv-da" => TableFormat.Csv,
            "json" => TableFormat.Json,
            "markdown" or "md" or "markdown-da" or "md-da" => TableFormat.Markdown,
            "text" or "txt" or "text-da" or "txt-da" => TableFormat.Text,
            _ => throw new InputException(
                $"--format must be csv, json, markdown or text (or csv-da, markdown-da, text-da), not '{value}'"
            ),
        };

    /// <summary>The number conventions <paramref name="value"/> asks for: Danish for the <c>-da</c> formats.</summary>
    public static TableDialect ParseDialect(string value)
    {
        ParseFormat(value);
        return value.EndsWith("-da", StringComparison.OrdinalIgnoreCase) ? TableDialect.Danish : TableDialect.Invariant;
    }

    /// <summary>Writes one or more tables; several tables in CSV are separated by a blank line.</summary>
    public static void Write(CliContext context, string format, string? outPath, params ResultTable[] tables)
    {
        var f = ParseFormat(format);
        var dialect = ParseDialect(format);
        if (outPath is null)
        {
            WriteAll(context.Out, f, dialect, tables);
            return;
        }
        string? dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        // A Danish CSV file gets a byte-order mark so that Excel reads æ, ø and å (as ResultTable.Save).
        bool bom = dialect == TableDialect.Danish && f == TableFormat.Csv;
        using var w = new StreamWriter(outPath, false, new UTF8Encoding(bom));
        WriteAll(w, f, dialect, tables);
    }

    private static void WriteAll(TextWriter w, TableFormat f, TableDialect dialect, ResultTable[] tables)
    {
        if (f == TableFormat.Json && tables.Length > 1)
        {
            w.Write("[\n");
            for (int i = 0; i < tables.Length; i++)
            {
                w.Write(tables[i].ToString(TableFormat.Json).TrimEnd());
                w.Write(i + 1 < tables.Length ? ",\n" : "\n");
            }
            w.Write("]\n");
            return;
        }
        for (int i = 0; i < tables.Length; i++)
        {
            if (i > 0)
            {
                w.Write('\n');
            }
            tables[i].Write(w, f, dialect);
        }
    }
}
