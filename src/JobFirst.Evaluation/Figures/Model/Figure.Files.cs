using System.Text;

namespace JobFirst.Evaluation.Figures.Model;

// Saving from scripts and notebooks: figure.SaveSvg("out/active13.svg").
public sealed partial class Figure
{
    /// <summary>
    /// Renders the figure (<see cref="ToSvg"/>) and writes it to <paramref name="path"/>, creating the folder if needed
    /// and overwriting the file: UTF-8 without byte-order mark, LF line ends, byte-identical on every run.
    /// </summary>
    /// <returns>The full path written, for printing.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not end in <c>.svg</c>.</exception>
    public string SaveSvg(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"SaveSvg writes SVG; name the file *.svg, not '{System.IO.Path.GetFileName(path)}'.",
                nameof(path)
            );
        }
        string full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }
        File.WriteAllText(full, ToSvg(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return full;
    }
}
