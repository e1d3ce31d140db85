using System.Diagnostics;
using System.Globalization;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// Times named benchmark stages and records throughput and peak memory. On Linux the peak resident set
/// (VmHWM) is reset before each stage (<c>/proc/self/clear_refs</c>), so a stage's peak is its own
/// (memory still held from earlier stages included); elsewhere it is the process's peak so far.
/// </summary>
internal sealed class StageTimer
{
    private readonly List<StageResult> _results = [];

    public IReadOnlyList<StageResult> Results => _results;

    /// <summary>True when peaks are per stage (the high-water mark could be reset).</summary>
    public bool PerStagePeaks { get; private set; } = true;

    public T Time<T>(string stage, long inputBytes, long personWeeks, Func<T> body, Func<T, long>? personWeeksOf = null)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        ResetPeak();
        var cpu = CpuSeconds();
        var sw = Stopwatch.StartNew();
        T value = body();
        sw.Stop();
        cpu = CpuSeconds() - cpu;
        long pw = personWeeksOf is null ? personWeeks : personWeeksOf(value);
        _results.Add(new StageResult(stage, sw.Elapsed.TotalSeconds, inputBytes, pw, PeakBytes(), cpu));
        return value;
    }

    /// <summary>Adds a line for several stages together (peak = the largest of theirs).</summary>
    public void AddTotal(string stage, double seconds, long inputBytes, long personWeeks) =>
        _results.Add(
            new StageResult(
                stage,
                seconds,
                inputBytes,
                personWeeks,
                _results.Count == 0 ? PeakBytes() : _results.Max(r => r.PeakBytes),
                _results.Sum(r => r.CpuSeconds)
            )
        );

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            PerStagePeaks = false;
        }
    }

    private static long PeakBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}

/// <summary>One measured stage.</summary>
/// <param name="CpuSeconds">Processor time of the whole process during the stage (÷ Seconds ≈ cores busy).</param>
internal sealed record StageResult(
    string Stage,
    double Seconds,
    long InputBytes,
    long PersonWeeks,
    long PeakBytes,
    double CpuSeconds
)
{
    public double MegabytesPerSecond => InputBytes > 0 ? InputBytes / 1e6 / Seconds : double.NaN;

    public double PersonWeeksPerSecond => PersonWeeks > 0 ? PersonWeeks / Seconds : double.NaN;

    public string Format() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Stage, -34} {Seconds, 8:F2} s  {(double.IsNaN(MegabytesPerSecond) ? "" : $"{MegabytesPerSecond, 8:F1} MB/s"), 13}  {(double.IsNaN(PersonWeeksPerSecond) ? "" : $"{PersonWeeksPerSecond / 1e6, 8:F1} M person-weeks/s"), 24}  peak {PeakBytes / 1048576.0, 7:F0} MB  cpu {CpuSeconds, 6:F2} s"
        );
}
