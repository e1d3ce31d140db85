using System.CommandLine;
using System.Text;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>The shared <c>--format csv|json|markdown|text</c> and <c>--out F</c> options and the writer behind them.</summary>
internal static class TableOutput
{
    public static Option<string> FormatOption() =>
        new("--format")
        {
            Description = "Output format: csv, json, markdown or text.",
            DefaultValueFactory = _ => "csv",
        };

    public static Option<string?> OutOption() =>
        new("--out") { Description = "Write to this file instead of standard output." };

    public static TableFormat ParseFormat(string value) =>
        value.ToLowerInvariant() switch
        {
            "csv" => TableFormat.Csv,
            "json" => TableFormat.Json,
            "markdown" or "md" => TableFormat.Markdown,
            "text" or "txt" => TableFormat.Text,
            _ => throw new InputException($"--format must be csv, json, markdown or text, not '{value}'"),
        };

    /// <summary>Writes one or more tables; several tables in CSV are separated by a blank line.</summary>
    public static void Write(CliContext context, string format, string? outPath, params ResultTable[] tables)
    {
        var f = ParseFormat(format);
        if (outPath is null)
        {
            WriteAll(context.Out, f, tables);
            return;
        }
        string? dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        using var w = new StreamWriter(outPath, false, new UTF8Encoding(false));
        WriteAll(w, f, tables);
    }

    private static void WriteAll(TextWriter w, TableFormat f, ResultTable[] tables)
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
            tables[i].Write(w, f);
        }
    }
}
