using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Sections;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// Reads a <see cref="ReportSpec"/> strictly: JSON syntax errors, unknown keys, values of the wrong kind, missing
/// required keys, unknown outcome or section names, out-of-range settings and missing input files all raise an
/// <see cref="InputException"/> naming the spec file, the line and column, and the JSON path
/// (<c>spec.json:12:7: $.sections[1].week: must be at least 1</c>). Comments and trailing commas are allowed.
/// </summary>
public static class ReportSpecLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Loads and validates the spec file at <paramref name="path"/>, checking that its input files exist.</summary>
    public static ReportSpecFile Load(string path, ReportSectionRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException("spec file not found", path);
        }
        var file = Parse(File.ReadAllBytes(path), path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", registry);
        CheckInputFiles(file);
        return file;
    }

    /// <summary>
    /// Parses and validates spec JSON (input files are not checked); <paramref name="name"/> labels errors and
    /// <paramref name="baseDirectory"/> resolves relative paths (default: the current directory).
    /// </summary>
    public static ReportSpecFile Parse(
        string json,
        string name,
        string? baseDirectory = null,
        ReportSectionRegistry? registry = null
    )
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), name, baseDirectory ?? Directory.GetCurrentDirectory(), registry);
    }

    private static ReportSpecFile Parse(
        byte[] content,
        string name,
        string baseDirectory,
        ReportSectionRegistry? registry
    )
    {
        registry ??= ReportSectionRegistry.Default;
        var utf8 = content.AsSpan();
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8, nodeOptions: null, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new InputException(
                "invalid JSON: " + StripLocation(ex.Message),
                name,
                (ex.LineNumber ?? -1) + 1,
                (int)(ex.BytePositionInLine ?? -1) + 1
            );
        }
        catch (ArgumentException ex)
        {
            // Duplicate keys surface as ArgumentException from the node model.
            throw new InputException("invalid JSON: " + ex.Message, name, 1);
        }
        var positions = JsonPositions.Index(utf8);
        var provisional = new ReportSpecFile(name, baseDirectory, content, Placeholder, positions);
        Exception Error(string path, string message) => provisional.ErrorAt(path, message);

        if (root is not JsonObject obj)
        {
            throw Error("$", "the spec must be a JSON object { ... }");
        }
        bool listed = obj.Remove("sections", out var sectionsNode);
        SpecShape.Check(obj, typeof(ReportSpec), "$", Error);
        var spec = Deserialize<ReportSpec>(obj, "$", provisional);

        var sections = new List<SectionSpec>();
        if (listed)
        {
            if (sectionsNode is not JsonArray array)
            {
                throw Error("$.sections", "$.sections must be an array of section objects");
            }
            for (int i = 0; i < array.Count; i++)
            {
                sections.Add(BindSection(array[i], JsonPositions.Element("$.sections", i), registry, provisional));
            }
        }
        else
        {
            sections.AddRange(
                registry.DefaultSectionsFor(spec.Design).Select(n => Lookup(registry, n).DefaultOptions())
            );
        }
        spec = spec with { Sections = sections };
        var file = new ReportSpecFile(name, baseDirectory, content, spec, positions);
        Validate(file, registry, listed);
        return file;
    }

    private static readonly ReportSpec Placeholder = new() { Inputs = new ReportInputs { Roster = "" } };

    private static SectionSpec BindSection(
        JsonNode? node,
        string path,
        ReportSectionRegistry registry,
        ReportSpecFile file
    )
    {
        if (node is not JsonObject obj)
        {
            throw file.ErrorAt(path, $"{path} must be an object {{ \"section\": \"...\" }}");
        }
        if (obj["section"] is not JsonValue v || !v.TryGetValue<string>(out var name))
        {
            throw file.ErrorAt(
                path,
                $"{path} needs \"section\": one of {string.Join(", ", registry.Sections.Select(s => s.Name))}"
            );
        }
        if (!registry.TryGet(name, out var section))
        {
            throw file.ErrorAt(
                JsonPositions.Child(path, "section"),
                $"{path}.section: unknown section '{name}' (known: {string.Join(", ", registry.Sections.Select(s => s.Name))})"
            );
        }
        SpecShape.Check(obj, section.OptionsType, path, (p, m) => file.ErrorAt(p, m));
        return (SectionSpec)Deserialize(obj, section.OptionsType, path, file);
    }

    private static T Deserialize<T>(JsonObject node, string path, ReportSpecFile file) =>
        (T)Deserialize(node, typeof(T), path, file);

    private static object Deserialize(JsonObject node, Type type, string path, ReportSpecFile file)
    {
        try
        {
            return node.Deserialize(type, Options) ?? throw file.ErrorAt(path, $"{path} is empty");
        }
        catch (JsonException ex)
        {
            // SpecShape catches what users get wrong; this is the serializer's word for anything left over.
            string inner = ex.Path is { Length: > 1 } p ? path + p[1..] : path;
            throw file.ErrorAt(inner, inner + ": " + StripLocation(ex.Message));
        }
    }

    private static IReportSection Lookup(ReportSectionRegistry registry, string name) =>
        registry.TryGet(name, out var s)
            ? s
            : throw new InvalidOperationException($"Section '{name}' is not registered.");

    private static void Validate(ReportSpecFile file, ReportSectionRegistry registry, bool listed)
    {
        var spec = file.Spec;
        var root = file.At("$");
        if (spec.Design is not (ReportDesigns.Trial or ReportDesigns.Participants))
        {
            throw root.Error("design", $"must be \"trial\" or \"participants\", not \"{spec.Design}\"");
        }
        if (spec.Design == ReportDesigns.Trial && spec.Inputs.Register is null)
        {
            throw file.ErrorAt(
                "$.inputs",
                "$.inputs is missing the required key 'register' (the trial design needs the register extract)"
            );
        }
        if (spec.Language is not ("en" or "da"))
        {
            throw root.Error("language", $"must be \"en\" or \"da\", not \"{spec.Language}\"");
        }
        if (spec.WeekFrom < 1)
        {
            throw root.Error("week_from", "must be at least 1");
        }
        if (spec.WeekTo < spec.WeekFrom)
        {
            throw root.Error("week_to", $"must be at least week_from ({spec.WeekFrom}), not {spec.WeekTo}");
        }
        if (spec.FocusWeek < spec.WeekFrom || spec.FocusWeek > spec.WeekTo)
        {
            throw root.Error(
                "focus_week",
                $"must lie within week_from..week_to ({spec.WeekFrom}..{spec.WeekTo}), not {spec.FocusWeek}"
            );
        }
        if (spec.Level is <= 0 or >= 1 || double.IsNaN(spec.Level))
        {
            throw root.Error("level", "must lie strictly between 0 and 1");
        }
        if (spec.MinCell < 1)
        {
            throw root.Error("min_cell", "must be at least 1");
        }
        if (spec.StandardError is not ("welch" or "classical"))
        {
            throw root.Error("standard_error", $"must be \"welch\" or \"classical\", not \"{spec.StandardError}\"");
        }
        if (ReportPopulation.TryParse(spec.Population) is not { } population)
        {
            throw root.Error(
                "population",
                $"must be \"available\" or \"balanced:K\" (K >= 1), not \"{spec.Population}\""
            );
        }
        if (population.Rule == PopulationRule.Balanced && population.ThroughWeek < spec.WeekFrom)
        {
            throw root.Error("population", $"balanced:K needs K >= week_from ({spec.WeekFrom})");
        }
        if (population.Rule == PopulationRule.Balanced && spec.FocusWeek > population.ThroughWeek)
        {
            throw root.Error(
                "focus_week",
                $"must be at most K of balanced:{population.ThroughWeek}, whose population is observed only through week {population.ThroughWeek}"
            );
        }
        ValidateOutcomes(spec.Outcomes, root.At("outcomes"));
        ValidateNames(spec.Subgroups, root.At("subgroups"));
        ValidateNames(spec.SiteTraits, root.At("site_traits"));
        var inputs = root.At("inputs");
        if (spec.Inputs.RegisterFormat is not ("wide" or "long"))
        {
            throw inputs.Error(
                "register_format",
                $"must be \"wide\" or \"long\", not \"{spec.Inputs.RegisterFormat}\""
            );
        }
        if (spec.Inputs.HoursFormat is not ("weekly" or "monthly"))
        {
            throw inputs.Error("hours_format", $"must be \"weekly\" or \"monthly\", not \"{spec.Inputs.HoursFormat}\"");
        }
        if (spec.Inputs.UnknownCodes is not ("error" or "other"))
        {
            throw inputs.Error("unknown_codes", $"must be \"error\" or \"other\", not \"{spec.Inputs.UnknownCodes}\"");
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < spec.Sections.Count; i++)
        {
            var s = spec.Sections[i];
            var scope = file.At(listed ? JsonPositions.Element("$.sections", i) : "$");
            if (s.Id is { } id && !IsFileStem(id))
            {
                throw scope.Error(
                    "id",
                    $"must be 1-64 characters a-z, 0-9, _ or - (it names output files), not \"{id}\""
                );
            }
            if (!ids.TryAdd(s.Key, i))
            {
                throw scope.Error(
                    s.Id is null ? "section" : "id",
                    $"sections[{ids[s.Key]}] already has id \"{s.Key}\"; give one of them a distinct \"id\""
                );
            }
            var section = Lookup(registry, s.Section);
            if (!section.Designs.Contains(spec.Design))
            {
                throw scope.Error(
                    "section",
                    $"section '{s.Section}' is not available with design \"{spec.Design}\" (it needs design {string.Join(" or ", section.Designs.Select(d => $"\"{d}\""))}; sections for this design: {string.Join(", ", registry.Sections.Where(x => x.Designs.Contains(spec.Design)).Select(x => x.Name))})"
                );
            }
            section.Validate(s, spec, scope);
        }
    }

    /// <summary>Checks an outcome list: known indicator names, no repeats.</summary>
    public static void ValidateOutcomes(IReadOnlyList<string> outcomes, SpecScope scope)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(scope);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < outcomes.Count; i++)
        {
            string at = JsonPositions.Element("", i);
            if (!WeeklyIndicatorNames.TryParse(outcomes[i], out _))
            {
                throw scope.Error(
                    at,
                    $"unknown outcome '{outcomes[i]}' (known: {string.Join(", ", WeeklyIndicatorNames.All.Select(x => x.ToName()))})"
                );
            }
            if (!seen.Add(outcomes[i]))
            {
                throw scope.Error(at, $"outcome '{outcomes[i]}' is listed twice");
            }
        }
    }

    private static void ValidateNames(IReadOnlyList<string> names, SpecScope scope)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0 || !seen.Add(names[i]))
            {
                throw scope.Error(
                    JsonPositions.Element("", i),
                    names[i].Length == 0 ? "must not be empty" : $"'{names[i]}' is listed twice"
                );
            }
        }
    }

    private static bool IsFileStem(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');

    private static void CheckInputFiles(ReportSpecFile file)
    {
        var inputs = file.Spec.Inputs;
        foreach (
            var (key, value) in new[]
            {
                ("roster", (string?)inputs.Roster),
                ("register", inputs.Register),
                ("hours", inputs.Hours),
                ("codebook", inputs.Codebook),
                ("sites", inputs.Sites),
                ("screening", inputs.Screening),
                ("targets", inputs.Targets),
                ("survey", inputs.Survey),
                ("registration_a", inputs.RegistrationA),
                ("registration_b", inputs.RegistrationB),
            }
        )
        {
            if (value is null)
            {
                continue;
            }
            string full = file.Resolve(value);
            if (!File.Exists(full))
            {
                throw file.At("$.inputs").Error(key, $"file not found: {full}");
            }
        }
    }

    private static string StripLocation(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }
        return cut > 0 ? message[..cut] : message;
    }
}
