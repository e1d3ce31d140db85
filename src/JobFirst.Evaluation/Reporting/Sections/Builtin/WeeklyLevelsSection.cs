using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>weekly_levels</c>: for each outcome, the weekly level by arm (share of persons, or mean ordinary hours) over
/// the population — seed 000 Figs 1–4 — and one long table <c>indicator, week, arm, n_followed, mean, suppressed</c>
/// (<see cref="IndicatorTable"/>). Weeks or arms with fewer than min_cell persons are suppressed.
/// </summary>
public sealed class WeeklyLevelsSection : ReportSection<WeeklyLevelsSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "weekly_levels";

    /// <inheritdoc/>
    public override string Summary =>
        "Weekly level of each outcome by arm (seed 000 Figs 1-4) and the weekly indicator table.";

    /// <inheritdoc/>
    protected override void ValidateOptions(WeeklyLevelsSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.Outcomes is { } outcomes)
        {
            ReportSpecLoader.ValidateOutcomes(outcomes, scope.At("outcomes"));
        }
    }

    /// <summary>
    /// Rows whose mean would disclose a small group even though enough persons are followed: a share whose
    /// numerator (persons with the status) or complement is 1..min_cell−1, and mean hours when 1..min_cell−1
    /// persons have hours (the mean would then be a sum over a few persons' hours).
    /// </summary>
    internal static HashSet<IndicatorTableRow> HiddenMeans(
        ReportContext context,
        IReadOnlyList<WeeklyIndicator> outcomes,
        IReadOnlyList<IndicatorTableRow> rows
    )
    {
        var hidden = new HashSet<IndicatorTableRow>(ReferenceEqualityComparer.Instance);
        var employed = outcomes.Contains(WeeklyIndicator.Hours)
            ? context.WeeklyIndicators([WeeklyIndicator.Employed]).ToDictionary(r => (r.Week, r.Arm), r => Persons(r))
            : [];
        string hours = WeeklyIndicator.Hours.ToName();
        foreach (var r in rows)
        {
            if (r.Mean is null)
            {
                continue;
            }
            bool small =
                r.Indicator == hours
                    ? employed.TryGetValue((r.Week, r.Arm), out int withHours)
                        && TableSuppression.IsSmall(withHours, context.MinCell)
                    : TableSuppression.IsSmall(Persons(r), context.MinCell)
                        || TableSuppression.IsSmall(r.NFollowed - Persons(r), context.MinCell);
            if (small)
            {
                hidden.Add(r);
            }
        }
        return hidden;
    }

    private static int Persons(IndicatorTableRow r) => (int)Math.Round((r.Mean ?? 0) * r.NFollowed);

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, WeeklyLevelsSectionSpec options)
    {
        var outcomes = options.Outcomes is { } names
            ? names
                .Select(n => WeeklyIndicatorNames.TryParse(n, out var i) ? i : throw new InvalidOperationException(n))
                .ToList()
            : [.. context.Outcomes];
        var rows = context.WeeklyIndicators(outcomes).Where(r => r.Week >= context.WeekFrom).ToList();
        var hidden = HiddenMeans(context, outcomes, rows);
        // The figure builder hides points whose count is small: hidden means are handed over as a count of 1.
        int MaskCount(IndicatorTableRow r) => hidden.Contains(r) ? Math.Min(1, context.MinCell - 1) : r.NFollowed;
        var figures = new List<ReportFigure>();
        foreach (var outcome in outcomes)
        {
            string name = outcome.ToName();
            var mine = rows.Where(r => r.Indicator == name).ToList();
            var weeks = mine.Select(r => r.Week).Distinct().Order().ToArray();
            if (!options.Figures || weeks.Length == 0)
            {
                continue;
            }
            var t = mine.Where(r => r.Arm == "treatment").ToDictionary(r => r.Week);
            var c = mine.Where(r => r.Arm == "control").ToDictionary(r => r.Week);
            var series = new WeeklyArmSeries(
                weeks,
                [.. weeks.Select(w => t[w].Mean ?? double.NaN)],
                [.. weeks.Select(w => c[w].Mean ?? double.NaN)],
                [.. weeks.Select(w => MaskCount(t[w]))],
                [.. weeks.Select(w => MaskCount(c[w]))]
            );
            string title = OutcomeText.Title(outcome, context.Language == Figures.Model.FigureLanguage.Danish);
            var figure = WeeklyLevelFigure.Build(
                series,
                context.FigureOptions(title, outcome.IsShare() ? ValueScale.Proportion : ValueScale.Number)
            );
            int first = weeks[0];
            int last = weeks[^1];
            string range = context.WeekRangeText(first, last);
            string what = outcome.IsShare()
                ? context.Localized("share of persons", "andel af personer")
                : context.Localized(
                    "mean ordinary hours per week (zero for persons without hours)",
                    "gennemsnitlige ordinære timer pr. uge (nul for personer uden timer)"
                );
            string caption = context.Localized(
                $"{title} by week since randomisation and arm, {range}: {what} among {context.PopulationText}. Persons followed: {context.CountOrSuppressed(t[first].NFollowed)} treatment and {context.CountOrSuppressed(c[first].NFollowed)} control in week {first}; {context.CountOrSuppressed(t[last].NFollowed)} and {context.CountOrSuppressed(c[last].NFollowed)} in week {last}. {context.SuppressionText}",
                $"{title} pr. uge efter visitation fordelt på gruppe, {range}: {what} blandt {context.PopulationText}. Personer fulgt: {context.CountOrSuppressed(t[first].NFollowed)} deltagere og {context.CountOrSuppressed(c[first].NFollowed)} i kontrolgruppen i uge {first}; {context.CountOrSuppressed(t[last].NFollowed)} og {context.CountOrSuppressed(c[last].NFollowed)} i uge {last}. {context.SuppressionText}"
            );
            figures.Add(new ReportFigure(name, figure, caption));
        }
        var tables = new List<ReportTable>();
        if (options.Tables && rows.Count > 0)
        {
            var table = ResultTable.FromRecords(
                "Weekly indicators by arm",
                rows,
                new Dictionary<string, string>
                {
                    ["population"] = context.Population.ToString(),
                    ["min_cell"] = context.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["weeks"] = $"{context.WeekFrom}..{rows.Max(r => r.Week)}",
                }
            );
            int n = table.IndexOf("n_followed");
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    context.Localized(
                        $"Weekly indicators by arm: persons followed (n_followed) and the mean of each indicator ({string.Join(", ", outcomes.Select(o => o.ToName()))}) over {context.PopulationText}, {context.WeekRangeText(context.WeekFrom, rows.Max(r => r.Week))}. Shares are fractions; hours are hours per week. {context.SuppressionText}",
                        $"Ugentlige indikatorer fordelt på gruppe: personer fulgt (n_followed) og gennemsnit af hver indikator ({string.Join(", ", outcomes.Select(o => o.ToName()))}) blandt {context.PopulationText}, {context.WeekRangeText(context.WeekFrom, rows.Max(r => r.Week))}. Andele er brøker; timer er timer pr. uge. {context.SuppressionText}"
                    ),
                    (r, cells) =>
                        TableSuppression.IsSmall((int)cells[n]!, context.MinCell) ? ["n_followed", "mean"]
                        : hidden.Contains(rows[r]) ? ["mean"]
                        : []
                )
            );
        }
        return new SectionResult
        {
            Heading =
                options.Title ?? context.Localized("Weekly levels by arm", "Ugentlige niveauer fordelt på gruppe"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["weekly_levels"] =
                    "Weekly level = mean of the 0/1 indicator (or of ordinary hours) over the population observed in the event week, per arm; no adjustment. A share is suppressed when 1..min_cell-1 persons have, or lack, the status; mean hours when 1..min_cell-1 persons have hours.",
                ["active13"] =
                    "13 weeks of continuous company-oriented activity: gaps of at most 4 inactive weeks bridged but not counted, 5 end the spell; cumulative (seed 000:323).",
            },
        };
    }
}
