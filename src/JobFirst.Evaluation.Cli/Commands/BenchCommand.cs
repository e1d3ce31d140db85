using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JobFirst.Evaluation.Cli.Bench;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval bench</c>: generates (or reuses) large synthetic inputs and measures the register
/// scan against <c>wc -l</c>, and the full load (scan + event panel + indicators), printing wall time,
/// MB/s, person-weeks/s and peak memory per stage.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Data directory (generated when it has no register.csv).",
            DefaultValueFactory = _ => "bench-data",
        };
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
            Description = "Week columns when generating.",
            DefaultValueFactory = _ => 156,
        };
        var command = new Command("bench", "Measure register scan and indicator throughput on large synthetic inputs.")
        {
            dir,
            persons,
            registerPersons,
            weeks,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    string d = parse.GetValue(dir)!;
                    var files = StudyFiles.InDirectory(d) with { Codebook = null };
                    if (!File.Exists(files.Register))
                    {
                        int n = parse.GetValue(persons);
                        int m = parse.GetValue(registerPersons) ?? n;
                        context.Error.WriteLine(
                            $"generating {n:N0} roster persons, {m:N0} register rows × {parse.GetValue(weeks)} weeks in {d} ..."
                        );
                        SyntheticRegisterWriter.Write(d, n, m, parse.GetValue(weeks), 1);
                    }
                    Run(context, files);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static void Run(CliContext context, StudyFiles files)
    {
        long bytes = new FileInfo(files.Register).Length;
        var timer = new StageTimer();
        double wc = TimeWcL(files.Register);
        var roster = timer.Time("roster", new FileInfo(files.Roster).Length, 0, () => RosterReader.Read(files.Roster));
        var scan = timer.Time(
            "register scan (linkage only)",
            bytes,
            0,
            () =>
                DreamWideReader.Scan(
                    files.Register,
                    roster,
                    Codebook.Codebook.Default,
                    RegisterScanOptions.Default,
                    static (_, _, _) => { }
                )
        );
        long cells = scan.RowsRead * scan.Layout.WeekCount;
        if (files.Hours is not null && File.Exists(files.Hours))
        {
            timer.Time(
                "hours (weekly long)",
                new FileInfo(files.Hours).Length,
                0,
                () => Hours.HoursReader.ReadWeekly(files.Hours, roster)
            );
        }
        var study = timer.Time("load: scan + hours + panel", bytes, cells, () => Study.Load(files));
        long personWeeks = Enumerable.Range(0, study.Panel.PersonCount).Sum(p => (long)study.Panel.ObservedWeeks(p));
        timer.Time("indicator table (9 × 156 wk)", 0, personWeeks, () => study.Indicators(maxWeek: 156));

        var w = context.Out;
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"register: {bytes / 1e6:F1} MB, {scan.RowsRead:N0} rows × {scan.Layout.WeekCount} weeks; roster {roster.Count:N0}; matched {scan.MatchedPersons:N0}"
            )
        );
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{"wc -l (I/O floor)", -28} {wc, 8:F2} s  {bytes / 1e6 / wc, 8:F1} MB/s"
            )
        );
        foreach (var r in timer.Results)
        {
            w.WriteLine(r.Format());
        }
        var scanStage = timer.Results.Single(r => r.Stage.StartsWith("register scan", StringComparison.Ordinal));
        w.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"scan / wc -l throughput: {scanStage.MegabytesPerSecond / (bytes / 1e6 / wc) * 100:F0}%"
            )
        );
    }

    private static double TimeWcL(string path)
    {
        try
        {
            var psi = new ProcessStartInfo("wc", ["-l", path])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return sw.Elapsed.TotalSeconds;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return double.NaN;
        }
    }
}
