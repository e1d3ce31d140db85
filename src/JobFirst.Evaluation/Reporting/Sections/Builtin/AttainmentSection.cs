using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Monitoring;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>attainment</c>: goal attainment (seed 004:1589-1643, Tabel 3): realised counts against each municipality's
/// original and adjusted targets, in total with the range across municipalities — a measure of ambition, kept apart
/// from the outcome sections as the seed insists (<see cref="MonitoringStudy.Attainment"/>). A figure of each
/// municipality's attainment on one measure against the 100% line. Needs <c>inputs.targets</c>.
/// </summary>
public sealed class AttainmentSection : ReportSection<AttainmentSectionSpec>
{
    private static readonly string[] Values =
    [
        "realised",
        "attainment_original",
        "attainment_adjusted",
        "attainment_original_low",
        "attainment_original_high",
        "attainment_adjusted_low",
        "attainment_adjusted_high",
    ];

    /// <inheritdoc/>
    public override string Name => "attainment";

    /// <inheritdoc/>
    public override string Summary =>
        "Goal attainment: realised against original and adjusted targets per municipality (seed 004 Tabel 3).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, AttainmentSectionSpec options)
    {
        var result = MonitoringSupport.Run(
            context,
            options,
            "section",
            () => context.Monitoring.Attainment(context.MinCell)
        );
        var measures = result.Rows.Select(r => r.Measure).Distinct().ToList();
        string measure =
            options.FigureMeasure ?? (measures.Contains("visited") ? "visited" : measures.FirstOrDefault() ?? "");
        if (options.FigureMeasure is { } wanted && !measures.Contains(wanted))
        {
            throw context
                .ScopeOf(options)
                .Error(
                    "figure_measure",
                    $"'{wanted}' is not a measure of the targets (measures: {string.Join(", ", measures)})"
                );
        }
        var total = result.Rows.FirstOrDefault(r => r.Level == RowLevel.Total && r.Measure == measure);
        var lang = context.Language;
        string totals = total is null
            ? ""
            : context.Localized(
                $" In total {(total.Realised is { } n ? context.Count(n) : "<" + context.Count(context.MinCell))} {measure} against a target of {ReportFormat.Number(total.OriginalTarget ?? double.NaN, 0, lang)} (original) and {ReportFormat.Number(total.AdjustedTarget ?? double.NaN, 0, lang)} (adjusted): {ReportFormat.Percent(total.AttainmentOriginal ?? double.NaN, 0, lang)} and {ReportFormat.Percent(total.AttainmentAdjusted ?? double.NaN, 0, lang)}; municipalities range {ReportFormat.Percent(total.AttainmentAdjustedLow ?? double.NaN, 0, lang)}–{ReportFormat.Percent(total.AttainmentAdjustedHigh ?? double.NaN, 0, lang)} of the adjusted target.",
                $" I alt {(total.Realised is { } n2 ? context.Count(n2) : "<" + context.Count(context.MinCell))} {measure} mod et mål på {ReportFormat.Number(total.OriginalTarget ?? double.NaN, 0, lang)} (oprindeligt) og {ReportFormat.Number(total.AdjustedTarget ?? double.NaN, 0, lang)} (justeret): {ReportFormat.Percent(total.AttainmentOriginal ?? double.NaN, 0, lang)} og {ReportFormat.Percent(total.AttainmentAdjusted ?? double.NaN, 0, lang)}; kommunerne spænder fra {ReportFormat.Percent(total.AttainmentAdjustedLow ?? double.NaN, 0, lang)} til {ReportFormat.Percent(total.AttainmentAdjustedHigh ?? double.NaN, 0, lang)} af det justerede mål."
            );
        string withoutTarget =
            result.UnitsWithoutTarget.Count == 0
                ? ""
                : context.Localized(
                    $" Without a target (shown, left out of the totals): {string.Join("; ", result.UnitsWithoutTarget)}.",
                    $" Uden mål (vist, ikke med i totalerne): {string.Join("; ", result.UnitsWithoutTarget)}."
                );
        string caption = context.Localized(
            $"Goal attainment per municipality (seed 004 Tabel 3): realised ÷ original target and realised ÷ adjusted target, and the adjustment (adjusted ÷ original − 1). Attainment measures ambition against a municipality's own target, not results: outcomes are reported separately.{totals}{withoutTarget} {context.SuppressionText}",
            $"Målopfyldelse pr. kommune (seed 004 Tabel 3): realiseret ÷ oprindeligt mål og realiseret ÷ justeret mål samt justeringen (justeret ÷ oprindeligt − 1). Målopfyldelse måler ambitionsniveau i forhold til kommunens eget mål, ikke resultater: resultaterne vises for sig.{totals}{withoutTarget} {context.SuppressionText}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures && measure.Length > 0)
        {
            var bars = result
                .Rows.Where(r => r.Level == RowLevel.Unit && r.Measure == measure)
                .Select(r => new UnitBar(
                    r.Unit,
                    r.AttainmentAdjusted ?? r.AttainmentOriginal ?? double.NaN,
                    r.Suppressed ? Math.Min(1, context.MinCell - 1) : null
                ))
                .ToList();
            var figure = UnitBarsFigure.Build(
                bars,
                1.0,
                context.Localized("Target (100%)", "Mål (100 %)"),
                context.FigureOptions(
                    context.Localized(
                        $"Goal attainment: {measure} against the adjusted target",
                        $"Målopfyldelse: {measure} i forhold til det justerede mål"
                    )
                ) with
                {
                    ValueLabel = context.Localized("Realised ÷ adjusted target", "Realiseret ÷ justeret mål"),
                    Scale = ValueScale.Proportion,
                }
            );
            figures.Add(new ReportFigure(measure, figure, caption));
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(MonitoringSupport.Flagged("", result.ToResultTable(), caption, Values));
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Goal attainment", "Målopfyldelse"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["attainment"] =
                    "Goal attainment (seed 004:1589-1643): realised / original and / adjusted target per municipality; totals over municipalities with a target; a measure of ambition, not of results.",
            },
        };
    }
}
