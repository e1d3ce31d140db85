using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>
/// Base class of a report section with typed options. A new section is a subclass (name, summary,
/// <see cref="Build"/>), an options record deriving from <see cref="SectionSpec"/> (its extra JSON keys), and one
/// line in <see cref="ReportSectionRegistry.Default"/>; see <c>docs/report.md</c>, "Adding a section".
/// </summary>
/// <typeparam name="TOptions">The section's options record (snake_case keys in the spec).</typeparam>
public abstract class ReportSection<TOptions> : IReportSection
    where TOptions : SectionSpec, new()
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Summary { get; }

    /// <inheritdoc/>
    /// <remarks>Default: the trial design only (treatment–control sections); monitoring sections override it.</remarks>
    public virtual IReadOnlyList<string> Designs => ReportDesigns.TrialOnly;

    /// <inheritdoc/>
    public Type OptionsType => typeof(TOptions);

    /// <inheritdoc/>
    public SectionSpec DefaultOptions() => new TOptions { Section = Name };

    /// <inheritdoc/>
    public void Validate(SectionSpec options, ReportSpec spec, SpecScope scope)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(scope);
        ValidateOptions(Cast(options), spec, scope);
    }

    /// <inheritdoc/>
    public SectionResult Run(ReportContext context, SectionSpec options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return Build(context, Cast(options));
    }

    /// <summary>Option checks that need no data (names, ranges); throw <c>scope.Error(key, message)</c>.</summary>
    protected virtual void ValidateOptions(TOptions options, ReportSpec spec, SpecScope scope) { }

    /// <summary>Computes the section.</summary>
    protected abstract SectionResult Build(ReportContext context, TOptions options);

    private TOptions Cast(SectionSpec options) =>
        options as TOptions
        ?? throw new ArgumentException(
            $"Section '{Name}' expects options of type {typeof(TOptions).Name}, got {options.GetType().Name}.",
            nameof(options)
        );
}
