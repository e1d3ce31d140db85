using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;

namespace JobFirst.Evaluation.Tests.Reporting;

public class MonitoringReportTests(MonitoringReportFixture fixture) : IClassFixture<MonitoringReportFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Scenarios => new(["rum", "monitoring"]);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_demo_writes_every_section_and_two_runs_are_byte_identical(string scenario)
    {
        var first = fixture.Runs[(scenario, 0)];
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(fixture.Runs[(scenario, 1)].ExitCode == 0, fixture.Runs[(scenario, 1)].Stderr);
        var files = SimulatedReportFixture.Files(fixture.Dir(scenario, 0));
        Assert.Equal(files, SimulatedReportFixture.Files(fixture.Dir(scenario, 1)));
        foreach (var f in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(fixture.Dir(scenario, 0), f))
                    .AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(fixture.Dir(scenario, 1), f))),
                $"{scenario}: {f} differs between two runs"
            );
        }
        string[] figures =
            scenario == "rum"
                ? ["attainment-visited", "first_outcome", "funnel", "registration_linkage-flow"]
                : ["monitoring-requirement", "monitoring-shares", "survey"];
        Assert.Equal(figures, files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).Select(f => f[8..^4]));
        string[] tables =
            scenario == "rum"
                ?
                [
                    "attainment",
                    "first_outcome",
                    "funnel",
                    "profile-site",
                    "profile-target_group",
                    "registration_linkage",
                ]
                :
                [
                    "monitoring-ever",
                    "monitoring-requirement",
                    "monitoring-requirement_units",
                    "monitoring-shares",
                    "profile",
                    "survey",
                ];
        Assert.Equal(
            tables,
            files
                .Where(f => f.EndsWith(".csv", StringComparison.Ordinal))
                .Select(f => f[7..^4])
                .Order(StringComparer.Ordinal)
        );
        foreach (var svg in files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var root = XDocument.Parse(File.ReadAllText(Path.Combine(fixture.Dir(scenario, 0), svg))).Root!;
            Assert.Equal("img", (string?)root.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value), svg);
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value), svg);
        }
        XDocument.Parse(File.ReadAllText(Path.Combine(fixture.Dir(scenario, 0), "index.html")));
        using var manifest = JsonDocument.Parse(
            File.ReadAllBytes(Path.Combine(fixture.Dir(scenario, 0), "manifest.json"))
        );
        Assert.Equal("participants", manifest.RootElement.GetProperty("settings").GetProperty("design").GetString());
        Assert.True(manifest.RootElement.GetProperty("conventions").TryGetProperty("design", out _));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void No_output_contains_a_person_id(string scenario)
    {
        var ids = fixture.PersonIds(scenario);
        Assert.True(ids.Count > 1000, ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var run in new[] { 0, 1 })
        {
            string dir = fixture.Dir(scenario, run);
            foreach (var file in SimulatedReportFixture.Files(dir))
            {
                string text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(dir, file)));
                foreach (var id in ids)
                {
                    Assert.False(
                        text.Contains(id, StringComparison.Ordinal),
                        $"{scenario}: {file} contains a person id"
                    );
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Suppressions_are_listed_in_the_manifest_and_marked_in_the_tables(string scenario)
    {
        string dir = fixture.Dir(scenario, 0);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));
        var items = manifest
            .RootElement.GetProperty("disclosure")
            .GetProperty("suppressions")
            .EnumerateArray()
            .ToList();
        Assert.NotEmpty(items);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.GetProperty("kind").GetString() == "table"))
        {
            string id = item.GetProperty("item").GetString()!;
            listed.Add(id);
            string md = File.ReadAllText(Path.Combine(dir, "tables", id + ".md"));
            Assert.Equal(item.GetProperty("cells").GetInt32(), Occurrences(md, "| <5 "));
        }
        foreach (var md in Directory.GetFiles(Path.Combine(dir, "tables"), "*.md"))
        {
            if (!listed.Contains(Path.GetFileNameWithoutExtension(md)))
            {
                Assert.DoesNotContain("| <5 ", File.ReadAllText(md), StringComparison.Ordinal);
            }
        }
        // No person count of 1..4 is shown in a CSV column of counts.
        foreach (var csv in Directory.GetFiles(Path.Combine(dir, "tables"), "*.csv"))
        {
            var frame = DataFrameReader.ReadCsv(csv);
            foreach (var name in new[] { "n", "count", "persons", "realised", "n_with_hours" }.Where(frame.Contains))
            {
                var column = frame[name];
                for (int r = 0; r < frame.RowCount; r++)
                {
                    if (
                        column.Kind == DataColumnKind.Numeric
                        && !column.IsMissing(r)
                        && Path.GetFileName(csv) != "survey.csv"
                    )
                    {
                        double v = column.Numbers[r];
                        Assert.True(v is 0 or >= 5, $"{Path.GetFileName(csv)} row {r}: {name} = {v}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_result_requirement_and_first_outcome_are_the_library_results()
    {
        var mon = MonitoringStudy.Load(MonitoringFiles.InDirectory(fixture.Data("monitoring")));
        var requirement = mon.ResultRequirement(mon.MonthlyStatuses());
        string md = File.ReadAllText(Path.Combine(fixture.Dir("monitoring", 0), "report.md"));
        Assert.Contains(
            $"{requirement.UnitsMeeting} of {requirement.UnitsAssessed} municipalities meet the result requirement",
            md,
            StringComparison.Ordinal
        );
        var quarters = mon.StatusShares(mon.MonthlyStatuses(), MonitoringPeriod.Quarter);
        var table = DataFrameReader.ReadCsv(
            Path.Combine(fixture.Dir("monitoring", 0), "tables", "monitoring-shares.csv")
        );
        Assert.Equal(quarters.Rows.Count, table.RowCount);
        Assert.Equal(
            quarters.Rows.Sum(r => r.N),
            table["n"].Numbers.ToArray().Where(double.IsFinite).Sum() + SuppressedN(quarters, table)
        );

        var rum = MonitoringStudy.Load(MonitoringFiles.InDirectory(fixture.Data("rum")));
        var any = rum.FirstOutcomes().Rows.Single(r => r.Level == RowLevel.Total && r.Outcome == "any");
        string rumMd = File.ReadAllText(Path.Combine(fixture.Dir("rum", 0), "report.md"));
        Assert.Contains(
            $"{(100 * any.Share!.Value).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}% of the {any.N:N0} participants found in the register reached a first outcome",
            rumMd,
            StringComparison.Ordinal
        );
        var funnel = rum.Funnel().Rows.Where(r => r.Level == RowLevel.Total).Select(r => r.Count).ToList();
        Assert.Contains(
            $"screened {funnel[0]:N0} → accepted visitation {funnel[1]:N0}",
            rumMd,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_danish_participants_report_uses_danish_words_and_decimal_commas()
    {
        using var tmp = new Support.TempDirectory();
        string spec = Path.Combine(fixture.Data("rum"), "report-spec-da.json");
        File.WriteAllText(
            spec,
            File.ReadAllText(Path.Combine(fixture.Data("rum"), "report-spec.json"))
                .Replace("\"language\": \"en\"", "\"language\": \"da\"", StringComparison.Ordinal)
        );
        JobFirst.Evaluation.Reporting.Output.ReportRunner.Run(spec, tmp.File("out"));
        string md = File.ReadAllText(tmp.File(Path.Combine("out", "report.md")));
        foreach (
            var phrase in new[]
            {
                "Screeningstragt",
                "Målopfyldelse",
                "Deltagerprofiler fordelt på kommune",
                "Første udfald efter visitation",
                "Sammenkobling af to registreringer",
            }
        )
        {
            Assert.Contains(phrase, md, StringComparison.Ordinal);
        }
        Assert.Matches(@"\d,\d %", File.ReadAllText(tmp.File(Path.Combine("out", "figures", "funnel.svg"))));
        Assert.Contains(
            "<html lang=\"da\">",
            File.ReadAllText(tmp.File(Path.Combine("out", "index.html"))),
            StringComparison.Ordinal
        );
    }

    private static double SuppressedN(StatusSharesResult quarters, DataFrame table)
    {
        double hidden = 0;
        for (int r = 0; r < table.RowCount; r++)
        {
            if (table["n"].IsMissing(r))
            {
                hidden += quarters.Rows[r].N;
            }
        }
        return hidden;
    }

    private static int Occurrences(string text, string what)
    {
        int n = 0;
        for (
            int i = text.IndexOf(what, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(what, i + 1, StringComparison.Ordinal)
        )
        {
            n++;
        }
        return n;
    }
}
