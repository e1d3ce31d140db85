using System.Text;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Saving figures from scripts and notebooks: <c>figure.SaveSvg("out/active13.svg")</c>.</summary>
public static class FigureFiles
{
    /// <summary>
    /// Renders <paramref name="figure"/> (<see cref="Figure.ToSvg"/>) and writes it to <paramref name="path"/>, creating the
    /// folder if needed and overwriting the file: UTF-8 without byte-order mark, LF line ends, byte-identical on every run.
    /// </summary>
    /// <returns>The full path written, for printing.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not end in <c>.svg</c>.</exception>
    public static string SaveSvg(this Figure figure, string path)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"SaveSvg writes SVG; name the file *.svg, not '{Path.GetFileName(path)}'.",
                nameof(path)
            );
        }
        string full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }
        File.WriteAllText(full, figure.ToSvg(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return full;
    }
}
