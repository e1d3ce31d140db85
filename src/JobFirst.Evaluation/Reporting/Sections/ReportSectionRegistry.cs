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
    /// <param name="defaultSections">Names run, in this order, when the spec lists no sections.</param>
    public ReportSectionRegistry(IEnumerable<IReportSection> sections, IEnumerable<string> defaultSections)
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
        foreach (var name in DefaultSections.Where(n => !_byName.ContainsKey(n)))
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
                new HoursDistributionSection(),
                new LogisticSection(),
            ],
            ["linkage", "persons_followed", "weekly_levels", "hours_distribution"]
        );

    /// <summary>Registered sections in documentation order.</summary>
    public IReadOnlyList<IReportSection> Sections { get; }

    /// <summary>Names run when the spec lists no sections.</summary>
    public IReadOnlyList<string> DefaultSections { get; }

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
        return new ReportSectionRegistry(sections, runByDefault ? defaults.Append(section.Name) : defaults);
    }
}
