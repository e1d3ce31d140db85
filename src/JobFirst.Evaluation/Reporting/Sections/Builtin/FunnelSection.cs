using System.Globalization;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Monitoring;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>funnel</c>: how the screening funnel narrowed (seed 004:453, 1428-1437): persons reaching each stage (screened →
/// accepted visitation → visitation held → visited), the step rate (of the previous stage) and the overall rate,
/// per unit and in total with the range across units (<see cref="MonitoringStudy.Funnel"/>); the total as a funnel
/// figure (<see cref="ScreeningFunnelFigure"/>). Needs <c>inputs.screening</c>.
/// </summary>
public sealed class FunnelSection : ReportSection<FunnelSectionSpec>
{
    private static readonly string[] Values =
    [
        "count",
        "step_rate",
        "overall_rate",
        "count_low",
        "count_high",
        "step_rate_low",
        "step_rate_high",
        "overall_rate_low",
        "overall_rate_high",
    ];

    /// <inheritdoc/>
    public override string Name => "funnel";

    /// <inheritdoc/>
    public override string Summary =>
        "Screening funnel: stage counts, step and overall rates by municipality (seed 004:453).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, FunnelSectionSpec options)
    {
        var funnel = MonitoringSupport.Run(
            context,
            options,
            "by",
            () => context.Monitoring.Funnel(options.By, context.MinCell)
        );
        var (unit, units) = MonitoringSupport.UnitWords(context, funnel.GroupBy);
        var total = funnel.Rows.Where(r => r.Level == RowLevel.Total).OrderBy(r => r.StageIndex).ToList();
        string Stage(int i) => MonitoringSupport.StageLabel(context, funnel.Stages[i]);
        string steps = string.Join(
            " → ",
            total.Select(
                (r, i) =>
                    $"{Stage(i).ToLowerInvariant()} {(r.Count is { } c ? context.Count(c) : "<" + context.Count(context.MinCell))}"
            )
        );
        string overall =
            total.Count > 1 && total[^1].OverallRate is { } rate
                ? context.Localized(
                    $"; overall {ReportFormat.Percent(rate, 1, context.Language)} of those screened were visited",
                    $"; i alt blev {ReportFormat.Percent(rate, 1, context.Language)} af de screenede visiteret"
                )
                : "";
        int unitCount = funnel.Rows.Where(r => r.Level == RowLevel.Unit).Select(r => r.Unit).Distinct().Count();
        string inconsistent =
            funnel.InconsistentRows > 0
                ? context.Localized(
                    $" {context.Count(funnel.InconsistentRows)} screening rows reach a stage without an earlier one and are counted only up to the first missing stage.",
                    $" {context.Count(funnel.InconsistentRows)} screeningsrækker når et trin uden et tidligere og tælles kun til det første manglende trin."
                )
                : "";
        string caption = context.Localized(
            $"Screening funnel: persons reaching each stage, {steps}{overall}. Step rate = count ÷ the previous stage's count; overall rate = count ÷ screened; total rows give the range across the {context.Count(unitCount)} {units}.{inconsistent} {context.SuppressionText}",
            $"Screeningstragt: personer, der når hvert trin, {steps}{overall}. Trinrate = antal ÷ forrige trins antal; samlet rate = antal ÷ screenede; totalrækker viser spændet på tværs af de {context.Count(unitCount)} {units}.{inconsistent} {context.SuppressionText}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var stages = funnel.ToFigureStages("total", [.. funnel.Stages.Select((_, i) => Stage(i))]);
            figures.Add(
                new ReportFigure(
                    "",
                    ScreeningFunnelFigure.Build(
                        stages,
                        context.FigureOptions(
                            context.Localized(
                                "From screening to visitation (all municipalities)",
                                "Fra screening til visitation (alle kommuner)"
                            )
                        )
                    ),
                    caption
                )
            );
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var table = funnel.ToResultTable();
            int stage = table.IndexOf("stage_index");
            // The first stage has no step rate: a blank there is not a suppression.
            tables.Add(
                MonitoringSupport.Flagged(
                    "",
                    table,
                    caption,
                    Values,
                    (cells, column) => !(column.StartsWith("step_rate", StringComparison.Ordinal) && cells[stage] is 1)
                )
            );
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Screening funnel", "Screeningstragt"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["funnel"] = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Screening funnel (seed 004:453): a row reaches a stage when its cell is 1/true/yes/ja or a date; stages nested ({funnel.Ordering}); step rate = count / previous stage, overall = count / first stage; unit = {funnel.GroupBy}."
                ),
            },
        };
    }
}
