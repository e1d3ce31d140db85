using System.CommandLine;
using System.Text;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The <c>--format csv|json</c> option of the model commands (<c>ols</c>, <c>logit</c>) and the writer behind it: CSV
/// is the tidy coefficient (and margins) rows, JSON the whole fit with its statistics and exclusions. Both go to
/// standard output or, with <c>--out F</c>, to a UTF-8 file without a byte-order mark (its folder is created).
/// </summary>
internal static class ModelReportOutput
{
    public static Option<string> FormatOption() =>
        new("--format")
        {
            Description = "Output format: csv (tidy rows) | json (the fit with its statistics).",
            DefaultValueFactory = _ => "csv",
        };

    /// <summary>The lower-cased format, checked before any input is read.</summary>
    public static string ParseFormat(string value)
    {
        string format = value.Trim().ToLowerInvariant();
        return format is "csv" or "json"
            ? format
            : throw new InputException($"--format must be csv or json, not '{format}'");
    }

    public static void Write(
        CliContext context,
        string format,
        string? path,
        Action<Stream> writeJson,
        Action<TextWriter> writeCsv
    )
    {
        TextWriter? file = null;
        if (path is not null)
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }
            file = new StreamWriter(path, false, new UTF8Encoding(false));
        }
        using (file)
        {
            var writer = file ?? context.Out;
            if (format == "json")
            {
                using var ms = new MemoryStream();
                writeJson(ms);
                writer.Write(Encoding.UTF8.GetString(ms.ToArray()) + "\n");
            }
            else
            {
                writeCsv(writer);
            }
        }
    }
}
