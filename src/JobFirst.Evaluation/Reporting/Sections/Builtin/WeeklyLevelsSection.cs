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

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, WeeklyLevelsSectionSpec options)
    {
        var outcomes = options.Outcomes is { } names
            ? names
                .Select(n => WeeklyIndicatorNames.TryParse(n, out var i) ? i : throw new InvalidOperationException(n))
                .ToList()
            : [.. context.Outcomes];
        var rows = context.WeeklyIndicators(outcomes).Where(r => r.Week >= context.WeekFrom).ToList();
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
                [.. weeks.Select(w => t[w].NFollowed)],
                [.. weeks.Select(w => c[w].NFollowed)]
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
            tables.Add(
                TableSuppression.ByCount(
                    "",
                    table,
                    context.Localized(
                        $"Weekly indicators by arm: persons followed (n_followed) and the mean of each indicator ({string.Join(", ", outcomes.Select(o => o.ToName()))}) over {context.PopulationText}, {context.WeekRangeText(context.WeekFrom, rows.Max(r => r.Week))}. Shares are fractions; hours are hours per week. {context.SuppressionText}",
                        $"Ugentlige indikatorer fordelt på gruppe: personer fulgt (n_followed) og gennemsnit af hver indikator ({string.Join(", ", outcomes.Select(o => o.ToName()))}) blandt {context.PopulationText}, {context.WeekRangeText(context.WeekFrom, rows.Max(r => r.Week))}. Andele er brøker; timer er timer pr. uge. {context.SuppressionText}"
                    ),
                    "n_followed",
                    ["mean"],
                    context.MinCell
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
                    "Weekly level = mean of the 0/1 indicator (or of ordinary hours) over the population observed in the event week, per arm; no adjustment.",
                ["active13"] =
                    "13 weeks of continuous company-oriented activity: gaps of at most 4 inactive weeks bridged but not counted, 5 end the spell; cumulative (seed 000:323).",
            },
        };
    }
}
