namespace JobFirst.Evaluation.Tests.Figures;

/// <summary>
/// Approved-snapshot comparison for SVG text (diff text, not pixels). The approved files live in
/// tests/JobFirst.Evaluation.Tests/Figures/Approved/ and are copied to the test output. On a mismatch the
/// received SVG is written next to the copied approved file and the check fails with the first differing line.
/// Set JOBFIRST_APPROVE_FIGURES=1 to write the received output over the approved file in the source tree.
/// </summary>
internal static class SvgApproval
{
    public static string ApprovedDirectory => Path.Combine(AppContext.BaseDirectory, "Figures", "Approved");

    /// <summary>Null when <paramref name="received"/> matches the approved file; otherwise a failure message.</summary>
    public static string? Check(string name, string received, string? directory = null)
    {
        var dir = directory ?? ApprovedDirectory;
        Directory.CreateDirectory(dir);
        var approvedPath = Path.Combine(dir, name + ".approved.svg");
        var receivedPath = Path.Combine(dir, name + ".received.svg");
        if (
            directory is null
            && Environment.GetEnvironmentVariable("JOBFIRST_APPROVE_FIGURES") == "1"
            && SourceApprovedDirectory() is { } src
        )
        {
            File.WriteAllText(Path.Combine(src, name + ".approved.svg"), received);
            return null;
        }
        if (!File.Exists(approvedPath))
        {
            File.WriteAllText(receivedPath, received);
            return $"No approved snapshot for '{name}'. Review {receivedPath} and copy it to "
                + $"tests/JobFirst.Evaluation.Tests/Figures/Approved/{name}.approved.svg (or run with JOBFIRST_APPROVE_FIGURES=1).";
        }
        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }
            return null;
        }
        File.WriteAllText(receivedPath, received);
        var a = approved.Split('\n');
        var r = received.Split('\n');
        int line = 0;
        while (line < Math.Min(a.Length, r.Length) && a[line] == r[line])
        {
            line++;
        }
        string expectedLine = line < a.Length ? a[line] : "<end of file>";
        string actualLine = line < r.Length ? r[line] : "<end of file>";
        return $"SVG for '{name}' differs from the approved snapshot at line {line + 1}:\n  approved: {expectedLine}\n  received: {actualLine}\n"
            + $"Received file: {receivedPath}\nIf the change is intended, copy it over tests/JobFirst.Evaluation.Tests/Figures/Approved/{name}.approved.svg "
            + "(or run the tests with JOBFIRST_APPROVE_FIGURES=1).";
    }

    public static void Verify(string name, string received)
    {
        var failure = Check(name, received);
        Assert.True(failure is null, failure);
    }

    private static string? SourceApprovedDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "JobFirst.Evaluation.Tests", "Figures", "Approved");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
