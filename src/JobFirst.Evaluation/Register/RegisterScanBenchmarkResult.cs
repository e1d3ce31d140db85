namespace JobFirst.Evaluation.Register;

/// <summary>Timings of one <see cref="RegisterScanBenchmark.Run"/>.</summary>
/// <param name="Bytes">File size in bytes.</param>
/// <param name="RowsRead">Register rows read.</param>
/// <param name="MatchedPersons">Roster persons delivered to the handler.</param>
/// <param name="PersonWeeks">Person-weeks delivered to the handler.</param>
/// <param name="ScanSeconds">Wall-clock seconds of the scan.</param>
/// <param name="Lines">Lines counted by the baseline.</param>
/// <param name="LineCountSeconds">Wall-clock seconds of the line-count baseline (file then in the OS cache).</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set after the run.</param>
/// <param name="Checksum">Sum of the first and last week's category codes seen by the handler (keeps the work observable).</param>
public sealed record RegisterScanBenchmarkResult(
    long Bytes,
    long RowsRead,
    int MatchedPersons,
    long PersonWeeks,
    double ScanSeconds,
    long Lines,
    double LineCountSeconds,
    long PeakWorkingSetBytes,
    long Checksum
)
{
    /// <summary>Scan throughput in MB/s (10^6 bytes per second).</summary>
    public double ScanMegabytesPerSecond => Bytes / 1e6 / ScanSeconds;

    /// <summary>Line-count throughput in MB/s.</summary>
    public double LineCountMegabytesPerSecond => Bytes / 1e6 / LineCountSeconds;

    /// <summary>Scan throughput relative to the line count (1 = as fast as counting lines).</summary>
    public double RelativeToLineCount => LineCountSeconds / ScanSeconds;
}
