using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>Writes <c>manifest.json</c> (layout in <c>docs/report.md</c>): deterministic, indented, LF line ends, keys in a fixed order.</summary>
internal static class ManifestWriter
{
    public sealed record Input(string Role, string Path, string Sha256, long Bytes);

    public sealed record Section(
        string Id,
        string Name,
        long? Seed,
        IReadOnlyList<string> Figures,
        IReadOnlyList<string> Tables
    );

    public sealed record Content(
        string EngineVersion,
        ReportSpecFile Spec,
        IReadOnlyList<Input> Inputs,
        IReadOnlyList<Section> Sections,
        IReadOnlyList<KeyValuePair<string, string>> Settings,
        IReadOnlyList<KeyValuePair<string, string>> Conventions,
        IReadOnlyList<ReportOutputFile> Outputs,
        IReadOnlyList<ReportSuppression> Suppressions,
        string? Rasterizer,
        IReadOnlyList<KeyValuePair<string, string>> Exclusions
    );

    public static string Write(Content c)
    {
        using var ms = new MemoryStream();
        using (
            var w = new Utf8JsonWriter(
                ms,
                new JsonWriterOptions
                {
                    Indented = true,
                    NewLine = "\n",
                    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }
            )
        )
        {
            w.WriteStartObject();
            w.WriteString("manifest_version", "1");
            w.WriteStartObject("engine");
            w.WriteString("name", "JobFirst.Evaluation");
            w.WriteString("version", c.EngineVersion);
            w.WriteEndObject();

            w.WriteStartObject("spec");
            w.WriteString("file", Path.GetFileName(c.Spec.Name));
            w.WriteString("sha256", c.Spec.Sha256);
            w.WriteNumber("bytes", c.Spec.Content.Length);
            w.WritePropertyName("content");
            var parsed = JsonNode.Parse(
                c.Spec.Content.Span,
                documentOptions: new JsonDocumentOptions
                {
                    CommentHandling = JsonCommentHandling.Skip,
                    AllowTrailingCommas = true,
                }
            );
            if (parsed is null)
            {
                w.WriteNullValue();
            }
            else
            {
                parsed.WriteTo(w);
            }
            w.WriteEndObject();

            w.WriteStartArray("inputs");
            foreach (var i in c.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("role", i.Role);
                w.WriteString("path", i.Path);
                w.WriteString("sha256", i.Sha256);
                w.WriteNumber("bytes", i.Bytes);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartObject("seeds");
            w.WriteNumber("master", c.Spec.Spec.Seed);
            w.WriteStartObject("sections");
            foreach (var s in c.Sections.Where(s => s.Seed is not null))
            {
                w.WriteNumber(s.Id, s.Seed!.Value);
            }
            w.WriteEndObject();
            w.WriteEndObject();

            WritePairs(w, "settings", c.Settings);
            WritePairs(w, "conventions", c.Conventions);
            w.WriteStartObject("exclusions");
            foreach (var (k, v) in c.Exclusions)
            {
                // Counts of 1..min_cell-1 persons are written as "<5", like every other output.
                if (
                    long.TryParse(
                        v,
                        System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture,
                        out long n
                    )
                )
                {
                    w.WriteNumber(k, n);
                }
                else
                {
                    w.WriteString(k, v);
                }
            }
            w.WriteEndObject();

            w.WriteStartArray("sections");
            foreach (var s in c.Sections)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("section", s.Name);
                WriteStrings(w, "figures", s.Figures);
                WriteStrings(w, "tables", s.Tables);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("outputs");
            foreach (var o in c.Outputs)
            {
                w.WriteStartObject();
                w.WriteString("path", o.Path);
                w.WriteString("kind", o.Kind);
                w.WriteString("sha256", o.Sha256);
                w.WriteNumber("bytes", o.Bytes);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartObject("disclosure");
            w.WriteNumber("min_cell", c.Spec.Spec.MinCell);
            w.WriteString(
                "rule",
                "figure points and table cells backed by 1..min_cell-1 persons are not shown (marked <min_cell); zero counts are shown. Complementary suppression only inside distributions whose total is published (hours_distribution); other totals (linkage, flow) can reveal a suppressed count by difference."
            );
            w.WriteNumber("suppressed_cells", c.Suppressions.Sum(s => s.Cells));
            w.WriteStartArray("suppressions");
            foreach (var s in c.Suppressions)
            {
                w.WriteStartObject();
                w.WriteString("item", s.Item);
                w.WriteString("kind", s.Kind);
                w.WriteNumber("cells", s.Cells);
                WriteStrings(w, "files", s.Files);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartObject("determinism");
            w.WriteString(
                "text_outputs",
                "SVG, CSV, Markdown, HTML and this manifest are byte-identical for identical inputs, spec and engine version (invariant culture, fixed number formats, no timestamps)."
            );
            w.WriteString(
                "png",
                c.Rasterizer is null
                    ? "no PNG written (rsvg-convert not available)"
                    : $"PNG rendered by {c.Rasterizer}; byte-identical only with the same renderer version and installed fonts, so PNGs are outside the cross-machine determinism claim (their SHA-256 above records this run's bytes)."
            );
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void WritePairs(Utf8JsonWriter w, string name, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in pairs)
        {
            w.WriteString(k, v);
        }
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
