using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Design;

/// <summary>Design rules as tests (STYLE.md practice 10).</summary>
public partial class DesignRuleTests
{
    private static readonly Assembly Library = typeof(JobFirst.Evaluation.Calendar.IsoWeek).Assembly;

    [Fact]
    public void Public_types_have_no_mutable_public_properties()
    {
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes().Where(t => !IsFigureStylingModel(t)))
        {
            foreach (
                var p in type.GetProperties(
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly
                )
            )
            {
                var setter = p.SetMethod;
                if (setter is null || !setter.IsPublic)
                {
                    continue;
                }
                bool initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                if (!initOnly)
                {
                    offenders.Add($"{type.FullName}.{p.Name}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Mutable public properties: " + string.Join(", ", offenders));
    }

    // The figure model mirrors ScottPlot 5: plot.Add.Line(...) returns the plottable so the caller can
    // style it (colour, width, label). That styling surface is mutable by design; results are not.
    private static bool IsFigureStylingModel(Type t) =>
        t.Namespace is "JobFirst.Evaluation.Figures.Model" or "JobFirst.Evaluation.Figures.Plottables";

    [Fact]
    public void Library_source_has_no_clock_console_or_culture_dependent_calls()
    {
        var forbidden = ForbiddenCalls();
        var offenders = new List<string>();
        foreach (
            var file in Directory.EnumerateFiles(
                RepoPaths.File("src", "JobFirst.Evaluation"),
                "*.cs",
                SearchOption.AllDirectories
            )
        )
        {
            if (
                file.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            )
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && forbidden.IsMatch(code))
                {
                    offenders.Add($"{Path.GetFileName(file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Forbidden calls in the library:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(
        @"DateTime(Offset)?\.(Now|UtcNow|Today)|\bConsole\.|CultureInfo\.CurrentCulture|Environment\.TickCount"
    )]
    private static partial Regex ForbiddenCalls();
}
