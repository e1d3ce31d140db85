using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Throughput benchmark of the wide register scan: generates a synthetic DREAM wide file, scans it
/// against a roster of every k-th person, and compares with a plain line count of the same file
/// (the in-process equivalent of <c>wc -l</c>). For a <c>bench</c> command or a benchmark project;
/// not for timed unit tests.
/// </summary>
public static class RegisterScanBenchmark
{
    private static readonly string[] Codes = ["130", "130", "130", "211", "215", "750", "760", "651", "881", "111"];

    /// <summary>
    /// Writes a synthetic wide register: ids <c>1000000000 + i</c>, <paramref name="weeks"/> consecutive
    /// <c>y_YYWW</c> columns from <paramref name="firstWeek"/>, about 45% blank cells and codes from
    /// the default codebook in spells, deterministic for <paramref name="seed"/>.
    /// </summary>
    public static void GenerateWideFile(string path, int persons, int weeks, IsoWeek firstWeek, int seed)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(weeks * 4 + 16);
        line.Append("pnr");
        for (int k = 0; k < weeks; k++)
        {
            line.Append(',').Append(firstWeek.AddWeeks(k).ToDreamColumn());
        }
        writer.Write(line.Append('\n'));
        for (int p = 0; p < persons; p++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"{1_000_000_000L + p}");
            string? current = null;
            for (int k = 0; k < weeks; k++)
            {
                if (k == 0 || random.Next(8) == 0)
                {
                    current = random.Next(20) < 9 ? null : Codes[random.Next(Codes.Length)];
                }
                line.Append(',').Append(current);
            }
            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>A roster of every <paramref name="every"/>-th generated person (ids as in <see cref="GenerateWideFile"/>), arms alternating.</summary>
    public static Roster.Roster GenerateRoster(int persons, int every, IsoWeek visitationWeek)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        var list = new List<Roster.RosterPerson>();
        for (int p = 0; p < persons; p += every)
        {
            list.Add(
                new Roster.RosterPerson(
                    list.Count,
                    (1_000_000_000L + p).ToString(CultureInfo.InvariantCulture),
                    list.Count % 2 == 0 ? Roster.Arm.Treatment : Roster.Arm.Control,
                    visitationWeek.Monday,
                    visitationWeek,
                    "site",
                    "group",
                    [],
                    0
                )
            );
        }
        return new Roster.Roster(list, []);
    }

    /// <summary>Scans <paramref name="path"/> once with a near-empty handler (it reads the first and last week) and times it.</summary>
    public static RegisterScanBenchmarkResult Run(string path, Roster.Roster roster, Codebook.Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(path);
        long bytes = new FileInfo(path).Length;
        long checksum = 0;
        long personWeeks = 0;
        var watch = Stopwatch.StartNew();
        var result = DreamWideReader.Scan(
            path,
            roster,
            codebook,
            RegisterScanOptions.Default,
            (_, weeks, _) =>
            {
                // Touch the delivered data without adding work of its own: this times the reader only.
                personWeeks += weeks.Length;
                checksum += (int)weeks[0] + (int)weeks[^1];
            }
        );
        double scanSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        long lines = CountLines(path);
        double lineSeconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new RegisterScanBenchmarkResult(
            bytes,
            result.RowsRead,
            result.MatchedPersons,
            personWeeks,
            scanSeconds,
            lines,
            lineSeconds,
            process.PeakWorkingSet64,
            checksum
        );
    }

    /// <summary>Counts <c>\n</c> bytes with a vectorised search: the in-process <c>wc -l</c> baseline.</summary>
    public static long CountLines(string path)
    {
        using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        var buffer = new byte[1 << 20];
        long lines = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
        }
        return lines;
    }
}
