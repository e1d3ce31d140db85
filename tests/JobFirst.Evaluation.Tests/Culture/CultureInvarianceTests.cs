using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Tests.Samples;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Culture;

/// <summary>
/// Parsing and output are culture-invariant unless the caller asks for Danish formatting. This repository builds its
/// apps (CLI, tests, samples) with <c>InvariantGlobalization</c>, where every culture behaves as the invariant one, so a
/// test in this process alone proves nothing about a library user whose app runs with ICU and a Danish current
/// culture. <c>JobFirst.Evaluation.CultureProbe</c> is such an app: it writes the same outputs
/// (<see cref="CultureOutputs"/>: tables in every format and dialect, parsing, regressions on a factor whose level
/// order depends on string sorting, figures, a simulated study, monitoring tables, and CLI commands including the
/// full demo report) under da-DK and under the ICU invariant culture; all three folders must be identical, byte for byte.
/// </summary>
[Collection(DotnetProcesses.Name)]
public class CultureInvarianceTests
{
    private static string Probe =>
        RepoPaths.File(
            "tests",
            "JobFirst.Evaluation.CultureProbe",
            "bin",
            SampleApps.Configuration,
            "net10.0",
            "JobFirst.Evaluation.CultureProbe.dll"
        );

    [Fact]
    public void Outputs_are_byte_identical_under_da_DK_with_icu_and_in_invariant_mode()
    {
        using var tmp = new TempDirectory();
        string here = Path.Combine(tmp.Path, "here");
        CultureOutputs.Write(here, args => CliHarness.Run(args) is var r ? (r.ExitCode, r.Stdout) : default);

        foreach (var culture in new[] { "da-DK", "" })
        {
            string there = Path.Combine(tmp.Path, culture.Length == 0 ? "icu-invariant" : culture);
            var (code, output) = ProcessRunner.Run(
                "dotnet",
                $"\"{Probe}\" \"{(culture.Length == 0 ? "iv" : culture)}\" \"{there}\""
            );
            Assert.True(code == 0, output);
            // The probe really ran with that culture: 1.5 formats with its decimal separator.
            Assert.Contains(culture == "da-DK" ? "da-DK 1,5" : " 1.5", output.Split('\n').Select(l => l.TrimEnd()));
            AssertSameTree(here, there);
        }
    }

    [Fact]
    public void The_environment_gives_an_icu_app_a_danish_culture_and_the_library_ignores_it()
    {
        // What a user's app sees with LANG=da_DK.UTF-8: a Danish current culture (so the test above is not vacuous).
        var (code, output) = RunWithLang("--which");
        Assert.True(code == 0, output);
        Assert.Equal("da-DK 1,5", output.Trim());
    }

    [Fact]
    public void Danish_formatting_is_available_on_request_whatever_the_current_culture()
    {
        // In this (invariant-mode) process da-DK cannot be created at all; Danish output must not need it.
        Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("da-DK"));
        var t = new ResultTable("t", ["x"], [new object?[] { 1234.5 }]);
        Assert.Equal("x\n1234,5\n", t.ToString(TableFormat.Csv, TableDialect.Danish));
        Assert.Equal("x\n1234.5\n", t.ToString(TableFormat.Csv));
    }

    private static (int Code, string Output) RunWithLang(string args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet", $"\"{Probe}\" {args}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["LANG"] = "da_DK.UTF-8";
        psi.Environment["LC_ALL"] = "da_DK.UTF-8";
        using var p = System.Diagnostics.Process.Start(psi)!;
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit(60_000);
        return (p.ExitCode, stdout + stderr);
    }

    private static void AssertSameTree(string expected, string actual)
    {
        static List<string> Files(string root) =>
            [
                .. Directory
                    .EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal),
            ];
        var files = Files(expected);
        Assert.True(files.Count > 60, $"only {files.Count} files written");
        Assert.Equal(files, Files(actual));
        foreach (var f in files)
        {
            var a = File.ReadAllBytes(Path.Combine(expected, f));
            var b = File.ReadAllBytes(Path.Combine(actual, f));
            if (!a.AsSpan().SequenceEqual(b))
            {
                var la = System.Text.Encoding.UTF8.GetString(a).Split('\n');
                var lb = System.Text.Encoding.UTF8.GetString(b).Split('\n');
                int i = 0;
                while (i < Math.Min(la.Length, lb.Length) && la[i] == lb[i])
                {
                    i++;
                }
                Assert.Fail(
                    $"{f} differs from the invariant-mode output at line {i + 1}:\n  invariant mode: {(i < la.Length ? la[i] : "<end>")}\n  probe:          {(i < lb.Length ? lb[i] : "<end>")}"
                );
            }
        }
    }
}
