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
        var breaks = options.Breaks ?? HoursBands.DefaultBreaks;
        var labels = HoursBands.Labels(breaks);
        var counts = HoursBands.Count(context, week, breaks);
        int totalT = counts[1].Sum();
        int totalC = counts[0].Sum();
        string caption = context.Localized(
            $"Ordinary hours in week {week} among persons with hours > 0, by arm: share of each arm's persons with hours in each band ({context.CountOrSuppressed(totalT)} treatment and {context.CountOrSuppressed(totalC)} control persons with hours; population: {context.PopulationText}). Bands are [lower, upper) hours per week; {labels[^1]} is the top band. {context.SuppressionText}",
            $"Ordinære timer i uge {week} blandt personer med timer > 0, fordelt på gruppe: andel af gruppens personer med timer i hvert interval ({context.CountOrSuppressed(totalT)} deltagere og {context.CountOrSuppressed(totalC)} i kontrolgruppen med timer; population: {context.PopulationText}). Intervaller er [nedre, øvre) timer pr. uge; {labels[^1]} er det øverste. {context.SuppressionText}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var figure = HoursDistributionFigure.Build(
                HoursBands.ToDistribution(week, labels, counts, context.MinCell),
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
            var rows = new List<HoursBandRow>();
            var hidden = new List<bool>();
            foreach (var (arm, c) in new[] { ("treatment", counts[1]), ("control", counts[0]) })
            {
                int total = c.Sum();
                var mask = HoursBands.Hidden(c, context.MinCell);
                for (int b = 0; b < labels.Count; b++)
                {
                    rows.Add(
                        new HoursBandRow(
                            week,
                            labels[b],
                            arm,
                            total,
                            c[b],
                            total == 0 ? null : (double)c[b] / total,
                            false
                        )
                    );
                    hidden.Add(mask[b]);
                }
            }
            var table = ResultTable.FromRecords(
                "Hours distribution",
                rows,
                new Dictionary<string, string>
                {
                    ["week"] = week.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["bands"] = "[lower, upper) hours per week among persons with hours > 0",
                    ["population"] = context.Population.ToString(),
                }
            );
            int nWith = table.IndexOf("n_with_hours");
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    caption,
                    (r, cells) =>
                        !hidden[r] ? []
                        : TableSuppression.IsSmall((int)cells[nWith]!, context.MinCell)
                            ? ["n_with_hours", "n_persons", "share"]
                        : ["n_persons", "share"]
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
                    "Hours distribution: persons with ordinary hours > 0 in the week, bands [lower, upper) hours per week (first band (0, 5)); shares within arm; descriptive, no test. Suppression within an arm is primary plus complementary (a lone small band hides the next smallest too).",
            },
        };
    }
}
