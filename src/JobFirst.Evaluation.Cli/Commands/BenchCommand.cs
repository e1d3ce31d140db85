using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JobFirst.Evaluation.Cli.Bench;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval bench</c>: runs the full benchmark pipeline of bench/SPEC.md on generated files (made
/// first when the directory has none), writes its CSVs, and prints wall time, MB/s, person-weeks/s and
/// peak memory per stage, then the I/O floor (<c>wc -l</c>) and the reading components on their own.
/// With <c>--partitions K</c> it also runs the pipeline on K person partitions of the inputs and checks
/// that the merged partial results equal the one-pass result (the scale-out path).
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Data directory from bench-generate (generated when it has no register.csv).",
            DefaultValueFactory = _ => "bench-data",
        };
        var output = new Option<string?>("--out") { Description = "Output directory (default DIR/out-jobfirst)." };
        var persons = new Option<int>("--persons")
        {
            Description = "Roster persons when generating.",
            DefaultValueFactory = _ => 1_000_000,
        };
        var registerPersons = new Option<int?>("--register-persons")
        {
            Description = "Register rows when generating (default = roster).",
        };
        var weeks = new Option<int>("--weeks")
        {
            Description = "Week columns when generating (312 = 156 history + 156 follow-up weeks).",
            DefaultValueFactory = _ => 312,
        };
        var partitions = new Option<int>("--partitions")
        {
            Description = "Also run on this many person partitions and check that their merged results equal one pass.",
            DefaultValueFactory = _ => 0,
        };
        var scanOnly = new Option<int>("--scan-only")
        {
            Description =
                "Only time the register scan (linkage only) this many times against wc -l, on existing files (for tuning the reader).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("bench", "Run the benchmark pipeline (bench/SPEC.md) and print per-stage throughput.")
        {
            dir,
            output,
            persons,
            registerPersons,
            weeks,
            partitions,
            scanOnly,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    string d = parse.GetValue(dir)!;
                    var files = StudyFiles.InDirectory(d) with { Codebook = null };
                    int scans = parse.GetValue(scanOnly);
                    if (scans > 0)
                    {
                        if (!File.Exists(files.Register))
                        {
                            throw new InputException($"no register.csv in {d}; run bench-generate first");
                        }
                        RunScanOnly(context, files, scans);
                        return ExitCodes.Success;
                    }
                    if (!File.Exists(files.Register))
                    {
                        int n = parse.GetValue(persons);
                        int m = parse.GetValue(registerPersons) ?? n;
                        int w = parse.GetValue(weeks);
                        if (n < 1 || m < n || w < 60)
                        {
                            throw new InputException(
                                "need --persons >= 1, --register-persons >= --persons and --weeks >= 60"
                            );
                        }
                        context.Error.WriteLine(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"generating {n:N0} roster persons, {m:N0} register rows × {w} weeks in {d} ..."
                            )
                        );
                        SyntheticRegisterWriter.Write(d, n, m, w, 1);
                    }
                    string o = parse.GetValue(output) ?? Path.Combine(d, "out-jobfirst");
                    Run(context, files, o, parse.GetValue(partitions));
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static void Run(CliContext context, StudyFiles files, string outputDirectory, int partitions)
    {
        var w = context.Out;
        var timer = new StageTimer();
        var outputs = BenchPipeline.Run(files, outputDirectory, timer);
        var scan = outputs.Scan;
        var linkage = outputs.Linkage;
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"inputs: roster {Mb(files.Roster):F1} MB ({outputs.RosterCount:N0} persons); register {Mb(files.Register):F1} MB ({scan.RowsRead:N0} rows × {scan.Layout.WeekCount} weeks); hours {Mb(files.Hours!):F1} MB ({linkage.HoursRows:N0} rows)"
            )
        );
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"linkage: matched {scan.MatchedPersons:N0}, roster-only {scan.RosterOnlyPersons:N0}, register-only {scan.RegisterOnlyRows:N0}; logit n = {outputs.Logit.Rows:N0}; cores {Environment.ProcessorCount}; outputs in {outputDirectory}"
            )
        );
        w.WriteLine(
            timer.PerStagePeaks
                ? "pipeline (peak = resident-set high-water mark during the stage)"
                : "pipeline (peak = process high-water mark so far)"
        );
        foreach (var r in timer.Results)
        {
            w.WriteLine(r.Format());
        }
        w.WriteLine(outputs.LogitDetail);

        w.WriteLine("I/O floor and reading components, each on its own:");
        double wcRegister = TimeWcL(files.Register);
        double wcAll = TimeWcL(files.Register) + TimeWcL(files.Hours!) + TimeWcL(files.Roster);
        long allBytes = Bytes(files.Register) + Bytes(files.Hours!) + Bytes(files.Roster);
        w.WriteLine(Line("wc -l register", wcRegister, Bytes(files.Register)));
        w.WriteLine(Line("wc -l roster + hours + register", wcAll, allBytes));
        foreach (var r in outputs.Extras)
        {
            w.WriteLine(r.Format());
        }
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Study.Effects vs the effects stage: max relative difference {outputs.StudyEffectsDifference:G3} (shifted moments merged by Chan vs raw sums)"
            )
        );
        var parts = new StageTimer();
        var roster = parts.Time("roster", Bytes(files.Roster), 0, () => RosterReader.Read(files.Roster));
        parts.Time(
            "register scan (linkage only)",
            Bytes(files.Register),
            scan.RowsRead * scan.Layout.WeekCount,
            () =>
                DreamWideReader.ScanParallel(
                    files.Register,
                    roster,
                    Codebook.Codebook.Default,
                    RegisterScanOptions.Default,
                    () => static (_, _, _) => { }
                )
        );
        parts.Time("hours into a table", Bytes(files.Hours!), 0, () => HoursReader.ReadWeekly(files.Hours!, roster));
        foreach (var r in parts.Results)
        {
            w.WriteLine(r.Format());
        }
        var scanStage = parts.Results[1];
        var read = timer.Results[0];
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"register scan / wc -l: {wcRegister / scanStage.Seconds * 100:F0}% of wc -l throughput ({scanStage.Seconds / wcRegister:F1}× its time); full read / wc -l of all inputs: {wcAll / read.Seconds * 100:F0}% ({read.Seconds / wcAll:F1}×)"
            )
        );
        if (partitions > 0)
        {
            BenchPartitions.Check(context, files, outputs, partitions);
        }
    }

    private static void RunScanOnly(CliContext context, StudyFiles files, int scans)
    {
        var w = context.Out;
        double wcRegister = TimeWcL(files.Register);
        w.WriteLine(Line("wc -l register (best of 3)", wcRegister, Bytes(files.Register)));
        var parts = new StageTimer();
        var roster = parts.Time("roster", Bytes(files.Roster), 0, () => RosterReader.Read(files.Roster));
        w.WriteLine(parts.Results[0].Format());
        double best = double.PositiveInfinity;
        for (int i = 0; i < scans; i++)
        {
            var scan = parts.Time(
                "register scan (linkage only)",
                Bytes(files.Register),
                0,
                () =>
                    DreamWideReader.ScanParallel(
                        files.Register,
                        roster,
                        Codebook.Codebook.Default,
                        RegisterScanOptions.Default,
                        () => static (_, _, _) => { }
                    ),
                s => s.MatchedPersons * s.Layout.WeekCount
            );
            var r = parts.Results[^1];
            best = Math.Min(best, r.Seconds);
            w.WriteLine(
                r.Format()
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {r.CpuSeconds * 1e9 / Math.Max(1, r.PersonWeeks):F2} ns cpu/cell  matched {scan.MatchedPersons:N0}"
                    )
            );
        }
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"best scan {best:F3} s = {best / wcRegister:F2}× wc -l's time; load {File.ReadAllText("/proc/loadavg").Trim()}"
            )
        );
    }

    private static string Line(string stage, double seconds, long bytes) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{stage, -34} {seconds, 8:F2} s  {bytes / 1e6 / seconds, 8:F1} MB/s"
        );

    private static double Mb(string path) => Bytes(path) / 1e6;

    private static long Bytes(string path) => new FileInfo(path).Length;

    private static double TimeWcL(string path)
    {
        try
        {
            var psi = new ProcessStartInfo("wc", ["-l", path])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            double best = double.PositiveInfinity;
            for (int i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                using var p = Process.Start(psi)!;
                p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            return best;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return double.NaN;
        }
    }
}
