using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Samples;

/// <summary>The README's scripting tour is code: its C# block is run as a file-based app, so the README cannot drift.</summary>
[Collection(DotnetProcesses.Name)]
public class ReadmeTourTests(SampleApps apps)
{
    internal static string TourCode()
    {
        string readme = File.ReadAllText(RepoPaths.File("README.md"));
        int section = readme.IndexOf("\n## Scripting\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README has no Scripting section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        Assert.True(start > section && end > start, "no csharp block in the Scripting section");
        return readme[start..end] + "\n";
    }

    [Fact]
    public async Task Readme_scripting_tour_runs_and_writes_what_it_says()
    {
        using var tmp = new TempDirectory();
        string program = tmp.Write(
            "readme-tour.cs",
            $"#:project {RepoPaths.File("src", "JobFirst.Evaluation", "JobFirst.Evaluation.csproj")}\n#:property PublishAot=false\n"
                + TourCode()
        );
        var run = await apps.RunIn(tmp.Path, program);
        Assert.True(run.ExitCode == 0, $"README tour exited with {run.ExitCode}:\n{run.Output}");
        Assert.Contains("# Study", run.Output, StringComparison.Ordinal);
        Assert.Contains("# Weekly effects: active13", run.Output, StringComparison.Ordinal);
        Assert.Contains("week 35: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("# margins: target_group", run.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bP\d{6}\b", run.Output);
        foreach (var f in new[] { "active13.csv", "active13-da.csv", "active13.svg" })
        {
            Assert.True(File.Exists(Path.Combine(tmp.Path, "out", f)), $"out/{f} not written");
        }
        Assert.StartsWith(
            "outcome;week;n_followed",
            File.ReadAllText(Path.Combine(tmp.Path, "out", "active13-da.csv")).TrimStart('\uFEFF'),
            StringComparison.Ordinal
        );
    }
}
