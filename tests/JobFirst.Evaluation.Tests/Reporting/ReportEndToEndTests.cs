using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using JobFirst.Evaluation.Tests.Figures;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ReportEndToEndTests(SimulatedReportFixture fixture) : IClassFixture<SimulatedReportFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Report_writes_every_output_with_progress_on_stderr_only()
    {
        Assert.True(fixture.FirstRun.ExitCode == 0, fixture.FirstRun.Stderr);
        Assert.True(fixture.SecondRun.ExitCode == 0, fixture.SecondRun.Stderr);
        // stdout carries the one summary line; progress lines go to stderr, and --progress none prints none.
        Assert.Single(fixture.FirstRun.Stdout.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("wrote ", fixture.FirstRun.Stdout, StringComparison.Ordinal);
        Assert.Contains(
            "[load 3/3] reading roster, register and hours",
            fixture.FirstRun.Stderr,
            StringComparison.Ordinal
        );
        Assert.Contains("[analyse 12/12] logit_active13", fixture.FirstRun.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[", fixture.FirstRun.Stdout, StringComparison.Ordinal);
        Assert.Equal("", fixture.SecondRun.Stderr);

        var files = SimulatedReportFixture.Files(fixture.First);
        foreach (var expected in new[] { "index.html", "report.md", "manifest.json" })
        {
            Assert.Contains(expected, files);
        }
        string[] figures =
        [
            "linkage-flow",
            "persons_followed",
            "balance",
            "weekly_levels-internship",
            "weekly_levels-wage_subsidy",
            "weekly_levels-hours",
            "weekly_levels-employed",
            "weekly_levels-active13",
            "effects-hours",
            "effects-employed",
            "effects-active13",
            "effects_adjusted-employed",
            "hours_distribution",
            .. new[] { "target_group", "gender" }.SelectMany(b =>
                new[] { "hours", "employed", "active13" }.Select(o => $"subgroups-{b}-{o}")
            ),
            "sites-forest",
            "sites-trait-caseload",
            "sites-trait-control_success_rate",
            "sites-trait-internship_share",
            "kaplan_meier",
            "logit_active13-ame",
        ];
        Assert.Equal(
            figures.Order(StringComparer.Ordinal),
            files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).Select(f => f[8..^4])
        );
        string[] tables =
        [
            "balance",
            "balance-joint",
            "effects",
            "effects-windows",
            "effects_adjusted",
            "hours_distribution",
            "kaplan_meier-summary",
            "kaplan_meier-survival",
            "kaplan_meier-tests",
            "linkage",
            "logit_active13",
            "persons_followed",
            "sites",
            "sites-heterogeneity",
            "sites-meta_regression",
            "stability",
            "subgroups-gender",
            "subgroups-gender-tests",
            "subgroups-target_group",
            "subgroups-target_group-tests",
            "weekly_levels",
        ];
        Assert.Equal(
            tables,
            files
                .Where(f => f.EndsWith(".csv", StringComparison.Ordinal))
                .Select(f => f[7..^4])
                .Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            tables,
            files
                .Where(f =>
                    f.StartsWith("tables/", StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal)
                )
                .Select(f => f[7..^3])
                .Order(StringComparer.Ordinal)
        );
        Assert.DoesNotContain(
            Directory.EnumerateDirectories(fixture.Root),
            d => Path.GetFileName(d).Contains(".partial-", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Two_runs_give_byte_identical_outputs()
    {
        var first = SimulatedReportFixture.Files(fixture.First);
        Assert.Equal(first, SimulatedReportFixture.Files(fixture.Second));
        foreach (var f in first)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(fixture.First, f))
                    .AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(fixture.Second, f))),
                $"{f} differs between two runs"
            );
        }
        var text = File.ReadAllText(Path.Combine(fixture.First, "report.md"));
        Assert.DoesNotContain(
            DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Every_figure_is_well_formed_accessible_svg_and_renders_when_rsvg_convert_is_installed()
    {
        var svgs = Directory.GetFiles(Path.Combine(fixture.First, "figures"), "*.svg");
        Assert.Equal(25, svgs.Length);
        foreach (var path in svgs)
        {
            string svg = File.ReadAllText(path);
            var root = XDocument.Parse(svg).Root!;
            Assert.Equal(Svg + "svg", root.Name);
            Assert.Equal("img", (string?)root.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value), path);
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value), path);
            Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
            string png = Path.ChangeExtension(path, ".png");
            if (!RsvgRenderer.Available)
            {
                Assert.False(File.Exists(png), "a PNG without rsvg-convert");
                continue;
            }
            // The report rendered the PNG through rsvg-convert; check it is a PNG of the SVG's pixel size.
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), png);
            Assert.Equal(
                (int)double.Parse((string)root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture),
                BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16))
            );
            Assert.Equal(
                (int)double.Parse((string)root.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture),
                BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))
            );
        }
    }

    [Fact]
    public void Index_html_is_self_contained_accessible_and_embeds_every_figure_and_table()
    {
        string html = File.ReadAllText(Path.Combine(fixture.First, "index.html"));
        var doc = XDocument.Parse(html);
        var root = doc.Root!;
        Assert.Equal("en", (string?)root.Attribute("lang"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(
            "http://",
            html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        var figures = root.Descendants("figure").ToList();
        Assert.Equal(25, figures.Count);
        foreach (var f in figures)
        {
            var svg = f.Element(Svg + "svg");
            Assert.NotNull(svg);
            Assert.NotNull(f.Element("figcaption"));
            // Inline SVG ids are prefixed per figure, so aria-labelledby points at this figure's title.
            string title = ((string)svg.Attribute("aria-labelledby")!).Split(' ')[0];
            Assert.Equal(title, (string?)svg.Element(Svg + "title")!.Attribute("id"));
        }
        var ids = root.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var tables = root.Descendants("table").ToList();
        Assert.Equal(21, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Element("caption")));
        Assert.All(
            tables,
            t => Assert.All(t.Descendants("th"), th => Assert.Equal("col", (string?)th.Attribute("scope")))
        );

        string md = File.ReadAllText(Path.Combine(fixture.First, "report.md"));
        foreach (var svg in Directory.GetFiles(Path.Combine(fixture.First, "figures"), "*.svg"))
        {
            Assert.Contains("](figures/" + Path.GetFileName(svg) + ")", md, StringComparison.Ordinal);
        }
        Assert.Contains("**Figure 1.** Flow from the roster", md, StringComparison.Ordinal);
        Assert.Contains("weeks 1–", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_hashes_match_the_files_inputs_and_spec()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(fixture.First, "manifest.json")));
        var m = manifest.RootElement;
        Assert.False(string.IsNullOrEmpty(m.GetProperty("engine").GetProperty("version").GetString()));

        var outputs = m.GetProperty("outputs").EnumerateArray().ToList();
        var listed = outputs.Select(o => o.GetProperty("path").GetString()!).ToList();
        Assert.Equal(SimulatedReportFixture.Files(fixture.First).Where(f => f != "manifest.json"), listed);
        foreach (var o in outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(fixture.First, o.GetProperty("path").GetString()!));
            Assert.Equal(Sha(bytes), o.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, o.GetProperty("bytes").GetInt64());
        }

        var inputs = m.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(
            ["roster", "register", "hours", "codebook", "sites"],
            inputs.Select(i => i.GetProperty("role").GetString())
        );
        foreach (var i in inputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(fixture.Data, i.GetProperty("path").GetString()!));
            Assert.Equal(Sha(bytes), i.GetProperty("sha256").GetString());
        }

        var spec = m.GetProperty("spec");
        Assert.Equal("report-spec.json", spec.GetProperty("file").GetString());
        Assert.Equal(Sha(File.ReadAllBytes(fixture.Spec)), spec.GetProperty("sha256").GetString());
        Assert.Equal(78, spec.GetProperty("content").GetProperty("week_to").GetInt32());
        Assert.Equal(20170501, m.GetProperty("seeds").GetProperty("master").GetInt64());
        Assert.True(m.GetProperty("conventions").TryGetProperty("event_time", out _));
        Assert.True(m.GetProperty("conventions").TryGetProperty("logit_active13", out _));
        Assert.Equal("1..78", m.GetProperty("settings").GetProperty("weeks").GetString());
        Assert.Contains(
            "rsvg-convert",
            m.GetProperty("determinism").GetProperty("png").GetString() ?? "",
            StringComparison.Ordinal
        );
        // No absolute path of the machine that ran it (outputs must not depend on where they were written).
        Assert.DoesNotContain(
            fixture.Root,
            File.ReadAllText(Path.Combine(fixture.First, "manifest.json")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Suppressions_are_listed_in_the_manifest_and_marked_in_every_output()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(fixture.First, "manifest.json")));
        var disclosure = manifest.RootElement.GetProperty("disclosure");
        Assert.Equal(5, disclosure.GetProperty("min_cell").GetInt32());
        var items = disclosure.GetProperty("suppressions").EnumerateArray().ToList();
        Assert.NotEmpty(items); // 500 simulated persons leave small hours bands at week 35.
        Assert.Equal(
            items.Sum(i => i.GetProperty("cells").GetInt32()),
            disclosure.GetProperty("suppressed_cells").GetInt32()
        );
        var listedTables = new HashSet<string>();
        var listedFigures = new HashSet<string>();
        foreach (var item in items)
        {
            string id = item.GetProperty("item").GetString()!;
            int cells = item.GetProperty("cells").GetInt32();
            Assert.True(cells > 0);
            if (item.GetProperty("kind").GetString() == "table")
            {
                listedTables.Add(id);
                // The table's Markdown marks exactly the suppressed cells.
                string md = File.ReadAllText(Path.Combine(fixture.First, "tables", id + ".md"));
                Assert.Equal(cells, Occurrences(md, "| <5 "));
            }
            else
            {
                listedFigures.Add(id);
                Assert.Contains(
                    "Cells with fewer than 5 persons suppressed.",
                    File.ReadAllText(Path.Combine(fixture.First, "figures", id + ".svg")),
                    StringComparison.Ordinal
                );
            }
        }
        foreach (
            var md in Directory
                .GetFiles(Path.Combine(fixture.First, "tables"), "*.md")
                .Where(f => !listedTables.Contains(Path.GetFileNameWithoutExtension(f)))
        )
        {
            Assert.DoesNotContain("| <5 ", File.ReadAllText(md), StringComparison.Ordinal);
        }
        foreach (
            var svg in Directory
                .GetFiles(Path.Combine(fixture.First, "figures"), "*.svg")
                .Where(f => !listedFigures.Contains(Path.GetFileNameWithoutExtension(f)))
        )
        {
            Assert.DoesNotContain("persons suppressed", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        // CSV: a suppressed row has its values blank and the flag set; no visible count below min_cell.
        foreach (var line in File.ReadLines(Path.Combine(fixture.First, "tables", "hours_distribution.csv")).Skip(1))
        {
            var cells = line.Split(',');
            if (cells[^1] == "true")
            {
                Assert.Equal("", cells[4]);
                Assert.Equal("", cells[5]);
            }
            else
            {
                int n = int.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(n == 0 || n >= 5, line);
            }
        }
        // Weekly levels: no count below 5, and no shown share whose numerator or complement is below 5 persons;
        // mean hours only where at least 5 persons have hours (read off the employed share of the same week and arm).
        var levels = File.ReadLines(Path.Combine(fixture.First, "tables", "weekly_levels.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .ToList();
        var employed = levels
            .Where(c => c[0] == "employed" && c[4] != "")
            .ToDictionary(c => (c[1], c[2]), c => Persons(c));
        foreach (var c in levels.Where(c => c[3] != ""))
        {
            int n = int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(n is 0 or >= 5, string.Join(",", c));
            if (c[4] == "")
            {
                continue;
            }
            if (c[0] == "hours")
            {
                Assert.True(employed.TryGetValue((c[1], c[2]), out int k) && k is 0 or >= 5, string.Join(",", c));
            }
            else
            {
                int k = Persons(c);
                Assert.True(k is 0 or >= 5 && n - k is 0 or >= 5, string.Join(",", c));
            }
        }
    }

    [Fact]
    public void No_output_contains_a_person_id()
    {
        var ids = fixture.PersonIds();
        Assert.True(ids.Count > 100, ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var dir in new[] { fixture.First, fixture.Second })
        {
            foreach (var file in SimulatedReportFixture.Files(dir))
            {
                // Latin-1 maps every byte to one char, so PNG chunks (metadata included) are scanned too.
                string text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(dir, file)));
                foreach (var id in ids)
                {
                    Assert.False(text.Contains(id, StringComparison.Ordinal), $"{file} contains a person id");
                }
            }
        }
    }

    private static int Persons(string[] cells) =>
        (int)
            Math.Round(
                double.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture)
                    * int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture)
            );

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

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
