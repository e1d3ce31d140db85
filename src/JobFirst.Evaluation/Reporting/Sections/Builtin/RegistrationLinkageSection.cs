using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>registration_linkage</c>: two registrations of the same participants joined on an id (seed 004:1488-1511, Tabel 1
/// "Diskrepans i data"): observations, valid values, matched, only in one source, and what was excluded and why
/// (<see cref="TwoSourceLinkage"/>), with a flow diagram from each source's records to the matched persons. Counts of
/// 1..min_cell−1 are suppressed. Needs <c>inputs.registration_a</c> and <c>inputs.registration_b</c>.
/// </summary>
public sealed class RegistrationLinkageSection : ReportSection<RegistrationLinkageSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "registration_linkage";

    /// <inheritdoc/>
    public override string Summary =>
        "Two registrations joined on an id: discrepancy table and flow diagram (seed 004 Tabel 1).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override void ValidateOptions(RegistrationLinkageSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (
            string.IsNullOrWhiteSpace(options.NameA)
            || string.IsNullOrWhiteSpace(options.NameB)
            || options.NameA == options.NameB
        )
        {
            throw scope.Error("name_b", "name_a and name_b must be distinct, non-empty names");
        }
        _ = Rules(options.ExcludeA, "exclude_a", scope);
        _ = Rules(options.ExcludeB, "exclude_b", scope);
        if (spec.Inputs.RegistrationA is null || spec.Inputs.RegistrationB is null)
        {
            throw scope.Error("section", "needs inputs.registration_a and inputs.registration_b");
        }
    }

    private static List<ExclusionRule> Rules(IReadOnlyList<string> texts, string key, SpecScope scope)
    {
        var rules = new List<ExclusionRule>();
        for (int i = 0; i < texts.Count; i++)
        {
            try
            {
                rules.Add(ExclusionRule.Parse(texts[i]));
            }
            catch (InputException ex)
            {
                throw scope.Error($"{key}[{i}]", ex.Message);
            }
        }
        return rules;
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, RegistrationLinkageSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        var link = MonitoringSupport.Run(
            context,
            options,
            "id_column",
            () =>
                context.Monitoring.Linkage(
                    options.NameA,
                    options.NameB,
                    Rules(options.ExcludeA, "exclude_a", scope),
                    Rules(options.ExcludeB, "exclude_b", scope),
                    options.IdColumn
                )
        );
        string a = options.NameA;
        string b = options.NameB;
        string C(long n) => context.CountOrSuppressed(n);
        string Excluded(string source) =>
            string.Join(", ", link.Excluded.Where(e => e.Source == source).Select(e => $"{e.Reason} {C(e.Count)}"));
        string exA = Excluded(a);
        string exB = Excluded(b);
        string caption = context.Localized(
            $"Linkage of two registrations on {options.IdColumn} (seed 004 Tabel 1): {a} {C(link.ObservationsA)} records, {C(link.ValidA)} valid{(exA.Length > 0 ? $" (excluded: {exA})" : "")}; {b} {C(link.ObservationsB)} records, {C(link.ValidB)} valid{(exB.Length > 0 ? $" (excluded: {exB})" : "")}; {C(link.Matched)} in both, {C(link.OnlyInA)} only in {a}, {C(link.OnlyInB)} only in {b}. Valid = a non-blank id, not excluded, not a repeat of an earlier id (the first record is kept). {context.SuppressionText}",
            $"Sammenkobling af to registreringer på {options.IdColumn} (seed 004 Tabel 1): {a} {C(link.ObservationsA)} observationer, {C(link.ValidA)} gyldige{(exA.Length > 0 ? $" (udeladt: {exA})" : "")}; {b} {C(link.ObservationsB)} observationer, {C(link.ValidB)} gyldige{(exB.Length > 0 ? $" (udeladt: {exB})" : "")}; {C(link.Matched)} i begge, {C(link.OnlyInA)} kun i {a}, {C(link.OnlyInB)} kun i {b}. Gyldig = et id, der ikke er tomt, ikke udeladt og ikke en gentagelse (den første observation beholdes). {context.SuppressionText}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var steps = new List<FlowStep>
            {
                new(
                    context.Localized($"Registered in {b}", $"Registreret i {b}"),
                    link.ObservationsB,
                    context.Localized("blank, repeated or excluded id", "tomt, gentaget eller udeladt id"),
                    link.ObservationsB - link.ValidB
                ),
                new(
                    context.Localized($"Valid in {b}", $"Gyldige i {b}"),
                    link.ValidB,
                    context.Localized($"not found in {a}", $"ikke fundet i {a}"),
                    link.OnlyInB
                ),
                new(context.Localized($"In both {b} and {a}", $"I både {b} og {a}"), link.Matched),
            };
            figures.Add(
                new ReportFigure(
                    "flow",
                    FlowDiagramFigure.Build(
                        steps,
                        context.FigureOptions(context.Localized($"Linking {b} and {a}", $"Sammenkobling af {b} og {a}"))
                    ),
                    caption
                )
            );
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(TableSuppression.ByCount("", link.ToResultTable(), caption, "count", [], context.MinCell));
        }
        return new SectionResult
        {
            Heading =
                options.Title ?? context.Localized("Linkage of the registrations", "Sammenkobling af registreringerne"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["registration_linkage"] =
                    "Two-source linkage (seed 004:1498-1511): valid = non-blank id, not excluded by a rule, not a repeat (first kept); matched = valid in both (dplyr::full_join / Stata merge 1:1 + tab _merge).",
            },
        };
    }
}
