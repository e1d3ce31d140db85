using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>
/// Writes an evaluation report from a spec: loads the study once, runs the spec's sections, and writes
/// <c>figures/*.svg</c> (+ <c>.png</c>), <c>tables/*.csv</c> and <c>.md</c>, <c>report.md</c>, <c>index.html</c> and
/// <c>manifest.json</c>. Everything is written into a hidden staging directory and moved into place only when all
/// of it succeeded, so a failure leaves no half-written report. Identical inputs give byte-identical text outputs.
/// </summary>
public static class ReportRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file and directory names a report owns inside its output directory (replaced on every run).</summary>
    public static IReadOnlyList<string> OwnedEntries { get; } =
    ["figures", "tables", "index.html", "report.md", "manifest.json"];

    /// <summary>Loads the spec at <paramref name="specPath"/> and writes its report into <paramref name="outDirectory"/>.</summary>
    public static ReportSummary Run(
        string specPath,
        string outDirectory,
        ReportOptions? options = null,
        IProgress<ReportProgress>? progress = null
    )
    {
        ArgumentNullException.ThrowIfNull(specPath);
        options ??= new ReportOptions();
        progress?.Report(new ReportProgress(ReportPhase.Load, 0, 3, Path.GetFileName(specPath)));
        var spec = ReportSpecLoader.Load(specPath, options.Registry);
        return Run(spec, outDirectory, options, progress);
    }

    /// <summary>Writes the report of an already loaded spec into <paramref name="outDirectory"/>.</summary>
    public static ReportSummary Run(
        ReportSpecFile spec,
        string outDirectory,
        ReportOptions? options = null,
        IProgress<ReportProgress>? progress = null
    )
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(outDirectory);
        options ??= new ReportOptions();
        string target = Path.GetFullPath(outDirectory);
        if (File.Exists(target))
        {
            throw new InputException($"--out {outDirectory}: a file of that name exists; the report needs a directory");
        }
        var inputs = Inputs(spec);
        CheckInputsOutsideOutputs(spec, inputs, target);

        progress?.Report(new ReportProgress(ReportPhase.Load, 1, 3, "hashing inputs"));
        var hashed = inputs
            .Select(i => new ManifestWriter.Input(
                i.Role,
                i.SpecPath,
                HashFile(i.FullPath),
                new FileInfo(i.FullPath).Length
            ))
            .ToList();

        progress?.Report(new ReportProgress(ReportPhase.Load, 2, 3, "reading roster, register and hours"));
        ReportContext context;
        if (spec.Spec.Design == ReportDesigns.Participants)
        {
            var monitoring = LoadMonitoring(spec);
            CheckAgainstData(spec, monitoring.Participants, null);
            context = new ReportContext(spec, monitoring);
        }
        else
        {
            var study = LoadStudy(spec);
            var sitesPath = spec.Spec.Inputs.Sites is { } path ? spec.Resolve(path) : null;
            var sites = sitesPath is null ? null : DataFrameReader.ReadCsv(sitesPath);
            CheckAgainstData(spec, study.Roster, sites);
            var siteTable = sitesPath is null ? null : SiteTableReader.Read(sitesPath);
            context = new ReportContext(spec, study, sites, siteTable);
        }
        progress?.Report(new ReportProgress(ReportPhase.Load, 3, 3, "loaded"));

        var sections = spec.Spec.Sections;
        var results = new List<(SectionSpec Options, SectionResult Result)>(sections.Count);
        for (int i = 0; i < sections.Count; i++)
        {
            progress?.Report(new ReportProgress(ReportPhase.Analyse, i, sections.Count, sections[i].Key));
            if (!options.Registry.TryGet(sections[i].Section, out var section))
            {
                throw spec.At(JsonPositions.Element("$.sections", i))
                    .Error("section", $"unknown section '{sections[i].Section}'");
            }
            results.Add((sections[i], section.Run(context, sections[i])));
        }
        progress?.Report(new ReportProgress(ReportPhase.Analyse, sections.Count, sections.Count, "done"));

        var doc = Layout(spec, context, results, options.Rasterizer is not null);
        var figures = doc.Sections.SelectMany(s => s.Figures).ToList();
        var tables = doc.Sections.SelectMany(s => s.Tables).ToList();
        using var staging = new StagingDirectory(target);
        var outputs = new List<ReportOutputFile>();
        Directory.CreateDirectory(staging.File("figures"));
        Directory.CreateDirectory(staging.File("tables"));
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            progress?.Report(new ReportProgress(ReportPhase.Render, i, figures.Count, f.SvgPath));
            outputs.Add(Save(staging, f.SvgPath, "figure_svg", Utf8.GetBytes(f.Svg)));
            if (options.Rasterizer is { } rasterizer)
            {
                outputs.Add(Save(staging, f.PngPath, "figure_png", rasterizer.Render(f.Svg)));
            }
        }
        progress?.Report(new ReportProgress(ReportPhase.Render, figures.Count, figures.Count, "done"));

        int steps = tables.Count + 3;
        for (int i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            progress?.Report(new ReportProgress(ReportPhase.Write, i, steps, t.CsvPath));
            outputs.Add(Save(staging, t.CsvPath, "table_csv", Utf8.GetBytes(t.Source.Table.ToString(TableFormat.Csv))));
            outputs.Add(Save(staging, t.MarkdownPath, "table_markdown", Utf8.GetBytes(MarkdownReport.Table(doc, t))));
        }
        progress?.Report(new ReportProgress(ReportPhase.Write, tables.Count, steps, "report.md"));
        outputs.Add(Save(staging, "report.md", "report_markdown", Utf8.GetBytes(MarkdownReport.Write(doc))));
        progress?.Report(new ReportProgress(ReportPhase.Write, tables.Count + 1, steps, "index.html"));
        outputs.Add(Save(staging, "index.html", "report_html", Utf8.GetBytes(HtmlReport.Write(doc))));
        outputs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var suppressions = Suppressions(doc);
        progress?.Report(new ReportProgress(ReportPhase.Write, tables.Count + 2, steps, "manifest.json"));
        var manifest = ManifestWriter.Write(
            new ManifestWriter.Content(
                doc.EngineVersion,
                spec,
                hashed,
                [
                    .. doc.Sections.Select(
                        (s, i) =>
                            new ManifestWriter.Section(
                                s.Key,
                                results[i].Options.Section,
                                results[i].Result.Seed,
                                [.. s.Figures.Select(f => f.SvgPath)],
                                [.. s.Tables.Select(t => t.CsvPath)]
                            )
                    ),
                ],
                Settings(spec, context),
                Conventions(context, results),
                outputs,
                suppressions,
                options.Rasterizer?.Description,
                Exclusions(context)
            )
        );
        File.WriteAllBytes(staging.File("manifest.json"), Utf8.GetBytes(manifest));
        staging.Publish();
        progress?.Report(new ReportProgress(ReportPhase.Write, steps, steps, "done"));
        return new ReportSummary(target, outputs, suppressions, figures.Count, tables.Count);
    }

    /// <summary>The engine version recorded in manifests (the library's informational version).</summary>
    public static string EngineVersion =>
        typeof(ReportRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReportRunner).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private sealed record InputFile(string Role, string SpecPath, string FullPath);

    private static List<InputFile> Inputs(ReportSpecFile spec)
    {
        var i = spec.Spec.Inputs;
        var list = new List<InputFile> { new("roster", i.Roster, spec.Resolve(i.Roster)) };
        foreach (
            var (role, path) in new[]
            {
                ("register", i.Register),
                ("hours", i.Hours),
                ("codebook", i.Codebook),
                ("sites", i.Sites),
                ("screening", i.Screening),
                ("targets", i.Targets),
                ("survey", i.Survey),
                ("registration_a", i.RegistrationA),
                ("registration_b", i.RegistrationB),
            }
        )
        {
            if (path is not null)
            {
                list.Add(new(role, path, spec.Resolve(path)));
            }
        }
        return list;
    }

    private static void CheckInputsOutsideOutputs(ReportSpecFile spec, List<InputFile> inputs, string target)
    {
        foreach (var input in inputs)
        {
            foreach (var owned in OwnedEntries)
            {
                string path = Path.Combine(target, owned);
                if (
                    input.FullPath == path
                    || input.FullPath.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                )
                {
                    throw spec.At("$.inputs")
                        .Error(
                            input.Role,
                            $"lies inside the report output '{owned}', which every run replaces; move it or choose another --out"
                        );
                }
            }
        }
    }

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static MonitoringStudy LoadMonitoring(ReportSpecFile spec)
    {
        var i = spec.Spec.Inputs;
        string? Resolve(string? path) => path is null ? null : spec.Resolve(path);
        var files = new MonitoringFiles(spec.Resolve(i.Roster))
        {
            Design = RosterDesign.ParticipantsOnly,
            Register = Resolve(i.Register),
            RegisterFormat = i.RegisterFormat == "long" ? RegisterFormat.LongForm : RegisterFormat.Wide,
            Hours = Resolve(i.Hours),
            HoursResolution = i.HoursFormat == "monthly" ? HoursResolution.Monthly : HoursResolution.Weekly,
            Codebook = Resolve(i.Codebook),
            Screening = Resolve(i.Screening),
            Targets = Resolve(i.Targets),
            Survey = Resolve(i.Survey),
            RegistrationA = Resolve(i.RegistrationA),
            RegistrationB = Resolve(i.RegistrationB),
        };
        return MonitoringStudy.Load(
            files,
            new MonitoringLoadOptions
            {
                Scan = new RegisterScanOptions
                {
                    UnknownCodes = i.UnknownCodes == "other" ? UnknownCodePolicy.MapToOther : UnknownCodePolicy.Error,
                },
            }
        );
    }

    private static Study LoadStudy(ReportSpecFile spec)
    {
        var i = spec.Spec.Inputs;
        var files = new StudyFiles(spec.Resolve(i.Roster), spec.Resolve(i.Register!))
        {
            RegisterFormat = i.RegisterFormat == "long" ? RegisterFormat.LongForm : RegisterFormat.Wide,
            Hours = i.Hours is null ? null : spec.Resolve(i.Hours),
            HoursResolution = i.HoursFormat == "monthly" ? HoursResolution.Monthly : HoursResolution.Weekly,
            Codebook = i.Codebook is null ? null : spec.Resolve(i.Codebook),
        };
        var options = new StudyLoadOptions
        {
            Scan = new RegisterScanOptions
            {
                UnknownCodes = i.UnknownCodes == "other" ? UnknownCodePolicy.MapToOther : UnknownCodePolicy.Error,
            },
        };
        return Study.Load(files, options);
    }

    private static void CheckAgainstData(ReportSpecFile spec, Roster.Roster roster, DataFrame? sites)
    {
        var columns = new List<string> { "site", "target_group" };
        columns.AddRange(roster.CovariateNames);
        for (int i = 0; i < spec.Spec.Subgroups.Count; i++)
        {
            if (!columns.Contains(spec.Spec.Subgroups[i]))
            {
                throw spec.At("$.subgroups")
                    .Error(
                        JsonPositions.Element("", i),
                        $"'{spec.Spec.Subgroups[i]}' is not a roster column (columns: {string.Join(", ", columns)})"
                    );
            }
        }
        if (spec.Spec.SiteTraits.Count > 0 && sites is null)
        {
            throw spec.At("$").Error("site_traits", "needs a sites file (inputs.sites)");
        }
        for (int i = 0; i < spec.Spec.SiteTraits.Count; i++)
        {
            if (!sites!.Contains(spec.Spec.SiteTraits[i]))
            {
                throw spec.At("$.site_traits")
                    .Error(
                        JsonPositions.Element("", i),
                        $"'{spec.Spec.SiteTraits[i]}' is not a column of the sites file (columns: {string.Join(", ", sites.Columns.Select(c => c.Name))})"
                    );
            }
        }
    }

    private static ReportDocument Layout(
        ReportSpecFile spec,
        ReportContext context,
        List<(SectionSpec Options, SectionResult Result)> results,
        bool png
    )
    {
        int figureNumber = 0;
        int tableNumber = 0;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        string Stem(string key, string id, string kind)
        {
            string stem = id.Length == 0 ? key : key + "-" + id;
            if (!stems.Add(kind + "/" + stem))
            {
                throw new InvalidOperationException($"Section '{key}' returned two {kind} with id '{id}'.");
            }
            if (stem.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            {
                throw new InvalidOperationException(
                    $"Section '{key}' returned the {kind} id '{id}', which is not a file-name stem."
                );
            }
            return stem;
        }
        var sections = results
            .Select(r => new DocumentSection(
                r.Options.Key,
                r.Result.Heading,
                r.Result.Introduction,
                [
                    .. r.Result.Figures.Select(f => new DocumentFigure(
                        ++figureNumber,
                        Stem(r.Options.Key, f.Id, "figures"),
                        f,
                        f.Figure.ToSvg(),
                        png
                    )),
                ],
                [
                    .. r.Result.Tables.Select(t => new DocumentTable(
                        ++tableNumber,
                        Stem(r.Options.Key, t.Id, "tables"),
                        t
                    )),
                ]
            ))
            .ToList();
        return new ReportDocument(
            spec.Spec.Title,
            context.Language,
            context.Text,
            context.MinCell,
            EngineVersion,
            Path.GetFileName(spec.Name),
            sections
        );
    }

    private static ReportOutputFile Save(StagingDirectory staging, string relative, string kind, byte[] bytes)
    {
        File.WriteAllBytes(staging.File(relative), bytes);
        return new ReportOutputFile(relative, kind, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
    }

    private static List<ReportSuppression> Suppressions(ReportDocument doc)
    {
        var list = new List<ReportSuppression>();
        foreach (var s in doc.Sections)
        {
            foreach (var f in s.Figures.Where(f => f.Source.Figure.SuppressedCount > 0))
            {
                list.Add(
                    new ReportSuppression(
                        f.Stem,
                        "figure",
                        f.Source.Figure.SuppressedCount,
                        f.HasPng
                            ? [f.SvgPath, f.PngPath, "index.html", "report.md"]
                            : [f.SvgPath, "index.html", "report.md"]
                    )
                );
            }
            foreach (var t in s.Tables.Where(t => t.Source.SuppressedCells.Count > 0))
            {
                list.Add(
                    new ReportSuppression(
                        t.Stem,
                        "table",
                        t.Source.SuppressedCells.Count,
                        [t.CsvPath, t.MarkdownPath, "index.html", "report.md"]
                    )
                );
            }
        }
        return list;
    }

    private static List<KeyValuePair<string, string>> Settings(ReportSpecFile spec, ReportContext context)
    {
        var s = spec.Spec;
        string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        return
        [
            new("language", s.Language),
            new("min_cell", I(s.MinCell)),
            new("population", context.Population.ToString()),
            new("weeks", I(context.WeekFrom) + ".." + I(context.WeekTo)),
            new("focus_week", I(s.FocusWeek)),
            new("outcomes", string.Join(",", s.Outcomes)),
            new("subgroups", string.Join(",", s.Subgroups)),
            new("site_traits", string.Join(",", s.SiteTraits)),
            new("standard_error", s.StandardError),
            new("level", s.Level.ToString("R", CultureInfo.InvariantCulture)),
            new("register_format", s.Inputs.RegisterFormat),
            new("hours_format", s.Inputs.Hours is null ? "none" : s.Inputs.HoursFormat),
            new("unknown_codes", s.Inputs.UnknownCodes),
            new("codebook", s.Inputs.Codebook is null ? "built-in ILLUSTRATIVE codebook" : s.Inputs.Codebook),
            new("design", s.Design),
            new(
                "extract",
                context.HasRegister ? $"{context.Study.Panel.Window.First}..{context.Study.Panel.Window.Last}" : "none"
            ),
        ];
    }

    private static List<KeyValuePair<string, string>> Conventions(
        ReportContext context,
        List<(SectionSpec Options, SectionResult Result)> results
    )
    {
        var list = new List<KeyValuePair<string, string>>
        {
            new(
                "event_time",
                "Event week 1 is the ISO week containing the visitation date; week k is k-1 weeks later. A person contributes to week k only while that ISO week lies inside the extract and before a censoring exit (right-censoring)."
            ),
            new(
                "population",
                context.Population.Rule == PopulationRule.Available
                    ? "available: everyone observed in the event week"
                    : $"balanced:{context.Population.ThroughWeek}: only persons observed through week {context.Population.ThroughWeek}; weekly results stop there"
            ),
            context.Design == ReportDesigns.Participants
                ? new(
                    "design",
                    "participants: no control group (seeds 002-004); descriptive monitoring tables, no treatment effects"
                )
                : new(
                    "arms",
                    "treatment = roster arm 'treatment' (solid blue in figures), control = 'control' (dashed vermillion)"
                ),
        };
        var seen = list.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, result) in results)
        {
            foreach (var (k, v) in result.Conventions)
            {
                if (seen.Add(k))
                {
                    list.Add(new(k, v));
                }
            }
        }
        return list;
    }

    private static List<KeyValuePair<string, string>> Exclusions(ReportContext context)
    {
        if (!context.HasRegister)
        {
            return [];
        }
        var l = context.Study.Linkage;
        int members = context.Members.Count(m => m);
        string Count(long n) =>
            TableSuppression.IsSmall(n, context.MinCell)
                ? "<" + context.MinCell.ToString(CultureInfo.InvariantCulture)
                : n.ToString(CultureInfo.InvariantCulture);
        return
        [
            new("roster_persons", Count(l.RosterPersons)),
            new("roster_persons_not_in_register", Count(l.RosterOnly)),
            new("register_rows_outside_roster", Count(l.RegisterOnlyRows)),
            new("register_duplicate_rows", Count(l.RegisterDuplicateRows)),
            new("unknown_code_cells_mapped_to_other", Count(l.UnknownCodeCells)),
            new("persons_outside_population", Count(l.RosterPersons - members)),
        ];
    }
}
