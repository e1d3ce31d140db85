using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>hours_distribution</c>: among persons with ordinary hours &gt; 0 in one week (default the focus week), the
/// share in each hour band by arm (seed 000:351-353, Fig 7): grouped bars and a table
/// <c>week, band, arm, n_with_hours, n_persons, share, suppressed</c>.
/// </summary>
public sealed class HoursDistributionSection : ReportSection<HoursDistributionSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "hours_distribution";

    /// <inheritdoc/>
    public override string Summary =>
        "Distribution of ordinary hours among persons with hours at the focus week, by arm (seed 000 Fig 7).";

    /// <inheritdoc/>
    protected override void ValidateOptions(HoursDistributionSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.Week is < 1)
        {
            throw scope.Error("week", "must be at least 1");
        }
        if (options.Breaks is { } breaks)
        {
            if (breaks.Count == 0)
            {
                throw scope.Error("breaks", "must list at least one upper band limit");
            }
            for (int i = 0; i < breaks.Count; i++)
            {
                if (!(breaks[i] > (i == 0 ? 0 : breaks[i - 1])) || !double.IsFinite(breaks[i]))
                {
                    throw scope.Error($"breaks[{i}]", "band limits must be positive and strictly increasing");
                }
            }
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, HoursDistributionSectionSpec options)
    {
        int week = options.Week ?? context.FocusWeek;
        int min = context.MinCell;
        var lang = context.Language;
        var bands = options.Breaks is { } breaks ? HourBands.FromCuts(breaks) : HourBands.Standard;
        var result = context.Study.HoursDistribution(week, bands, EffectSupport.Population(context), min);
        var labels = bands.Labels;
        long totalT = result.TreatedWithHours;
        long totalC = result.ControlWithHours;
        string test = result.Test is { } t
            ? context.Localized(
                $" Pearson χ² test of equal distributions = {ReportFormat.Number(t.Statistic, 2, lang)} on {ReportFormat.Number(t.Df, 0, lang)} df, p {ReportFormat.PValue(t.PValue, lang)} (chisq.test(table(arm, band), correct = FALSE), on the full table{(t.SmallExpectedCells > 0 ? $"; {t.SmallExpectedCells} expected counts below 5: the approximation may be poor" : "")}).",
                $" Pearsons χ²-test af ens fordelinger = {ReportFormat.Number(t.Statistic, 2, lang)} med {ReportFormat.Number(t.Df, 0, lang)} frihedsgrader, p {ReportFormat.PValue(t.PValue, lang)} (chisq.test(table(arm, band), correct = FALSE), på hele tabellen{(t.SmallExpectedCells > 0 ? $"; {t.SmallExpectedCells} forventede antal under 5: tilnærmelsen kan være dårlig" : "")})."
            )
            : context.Localized(
                " No test: fewer than two non-empty bands or arms.",
                " Ingen test: færre end to ikke-tomme intervaller eller grupper."
            );
        string caption = context.Localized(
            $"Ordinary hours in week {week} among persons with hours > 0, by arm: share of each arm's persons with hours in each band ({context.CountOrSuppressed(totalT)} treatment and {context.CountOrSuppressed(totalC)} control persons with hours; population: {context.PopulationText}). Bands are [lower, upper) hours per week; {labels[^1]} is the top band.{test} {context.SuppressionText} A lone small band also hides the next smallest of its arm, since the arm's total is shown.",
            $"Ordinære timer i uge {week} blandt personer med timer > 0, fordelt på gruppe: andel af gruppens personer med timer i hvert interval ({context.CountOrSuppressed(totalT)} deltagere og {context.CountOrSuppressed(totalC)} i kontrolgruppen med timer; population: {context.PopulationText}). Intervaller er [nedre, øvre) timer pr. uge; {labels[^1]} er det øverste.{test} {context.SuppressionText} Et enligt lille interval skjuler også gruppens næstmindste, da gruppens total vises."
        );
        var cells = result.Cells;
        bool Hidden(string arm, int band) => cells.First(c => c.Arm == arm && c.Band == labels[band]).Suppressed;
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            // The builder hides bars whose count is small: suppressed bands (primary or complementary) go in as 1.
            IReadOnlyList<int> Masks(string arm) =>
                [.. labels.Select((_, b) => Hidden(arm, b) ? Math.Min(1, min - 1) : min)];
            IReadOnlyList<double> Shares(string arm) =>
                [.. labels.Select(l => cells.First(c => c.Arm == arm && c.Band == l).Share ?? double.NaN)];
            var figure = HoursDistributionFigure.Build(
                new HoursDistribution(
                    week,
                    labels,
                    Shares("treatment"),
                    Shares("control"),
                    Masks("treatment"),
                    Masks("control")
                ),
                context.FigureOptions(
                    context.Localized(
                        $"Ordinary hours in week {week} among persons with hours",
                        $"Ordinære timer i uge {week} blandt personer med timer"
                    )
                )
            );
            figures.Add(new ReportFigure("", figure, caption));
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var rows = cells
                .Select(c =>
                    (IReadOnlyList<object?>)
                        [week, c.Band, c.Arm, c.Arm == "treatment" ? totalT : totalC, c.Count, c.Share, c.Suppressed]
                )
                .ToList();
            var table = new ResultTable(
                "Hours distribution",
                ["week", "band", "arm", "n_with_hours", "n_persons", "share", "suppressed"],
                rows,
                new Dictionary<string, string>(result.ToTable().Metadata)
                {
                    ["bands"] = "[lower, upper) hours per week among persons with hours > 0",
                }
            );
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    caption,
                    (_, row) =>
                    {
                        var blank = new List<string>();
                        if (row[3] is long n && TableSuppression.IsSmall(n, min))
                        {
                            blank.Add("n_with_hours");
                        }
                        if (row[6] is true)
                        {
                            blank.AddRange(["n_persons", "share"]);
                        }
                        return blank;
                    }
                )
            );
        }
        return new SectionResult
        {
            Heading =
                options.Title ?? context.Localized("Distribution of ordinary hours", "Fordeling af ordinære timer"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["hours_bands"] =
                    "Hours distribution (Study.HoursDistribution): persons followed in the week with ordinary hours > 0, bands [lower, upper) hours per week; shares within arm; Pearson chi-square on arm x non-empty bands without continuity correction (chisq.test(correct = FALSE)) on the full table. Suppression within an arm is primary plus complementary (a lone small band hides the next smallest too); a small arm total hides the total.",
            },
        };
    }
}
