using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Samples;

/// <summary>
/// Builds the file-based apps under <c>samples/</c> (and generated ones, e.g. the notebook's cells) once per test run,
/// in the configuration the tests were built in, against the library the test build just produced
/// (<c>--no-dependencies</c>: the referenced projects are not rebuilt, so no two SDK processes write the same obj/
/// folder). Builds start in the background, two at a time, as soon as the fixture exists; each test waits for its own.
/// </summary>
public sealed class SampleApps : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<BuildResult>>> _builds = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(2);

    public SampleApps()
    {
        foreach (var sample in SampleFiles)
        {
            _ = Build(sample);
        }
    }

    /// <summary>The configuration the test assembly (and so the library) was built in.</summary>
    public static string Configuration { get; } =
        typeof(SampleApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Every <c>samples/*.cs</c>, by full path, in name order.</summary>
    public static IReadOnlyList<string> SampleFiles { get; } =
    [.. Directory.GetFiles(RepoPaths.File("samples"), "*.cs").Order(StringComparer.Ordinal)];

    /// <summary>Starts (once) and returns the build of the file-based app <paramref name="path"/>.</summary>
    public Task<BuildResult> Build(string path) =>
        _builds
            .GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<BuildResult>>(() => Task.Run(() => BuildNow(p))))
            .Value;

    /// <summary>Builds (if needed) and runs <paramref name="path"/> with <paramref name="arguments"/> from the repository root.</summary>
    public Task<RunResult> Run(string path, params string[] arguments) => RunIn(RepoPaths.Root, path, arguments);

    /// <summary>Builds (if needed) and runs <paramref name="path"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public async Task<RunResult> RunIn(string workingDirectory, string path, params string[] arguments)
    {
        var build = await Build(path);
        Assert.True(build.ExitCode == 0, $"build of {Path.GetFileName(path)} failed:\n{build.Output}");
        var watch = Stopwatch.StartNew();
        string args =
            $"run --no-build -c {Configuration} \"{path}\" --" + string.Concat(arguments.Select(a => $" \"{a}\""));
        var (code, output) = ProcessRunner.Run("dotnet", args, workingDirectory, timeoutSeconds: 600);
        return new RunResult(code, output, build.Elapsed, watch.Elapsed);
    }

    private BuildResult BuildNow(string path)
    {
        _slots.Wait();
        try
        {
            var watch = Stopwatch.StartNew();
            var (code, output) = ProcessRunner.Run(
                "dotnet",
                $"build \"{path}\" -c {Configuration} --no-dependencies -nologo",
                timeoutSeconds: 600
            );
            return new BuildResult(code, output, watch.Elapsed);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>Outcome of <c>dotnet build</c> for one app.</summary>
    public sealed record BuildResult(int ExitCode, string Output, TimeSpan Elapsed);

    /// <summary>Outcome of running one app.</summary>
    public sealed record RunResult(int ExitCode, string Output, TimeSpan BuildTime, TimeSpan RunTime);
}
