using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// What every section reads: the loaded study, the validated spec and its settings resolved once (language,
/// outcomes, weeks, population, min_cell, seeds), the site table, and shared computations cached across sections
/// (the weekly indicator table). Sections never read files themselves.
/// </summary>
public sealed class ReportContext
{
    private readonly Dictionary<string, IReadOnlyList<IndicatorTableRow>> _indicatorCache = new(StringComparer.Ordinal);
    private readonly Dictionary<SectionSpec, string> _sectionPaths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> _shared = new(StringComparer.Ordinal);
    private readonly Study? _study;
    private readonly MonitoringStudy? _monitoring;
    private bool[]? _members;

    /// <summary>Creates a context of a trial report (the report runner does this once per report).</summary>
    public ReportContext(ReportSpecFile specFile, Study study, DataFrame? sites = null, SiteTable? siteTable = null)
        : this(specFile, study, sites, (MonitoringStudy?)null)
    {
        ArgumentNullException.ThrowIfNull(study);
        SiteTable = siteTable;
    }

    /// <summary>Creates a context of a participants-design report (no control group; the register is optional).</summary>
    public ReportContext(ReportSpecFile specFile, MonitoringStudy monitoring)
        : this(specFile, monitoring?.Register, null, monitoring)
    {
        ArgumentNullException.ThrowIfNull(monitoring);
    }

    private ReportContext(ReportSpecFile specFile, Study? study, DataFrame? sites, MonitoringStudy? monitoring)
    {
        ArgumentNullException.ThrowIfNull(specFile);
        SpecFile = specFile;
        _study = study;
        _monitoring = monitoring;
        Sites = sites;
        var spec = specFile.Spec;
        Language = spec.Language == "da" ? FigureLanguage.Danish : FigureLanguage.English;
        Text = Language == FigureLanguage.Danish ? ReportText.Danish : ReportText.English;
        Population =
            ReportPopulation.TryParse(spec.Population)
            ?? throw specFile.ErrorAt("$.population", $"$.population: unknown rule '{spec.Population}'");
        Outcomes = [.. spec.Outcomes.Select(ParseOutcome)];
        for (int i = 0; i < spec.Sections.Count; i++)
        {
            _sectionPaths[spec.Sections[i]] = JsonPositions.Element("$.sections", i);
        }
        WeekFrom = spec.WeekFrom;
        WeekTo = Math.Max(
            WeekFrom,
            Math.Min(Population.LastWeek(spec.WeekTo), study?.Panel.MaxFollowUpWeeks ?? spec.WeekTo)
        );
    }

    /// <summary>The spec file (for located errors: <c>context.SpecFile.At("$.sections[0]")</c>).</summary>
    public ReportSpecFile SpecFile { get; }

    /// <summary>The validated spec.</summary>
    public ReportSpec Spec => SpecFile.Spec;

    /// <summary>
    /// The loaded register study (roster, panel, linkage; the analyses hang off it). In a participants-design report
    /// without <c>inputs.register</c> reading it raises a located error: the section needs the register.
    /// </summary>
    public Study Study =>
        _study
        ?? throw SpecFile
            .At("$.inputs")
            .Error("register", "a section of this report needs the register extract, which was not given");

    /// <summary>True when a register study was loaded.</summary>
    public bool HasRegister => _study is not null;

    /// <summary>The study design (<c>trial</c> or <c>participants</c>).</summary>
    public string Design => Spec.Design;

    /// <summary>The participants-design study (participants, screening, targets, survey, registrations); only in participants-design reports.</summary>
    public MonitoringStudy Monitoring =>
        _monitoring
        ?? throw new InvalidOperationException("The monitoring study exists only in participants-design reports.");

    /// <summary>The site traits table of <c>inputs.sites</c>, or null.</summary>
    public DataFrame? Sites { get; }

    /// <summary>The same file read as site traits (<see cref="Evaluation.Sites.SiteTableReader"/>: numeric traits per site), or null.</summary>
    public SiteTable? SiteTable { get; }

    /// <summary>Figure and report language.</summary>
    public FigureLanguage Language { get; }

    /// <summary>Shared report words in <see cref="Language"/>.</summary>
    public ReportText Text { get; }

    /// <summary>Disclosure threshold (spec <c>min_cell</c>).</summary>
    public int MinCell => Spec.MinCell;

    /// <summary>The population rule.</summary>
    public ReportPopulation Population { get; }

    /// <summary>The spec's outcomes, parsed.</summary>
    public IReadOnlyList<WeeklyIndicator> Outcomes { get; }

    /// <summary>First week shown.</summary>
    public int WeekFrom { get; }

