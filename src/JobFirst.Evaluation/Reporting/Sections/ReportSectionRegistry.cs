using JobFirst.Evaluation.Reporting.Sections.Builtin;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// The sections a spec may name, keyed by <see cref="IReportSection.Name"/>, and the ones a spec without a
/// <c>sections</c> list gets. Immutable; <see cref="With"/> returns an extended copy (scripts can register their own).
/// </summary>
public sealed class ReportSectionRegistry
{
    private readonly Dictionary<string, IReportSection> _byName;

    /// <summary>Creates a registry.</summary>
    /// <param name="sections">The sections, in documentation order; names must be distinct.</param>
    /// <param name="defaultSections">Names run, in this order, when a trial spec lists no sections.</param>
    /// <param name="participantsDefaultSections">Names run when a participants-design spec lists no sections (default none).</param>
    public ReportSectionRegistry(
        IEnumerable<IReportSection> sections,
        IEnumerable<string> defaultSections,
        IEnumerable<string>? participantsDefaultSections = null
    )
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(defaultSections);
        Sections = [.. sections];
        _byName = new Dictionary<string, IReportSection>(StringComparer.Ordinal);
        foreach (var s in Sections)
        {
            if (!_byName.TryAdd(s.Name, s))
            {
                throw new ArgumentException($"Two sections are named '{s.Name}'.", nameof(sections));
            }
        }
        DefaultSections = [.. defaultSections];
        ParticipantsDefaultSections = [.. participantsDefaultSections ?? []];
        foreach (var name in DefaultSections.Concat(ParticipantsDefaultSections).Where(n => !_byName.ContainsKey(n)))
        {
            throw new ArgumentException($"Default section '{name}' is not registered.", nameof(defaultSections));
        }
    }

    /// <summary>
    /// The built-in sections. To add one: append an instance here (and its name to the defaults if every report
    /// should get it).
    /// </summary>
    public static ReportSectionRegistry Default { get; } =
        new(
            [
                new LinkageSection(),
                new PersonsFollowedSection(),
                new WeeklyLevelsSection(),
                new EffectsSection(),
                new HoursDistributionSection(),
                new BalanceSection(),
                new SubgroupsSection(),
                new SitesSection(),
                new LogisticSection(),
                new KaplanMeierSection(),
                new StabilitySection(),
                new ProfileSection(),
                new FunnelSection(),
                new AttainmentSection(),
                new MonitoringSection(),
                new FirstOutcomeSection(),
                new SurveySection(),
                new RegistrationLinkageSection(),
            ],
            ["linkage", "persons_followed", "weekly_levels", "hours_distribution"],
            ["profile"]
        );

    /// <summary>Registered sections in documentation order.</summary>
    public IReadOnlyList<IReportSection> Sections { get; }

    /// <summary>Names run when a trial spec lists no sections.</summary>
    public IReadOnlyList<string> DefaultSections { get; }

    /// <summary>Names run when a participants-design spec lists no sections.</summary>
    public IReadOnlyList<string> ParticipantsDefaultSections { get; }

    /// <summary>The default sections of <paramref name="design"/> (<c>trial</c> or <c>participants</c>), in order.</summary>
    public IReadOnlyList<string> DefaultSectionsFor(string design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return design == ReportDesigns.Participants ? ParticipantsDefaultSections : DefaultSections;
    }

    /// <summary>Looks a section up by name (ordinal).</summary>
    public bool TryGet(string name, out IReportSection section)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out section!);
    }

    /// <summary>A copy with <paramref name="section"/> added (or replacing the one of the same name).</summary>
    public ReportSectionRegistry With(IReportSection section, bool runByDefault = false)
    {
        ArgumentNullException.ThrowIfNull(section);
        var sections = Sections.Where(s => s.Name != section.Name).Append(section);
        var defaults = DefaultSections.Where(n => n != section.Name);
        return new ReportSectionRegistry(
            sections,
            runByDefault ? defaults.Append(section.Name) : defaults,
            ParticipantsDefaultSections.Where(n => n != section.Name)
        );
    }
}
