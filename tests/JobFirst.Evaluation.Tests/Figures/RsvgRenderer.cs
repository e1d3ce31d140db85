using System.Diagnostics;

namespace JobFirst.Evaluation.Tests.Figures;

/// <summary>Runs rsvg-convert (Debian librsvg2-bin) when it is on PATH.</summary>
internal static class RsvgRenderer
{
    private static readonly Lazy<string?> Executable = new(Find);

    public static bool Available => Executable.Value is not null;

    /// <summary>Renders SVG text to a PNG file; returns (exit code, stderr).</summary>
    public static (int ExitCode, string Error) Render(string svg, string pngPath)
    {
        var psi = new ProcessStartInfo(
            Executable.Value ?? throw new InvalidOperationException("rsvg-convert not found")
        )
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-o");
        psi.ArgumentList.Add(pngPath);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(svg);
        p.StandardInput.Close();
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, error);
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "rsvg-convert");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