    /// <summary>Last week shown: the spec's <c>week_to</c>, capped by balanced:K and by the panel's follow-up.</summary>
    public int WeekTo { get; }

    /// <summary>The spec's focus week.</summary>
    public int FocusWeek => Spec.FocusWeek;

    /// <summary>Per roster index: true when the person belongs to the population (linked; observed through K for balanced:K).</summary>
    public IReadOnlyList<bool> Members => _members ??= Population.Members(Study.Panel);

    /// <summary>The English or Danish text, by <see cref="Language"/>.</summary>
    public string Localized(string english, string danish) => Language == FigureLanguage.Danish ? danish : english;

    /// <summary>A person count in the report language (<c>2,407</c> / <c>2.407</c>).</summary>
    public string Count(long count) => FigureNumberFormat.Count(count, Language);

    /// <summary>A count, or "&lt;min_cell" when it is 1..min_cell−1.</summary>
    public string CountOrSuppressed(long count) =>
        TableSuppression.IsSmall(count, MinCell) ? "<" + Count(MinCell) : Count(count);

    /// <summary>"weeks 1–44" in the report language.</summary>
    public string WeekRangeText(int from, int to) =>
        string.Format(CultureInfo.InvariantCulture, Text.WeekRange, from, to);

    /// <summary>The population rule in words.</summary>
    public string PopulationText =>
        Population.Rule == PopulationRule.Available
            ? Text.PopulationAvailable
            : string.Format(CultureInfo.InvariantCulture, Text.PopulationBalanced, Population.ThroughWeek);

    /// <summary>The caption sentence on suppression.</summary>
    public string SuppressionText =>
        MinCell > 1 ? string.Format(CultureInfo.InvariantCulture, Text.SuppressionSentence, MinCell) : "";

    /// <summary>Figure options in the report language with the report's min_cell.</summary>
    public FigureOptions FigureOptions(string title, ValueScale scale = ValueScale.Proportion) =>
        new()
        {
            Language = Language,
            Title = title,
            Scale = scale,
            MinCellSize = MinCell,
        };

    /// <summary>
    /// Per week (1..<see cref="WeekTo"/>) and arm: persons followed and the mean of each indicator over the
    /// population (<see cref="IndicatorTable"/>), small cells suppressed; computed once per indicator list.
    /// </summary>
    public IReadOnlyList<IndicatorTableRow> WeeklyIndicators(IReadOnlyList<WeeklyIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        string key = string.Join(",", indicators.Select(i => i.ToName()));
        if (!_indicatorCache.TryGetValue(key, out var rows))
        {
            rows = IndicatorTable.Compute(Study.Panel, Study.Treated, indicators, WeekTo, MinCell, Members);
            _indicatorCache[key] = rows;
        }
        return rows;
    }

    /// <summary>
    /// A computation shared across sections (spell tables, weekly effects), made once per report under
    /// <paramref name="key"/>: the first caller computes it, later callers with the same key get the same object.
    /// </summary>
    public T Shared<T>(string key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        if (_shared.TryGetValue(key, out var value))
        {
            return (T)value;
        }
        var made = compute();
        _shared[key] = made;
        return made;
    }

    /// <summary>
    /// The seed of a section: its own <c>seed</c>, else derived from the spec's master seed and the section id
    /// (first 8 bytes of SHA-256("seed:id"), as a non-negative integer), so adding a section changes no other's draws.
    /// </summary>
    public long SeedFor(SectionSpec options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Seed ?? DeriveSeed(Spec.Seed, options.Key);
    }

    /// <summary>The seed of section <paramref name="id"/> under master seed <paramref name="masterSeed"/> (see <see cref="SeedFor"/>).</summary>
    public static long DeriveSeed(long masterSeed, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = SHA256.HashData(
            Encoding.UTF8.GetBytes(masterSeed.ToString(CultureInfo.InvariantCulture) + ":" + id)
        );
        return (long)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash) & long.MaxValue);
    }

    /// <summary>
    /// Where a section's options sit in the spec, for errors only found with the data
    /// (<c>throw context.ScopeOf(options).Error("formula", "no column 'x'")</c>).
    /// </summary>
    public SpecScope ScopeOf(SectionSpec options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SpecFile.At(_sectionPaths.TryGetValue(options, out var path) ? path : "$");
    }

    private WeeklyIndicator ParseOutcome(string name, int index) =>
        WeeklyIndicatorNames.TryParse(name, out var indicator)
            ? indicator
            : throw SpecFile.ErrorAt(
                JsonPositions.Element("$.outcomes", index),
                $"$.outcomes[{index}]: unknown outcome '{name}'"
            );
}
