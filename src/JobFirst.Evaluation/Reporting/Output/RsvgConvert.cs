using System.Diagnostics;
using System.Text;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>
/// <see cref="ISvgRasterizer"/> that shells out to <c>rsvg-convert</c> (librsvg; Debian package <c>librsvg2-bin</c>):
/// SVG on standard input, PNG on standard output, at the SVG's own pixel size.
/// </summary>
public sealed class RsvgConvert : ISvgRasterizer
{
    private const int TimeoutMilliseconds = 60_000;
    private readonly string _executable;

    private RsvgConvert(string executable, string version)
    {
        _executable = executable;
        Description = version;
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>The <c>rsvg-convert</c> on PATH, or null when there is none (or it does not run).</summary>
    public static RsvgConvert? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "rsvg-convert.exe" : "rsvg-convert");
            if (!File.Exists(candidate))
            {
                continue;
            }
            try
            {
                var (code, output, _) = Run(candidate, ["--version"], null);
                if (code == 0)
                {
                    return new RsvgConvert(candidate, Encoding.UTF8.GetString(output).Trim());
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not executable: keep looking.
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public byte[] Render(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var (code, output, error) = Run(_executable, ["--format", "png"], Encoding.UTF8.GetBytes(svg));
        if (code != 0 || output.Length == 0)
        {
            throw new InvalidOperationException($"rsvg-convert failed (exit {code}): {error.Trim()}");
        }
        return output;
    }

    private static (int Code, byte[] Output, string Error) Run(string executable, string[] arguments, byte[]? input)
    {
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {executable}");
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(TimeoutMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(executable)} timed out");
        }
        copy.GetAwaiter().GetResult();
        return (process.ExitCode, stdout.ToArray(), stderr.GetAwaiter().GetResult());
    }
}
