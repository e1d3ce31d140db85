using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>persons_followed</c>: persons of the population observed in each event week by arm — the sample shrinks as
/// late entrants are right-censored at the extract's end (seed 000:286-287). A figure and a table
/// <c>week, arm, n_followed</c>; counts of 1..min_cell−1 are suppressed.
/// </summary>
public sealed class PersonsFollowedSection : ReportSection<PersonsFollowedSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "persons_followed";

    /// <inheritdoc/>
    public override string Summary => "Persons followed per week since randomisation, by arm (the shrinking sample).";

    /// <summary>Counts per week 1..<paramref name="weeks"/>: [0] control, [1] treatment.</summary>
    internal static int[][] Count(ReportContext context, int weeks)
    {
        var panel = context.Study.Panel;
        var treated = context.Study.Treated;
        var members = context.Members;
        var n = new[] { new int[weeks], new int[weeks] };
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (!members[p])
            {
                continue;
            }
            var arm = n[treated[p] ? 1 : 0];
            int observed = Math.Min(panel.ObservedWeeks(p), weeks);
            for (int k = 0; k < observed; k++)
            {
                arm[k]++;
            }
        }
        return n;
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, PersonsFollowedSectionSpec options)
    {
        var n = Count(context, context.WeekTo);
        int last = context.WeekTo;
        while (last > context.WeekFrom && n[0][last - 1] + n[1][last - 1] == 0)
        {
            last--;
        }
        var weeks = Enumerable.Range(context.WeekFrom, last - context.WeekFrom + 1).ToArray();
        var treatment = weeks.Select(w => n[1][w - 1]).ToArray();
        var control = weeks.Select(w => n[0][w - 1]).ToArray();
        string range = context.WeekRangeText(context.WeekFrom, last);
        var panel = context.Study.Panel;
        string caption = context.Localized(
            $"Persons followed per week since randomisation by arm, {range}: {context.CountOrSuppressed(treatment[0])} treatment and {context.CountOrSuppressed(control[0])} control persons in week {weeks[0]}, {context.CountOrSuppressed(treatment[^1])} and {context.CountOrSuppressed(control[^1])} in week {weeks[^1]}. Persons randomised late are followed fewer weeks (right-censored at the extract's end, {panel.Window.Last}). Population: {context.PopulationText}. {context.SuppressionText}",
            $"Personer fulgt pr. uge efter visitation fordelt på gruppe, {range}: {context.CountOrSuppressed(treatment[0])} deltagere og {context.CountOrSuppressed(control[0])} i kontrolgruppen i uge {weeks[0]}, {context.CountOrSuppressed(treatment[^1])} og {context.CountOrSuppressed(control[^1])} i uge {weeks[^1]}. Sent visiterede følges færre uger (højrecensureret ved udtrækkets afslutning, {panel.Window.Last}). Population: {context.PopulationText}. {context.SuppressionText}"
        );
        var result = new SectionResult
        {
            Heading = options.Title ?? context.Localized("Persons followed", "Personer fulgt"),
            Conventions = new Dictionary<string, string>
            {
                ["persons_followed"] =
                    "A person is followed in event week k when the ISO week lies inside the extract and before any censoring exit (997-999).",
            },
        };
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var figure = PersonsFollowedFigure.Build(
                new PersonsFollowedSeries(weeks, treatment, control),
                context.FigureOptions(context.Localized("Persons followed per week", "Personer fulgt pr. uge"))
            );
            figures.Add(new ReportFigure("", figure, caption));
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var rows = weeks.SelectMany(w =>
                new[]
                {
                    new PersonsFollowedRow(w, "treatment", n[1][w - 1]),
                    new PersonsFollowedRow(w, "control", n[0][w - 1]),
                }
            );
            var table = ResultTable.FromRecords(
                "Persons followed",
                rows,
                new Dictionary<string, string>
                {
                    ["population"] = context.Population.ToString(),
                    ["extract"] = $"{panel.Window.First}..{panel.Window.Last}",
                }
            );
            tables.Add(TableSuppression.ByCount("", table, caption, "n_followed", [], context.MinCell));
        }
        return result with { Figures = figures, Tables = tables };
    }
}
