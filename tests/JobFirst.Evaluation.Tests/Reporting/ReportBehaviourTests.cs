using System.Globalization;
using System.Text.Json;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Output;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Sections.Builtin;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ReportBehaviourTests(SimulatedDataFixture data) : IClassFixture<SimulatedDataFixture>
{
    private string WriteSpec(TempDirectory tmp, string members, bool sites = true) =>
        tmp.Write(
            "spec.json",
            "{\n  " + data.InputsJson(sites) + (members.Length > 0 ? ",\n  " + members : "") + "\n}\n"
        );

    [Fact]
    public void A_failure_while_writing_leaves_no_report_and_no_partial_directory()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(tmp, "\"sections\": [{\"section\": \"linkage\"}, {\"section\": \"persons_followed\"}]");
        string outDir = tmp.File("out");
        var failing = new ReportOptions { Rasterizer = new FailingRasterizer(failAt: 2) };
        Assert.Throws<InvalidOperationException>(() => ReportRunner.Run(spec, outDir, failing));
        Assert.False(Directory.Exists(outDir));
        Assert.DoesNotContain(
            Directory.EnumerateFileSystemEntries(tmp.Path),
            e => e.Contains(".partial-", StringComparison.Ordinal)
        );

        // An earlier report stays exactly as it was when a later run fails.
        ReportRunner.Run(spec, outDir);
        var before = SimulatedReportFixture
            .Files(outDir)
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(outDir, f)));
        Assert.Throws<InvalidOperationException>(() =>
            ReportRunner.Run(spec, outDir, failing with { Rasterizer = new FailingRasterizer(1) })
        );
        Assert.Equal(before.Keys, SimulatedReportFixture.Files(outDir));
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(Path.Combine(outDir, kv.Key))));
        Assert.DoesNotContain(
            Directory.EnumerateFileSystemEntries(tmp.Path),
            e => e.Contains(".partial-", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Rerunning_replaces_the_report_entries_and_keeps_other_files()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(tmp, "\"sections\": [{\"section\": \"persons_followed\"}]");
        string outDir = tmp.File("out");
        ReportRunner.Run(spec, outDir);
        File.WriteAllText(Path.Combine(outDir, "figures", "stale.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");
        ReportRunner.Run(spec, outDir);
        Assert.False(File.Exists(Path.Combine(outDir, "figures", "stale.svg")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(outDir, "figures", "persons_followed.svg")));
    }

    [Fact]
    public void A_new_section_plugs_in_through_the_registry()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"sections\": [{\"section\": \"linkage\", \"figures\": false}, {\"section\": \"counting\", \"threshold\": 3}]"
        );
        var options = new ReportOptions { Registry = ReportSectionRegistry.Default.With(new CountingSection()) };
        var summary = ReportRunner.Run(spec, tmp.File("out"), options);
        Assert.Equal(1, summary.FigureCount);
        Assert.Equal(2, summary.TableCount);
        Assert.Contains(summary.Outputs, o => o.Path == "figures/counting.svg");
        Assert.Contains(summary.Outputs, o => o.Path == "tables/counting.csv");
        Assert.Contains(summary.Suppressions, s => s.Item == "counting" && s.Kind == "table" && s.Cells >= 1);
        Assert.Contains(summary.Suppressions, s => s.Item == "counting" && s.Kind == "figure" && s.Cells == 1);
        Assert.EndsWith(
            "tiny,\n",
            File.ReadAllText(tmp.File(Path.Combine("out", "tables", "counting.csv"))),
            StringComparison.Ordinal
        );
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(tmp.File(Path.Combine("out", "manifest.json"))));
        Assert.Equal(
            "test convention",
            manifest.RootElement.GetProperty("conventions").GetProperty("counting").GetString()
        );

        // Its options are strict like the built-in ones, and the default registry does not know it.
        var bad = Assert.Throws<InputException>(() =>
            ReportSpecLoader.Parse(
                "{" + data.InputsJson() + ",\n\"sections\": [{\"section\": \"counting\", \"threshold\": 0}]}",
                "s.json",
                registry: options.Registry
            )
        );
        Assert.Contains("$.sections[0].threshold: must be at least 1", bad.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() =>
            ReportSpecLoader.Load(WriteSpec(tmp, "\"sections\": [{\"section\": \"counting\"}]"))
        );
    }

    [Fact]
    public void Danish_balanced_report_uses_danish_labels_decimal_comma_and_stops_at_week_k()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"language\": \"da\", \"population\": \"balanced:8\", \"week_to\": 20, \"focus_week\": 8, \"outcomes\": [\"employed\", \"hours\"],\n"
                + "  \"sections\": [{\"section\": \"linkage\"}, {\"section\": \"weekly_levels\"}, {\"section\": \"hours_distribution\", \"breaks\": [10, 20]}]"
        );
        string outDir = tmp.File("out");
        ReportRunner.Run(spec, outDir);
        string html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "Uge efter visitation",
            File.ReadAllText(Path.Combine(outDir, "figures", "weekly_levels-employed.svg")),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Observeret til og med uge 8",
            File.ReadAllText(Path.Combine(outDir, "figures", "linkage-flow.svg")),
            StringComparison.Ordinal
        );
        var weeks = File.ReadLines(Path.Combine(outDir, "tables", "weekly_levels.csv"))
            .Skip(1)
            .Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(8, weeks.Max());
        // Balanced: every week has the same persons.
        var n = File.ReadLines(Path.Combine(outDir, "tables", "weekly_levels.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c[2] == "treatment" && c[0] == "employed")
            .Select(c => c[3])
            .Distinct();
        Assert.Single(n);
        Assert.Equal(
            ["0-10", "10-20", "20+"],
            File.ReadLines(Path.Combine(outDir, "tables", "hours_distribution.csv"))
                .Skip(1)
                .Select(l => l.Split(',')[1])
                .Distinct()
        );
        // Reading tables use the decimal comma; CSV stays invariant.
        Assert.Matches(@"\| 0,\d+ \|", File.ReadAllText(Path.Combine(outDir, "tables", "weekly_levels.md")));
        Assert.Matches(@",0\.\d+,", File.ReadAllText(Path.Combine(outDir, "tables", "weekly_levels.csv")));
        Assert.Contains("Figur 1.", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_min_cell_suppresses_every_small_point_and_cell()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"min_cell\": 60, \"week_to\": 44, \"sections\": [{\"section\": \"persons_followed\"}, {\"section\": \"weekly_levels\", \"outcomes\": [\"employed\"]}]"
        );
        var summary = ReportRunner.Run(spec, tmp.File("out"));
        int cells = 0;
        foreach (var line in File.ReadLines(tmp.File(Path.Combine("out", "tables", "weekly_levels.csv"))).Skip(1))
        {
            var c = line.Split(',');
            if (c[3] == "")
            {
                cells += 2;
                Assert.Equal("", c[4]);
                Assert.Equal("true", c[5]);
                continue;
            }
            int n = int.Parse(c[3], CultureInfo.InvariantCulture);
            Assert.True(n is 0 or >= 60, line);
            if (n > 0 && c[4] == "")
            {
                cells++; // enough persons followed, but too few (or too few not) employed
                Assert.Equal("true", c[5]);
            }
        }
        Assert.True(cells > 0);
        var figure = summary.Suppressions.Single(s => s.Item == "weekly_levels-employed");
        Assert.True(figure.Cells > 0);
        Assert.Contains(
            "fewer than 60 persons",
            File.ReadAllText(tmp.File(Path.Combine("out", "figures", "weekly_levels-employed.svg"))),
            StringComparison.Ordinal
        );
        var table = summary.Suppressions.Single(s => s.Item == "weekly_levels" && s.Kind == "table");
        Assert.Equal(cells, table.Cells); // n_followed and mean of each small row, the mean alone of a small share
    }

    private const string AnalysisSections =
        "\"sections\": [{\"section\": \"balance\"}, {\"section\": \"effects\", \"outcomes\": [\"hours\", \"active13\"], \"band_draws\": 500, \"windows\": [\"10:20:ever\"]},"
        + " {\"section\": \"subgroups\", \"by\": [\"target_group\"], \"outcomes\": [\"employed\"], \"week\": 20},"
        + " {\"section\": \"sites\", \"window\": \"20:20:mean\"}, {\"section\": \"kaplan_meier\"},"
        + " {\"section\": \"kaplan_meier\", \"id\": \"ttf\", \"analysis\": \"time_to_first\"}, {\"section\": \"stability\"}]";

    [Fact]
    public void Danish_analysis_sections_write_danish_captions_and_figures()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"language\": \"da\", \"week_to\": 40, \"focus_week\": 20, \"site_traits\": [\"caseload\"],\n  "
                + AnalysisSections
        );
        string outDir = tmp.File("out");
        ReportRunner.Run(spec, outDir);
        string md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        foreach (
            var phrase in new[]
            {
                "Gennemsnitsforskel pr. uge",
                "Welch–Satterthwaite-frihedsgrader",
                "Balance i baggrundsvariable ved randomisering",
                "Test af ens effekter",
                "Kaplan–Meier-estimat fordelt på gruppe",
                "Tid fra visitation til første uge med ordinære timer",
                "Relativ risiko for at forlade forløb med ordinære timer",
                "Effekt (deltagere − kontrolgruppe)",
            }
        )
        {
            Assert.Contains(phrase, md, StringComparison.Ordinal);
        }
        string effect = File.ReadAllText(Path.Combine(outDir, "figures", "effects-active13.svg"));
        Assert.Contains("Uge efter visitation", effect, StringComparison.Ordinal);
        Assert.Contains("Niveau fordelt på gruppe", effect, StringComparison.Ordinal);
        string km = File.ReadAllText(Path.Combine(outDir, "figures", "kaplan_meier.svg"));
        Assert.Contains("Antal i risiko", km, StringComparison.Ordinal);
        Assert.Contains("Uger siden forløbets start", km, StringComparison.Ordinal);
        Assert.Contains("Deltagere", km, StringComparison.Ordinal);
        Assert.Matches(@"\| 0,\d+ \|", File.ReadAllText(Path.Combine(outDir, "tables", "stability.md")));
    }

    [Fact]
    public void A_large_min_cell_suppresses_small_counts_in_every_analysis_section()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"min_cell\": 60, \"week_to\": 40, \"focus_week\": 20, \"site_traits\": [\"caseload\"],\n  "
                + AnalysisSections
        );
        var summary = ReportRunner.Run(spec, tmp.File("out"));
        Assert.Contains(summary.Suppressions, s => s.Item == "effects" && s.Kind == "table");
        // With 60 per arm no jobcentre is estimable: the section says so rather than failing the report.
        Assert.Contains(
            "No site analysis: fewer than two jobcentres have at least 60 persons in each arm",
            File.ReadAllText(tmp.File(Path.Combine("out", "report.md"))),
            StringComparison.Ordinal
        );
        Assert.Contains(summary.Suppressions, s => s.Item == "kaplan_meier" && s.Kind == "figure");
        foreach (var csv in Directory.GetFiles(tmp.File(Path.Combine("out", "tables")), "*.csv"))
        {
            var frame = JobFirst.Evaluation.Data.DataFrameReader.ReadCsv(csv);
            foreach (
                var name in new[]
                {
                    "n_followed",
                    "n_treated",
                    "n_control",
                    "n_risk",
                    "persons",
                    "records",
                    "events",
                    "spells",
                }.Where(frame.Contains)
            )
            {
                var column = frame[name];
                for (int r = 0; r < frame.RowCount; r++)
                {
                    if (column.Kind == JobFirst.Evaluation.Data.DataColumnKind.Numeric && !column.IsMissing(r))
                    {
                        double v = column.Numbers[r];
                        Assert.True(v is 0 or >= 60, $"{Path.GetFileName(csv)} row {r}: {name} = {v}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Logit_section_reproduces_a_direct_fit_on_the_same_person_frame()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(
            tmp,
            "\"week_to\": 20, \"focus_week\": 10, \"sections\": [{\"section\": \"logit\", \"outcome\": \"active13\", \"week\": 15, \"formula\": \"treatment + target_group + hist_weeks_employed\", \"vcov\": \"hc1\"}]"
        );
        ReportRunner.Run(spec, tmp.File("out"));
        var file = ReportSpecLoader.Load(spec);
        var study = Study.Load(StudyFiles.InDirectory(data.Data));
        var context = new ReportContext(file, study);
        var frame = LogisticSection.PersonFrame(context, WeeklyIndicator.Active13, 15);
        var fit = LogisticRegression.Fit(
            DesignMatrixBuilder.Build(
                frame,
                ModelFormula.Parse("active13 ~ treatment + target_group + hist_weeks_employed")
            ),
            new LogisticRegressionOptions(Variance: GlmVariance.HC1)
        );
        var rows = File.ReadLines(tmp.File(Path.Combine("out", "tables", "logit.csv")))
            .Skip(1)
            .Select(l => l.Split(','))
            .ToList();
        foreach (var t in fit.Coefficients)
        {
            var row = rows.Single(r => r[0] == "coefficient" && r[1] == t.Term);
            if (row[^1] == "true")
            {
                // A dummy with a small cell (fewer than min_cell ones, or ones with/without the event) is withheld.
                Assert.NotEqual("treatment", t.Term);
                Assert.All(row[2..^1], cell => Assert.Equal("", cell));
                continue;
            }
            Assert.Equal("false", row[^1]);
            Assert.Equal(t.Estimate, double.Parse(row[2], CultureInfo.InvariantCulture));
            Assert.Equal(t.StdError, double.Parse(row[3], CultureInfo.InvariantCulture));
        }
        Assert.Contains(rows, r => r[0] == "contrast_pp" && r[1] == "treatment: 1 - 0");
        int observed = Enumerable.Range(0, study.Panel.PersonCount).Count(p => study.Panel.IsObserved(p, 15));
        Assert.Equal(observed, frame.RowCount);
    }

    [Fact]
    public void Cli_errors_exit_2_with_one_located_line_and_write_nothing()
    {
        using var tmp = new TempDirectory();
        string spec = tmp.Write("bad.json", "{\n  " + data.InputsJson() + ",\n  \"min_cel\": 5\n}\n");
        var (code, stdout, stderr) = CliHarness.Run(
            "report",
            "--spec",
            spec,
            "--out",
            tmp.File("out"),
            "--progress",
            "none"
        );
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith(
            $"error: {spec}:3:3: unknown key 'min_cel' in $ (allowed: title,",
            stderr,
            StringComparison.Ordinal
        );
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(tmp.File("out")));

        File.WriteAllText(
            tmp.File("roster.csv"),
            "person_id,arm,visitation_date,site,target_group\nP1,treatment,2016-13-01,s,g\n"
        );
        string broken = tmp.Write(
            "broken.json",
            "{\"inputs\": {\"roster\": \"roster.csv\", \"register\": "
                + JsonSerializer.Serialize(Path.Combine(data.Data, "register.csv"))
                + "}}"
        );
        var run = CliHarness.Run("report", "--spec", broken, "--out", tmp.File("out2"), "--progress", "none");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("roster.csv:2:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tmp.File("out2")));

        File.WriteAllText(tmp.File("afile"), "x");
        var notDir = CliHarness.Run(
            "report",
            "--spec",
            WriteSpec(tmp, ""),
            "--out",
            tmp.File("afile"),
            "--progress",
            "none"
        );
        Assert.Equal(2, notDir.ExitCode);

        string inside = tmp.Write(
            "inside.json",
            "{\"inputs\": {\"roster\": \"out3/tables/r.csv\", \"register\": \"out3/tables/r.csv\"}}"
        );
        Directory.CreateDirectory(tmp.File(Path.Combine("out3", "tables")));
        File.WriteAllText(tmp.File(Path.Combine("out3", "tables", "r.csv")), "x");
        var owned = CliHarness.Run("report", "--spec", inside, "--out", tmp.File("out3"), "--progress", "none");
        Assert.Equal(2, owned.ExitCode);
        Assert.Contains("lies inside the report output 'tables'", owned.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_bars_render_on_stderr_and_leave_stdout_to_the_summary()
    {
        using var tmp = new TempDirectory();
        string spec = WriteSpec(tmp, "\"sections\": [{\"section\": \"persons_followed\"}]");
        var (code, stdout, stderr) = CliHarness.Run(
            "report",
            "--spec",
            spec,
            "--out",
            tmp.File("out"),
            "--progress",
            "bars",
            "--png",
            "never"
        );
        Assert.True(code == 0, stderr);
        Assert.Single(stdout.TrimEnd('\n').Split('\n'));
        Assert.Contains("Write report", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(tmp.File(Path.Combine("out", "figures", "persons_followed.png"))));
    }

    private sealed class FailingRasterizer(int failAt) : ISvgRasterizer
    {
        private int _calls;

        public string Description => "failing test rasterizer";

        public byte[] Render(string svg)
        {
            if (++_calls >= failAt)
            {
                throw new InvalidOperationException("renderer failed");
            }
            return [1, 2, 3];
        }
    }
}
