using System.Diagnostics;
using System.Globalization;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>Times named benchmark stages and records throughput and the process's peak memory.</summary>
internal sealed class StageTimer
{
    private readonly List<StageResult> _results = [];

    public IReadOnlyList<StageResult> Results => _results;

    public T Time<T>(string stage, long inputBytes, long personWeeks, Func<T> body)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        T value = body();
        sw.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        _results.Add(
            new StageResult(stage, sw.Elapsed.TotalSeconds, inputBytes, personWeeks, process.PeakWorkingSet64)
        );
        return value;
    }

    public void Add(StageResult result) => _results.Add(result);
}

/// <summary>One measured stage.</summary>
internal sealed record StageResult(
    string Stage,
    double Seconds,
    long InputBytes,
    long PersonWeeks,
    long PeakWorkingSetBytes
)
{
    public double MegabytesPerSecond => InputBytes > 0 ? InputBytes / 1e6 / Seconds : double.NaN;

    public double PersonWeeksPerSecond => PersonWeeks > 0 ? PersonWeeks / Seconds : double.NaN;

    public string Format() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Stage, -28} {Seconds, 8:F2} s  {(double.IsNaN(MegabytesPerSecond) ? "" : $"{MegabytesPerSecond, 8:F1} MB/s"), 13}  {(double.IsNaN(PersonWeeksPerSecond) ? "" : $"{PersonWeeksPerSecond / 1e6, 8:F1} M person-weeks/s"), 24}  peak {PeakWorkingSetBytes / 1048576.0, 7:F0} MB"
        );
}
