using System.Text;

namespace JobFirst.Evaluation.Reporting.Tables;

// Saving from scripts and notebooks: table.Save("effects.csv") picks the format from the extension.
public sealed partial class ResultTable
{
    /// <summary>The file extensions <see cref="FormatFor"/> understands and the format each selects.</summary>
    public static IReadOnlyDictionary<string, TableFormat> FileExtensions { get; } =
        new SortedDictionary<string, TableFormat>(StringComparer.Ordinal)
        {
            [".csv"] = TableFormat.Csv,
            [".json"] = TableFormat.Json,
            [".md"] = TableFormat.Markdown,
            [".markdown"] = TableFormat.Markdown,
            [".txt"] = TableFormat.Text,
        };

    /// <summary>The table format for <paramref name="path"/>'s extension (case-insensitive): csv, json, md/markdown or txt.</summary>
    /// <exception cref="ArgumentException">Any other extension (the message lists the supported ones).</exception>
    public static TableFormat FormatFor(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return FileExtensions.TryGetValue(ext, out var format)
            ? format
            : throw new ArgumentException(
                $"Cannot tell the table format from '{Path.GetFileName(path)}': use one of {string.Join(", ", FileExtensions.Keys)}.",
                nameof(path)
            );
    }

    /// <summary>
    /// Writes the table to <paramref name="path"/> in the format of its extension (see <see cref="FormatFor"/>), creating
    /// the folder if needed and overwriting the file: UTF-8 with LF line ends, byte-identical on every machine, without
    /// byte-order mark except for Danish CSV, which gets one so that Excel reads æ, ø and å (the library's readers
    /// accept both).
    /// </summary>
    /// <param name="path">Target file, e.g. <c>out/effects.csv</c>.</param>
    /// <param name="dialect">Number conventions (default invariant; <see cref="TableDialect.Danish"/> on request).</param>
    /// <returns>The full path written, for printing.</returns>
    public string Save(string path, TableDialect dialect = TableDialect.Invariant)
    {
        var format = FormatFor(path);
        string full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }
        bool bom = dialect == TableDialect.Danish && format == TableFormat.Csv;
        using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        Write(writer, format, dialect);
        return full;
    }
}
