using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>linkage</c>: the roster ↔ register ↔ hours linkage table (rows read, matched, roster-only, register-only,
/// duplicates, exclusions and why) and a flow diagram from randomisation to the persons followed at the focus week
/// (CONSORT style; seed 004:1498-1511). Counts of 1..min_cell−1 are suppressed in both.
/// </summary>
public sealed class LinkageSection : ReportSection<LinkageSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "linkage";

    /// <inheritdoc/>
    public override string Summary =>
        "Linkage table and flow diagram from the roster to the persons followed at the focus week.";

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, LinkageSectionSpec options)
    {
        var study = context.Study;
        var linkage = study.Linkage;
        var panel = study.Panel;
        var members = context.Members;
        int followedAny = 0;
        int population = 0;
        int atFocus = 0;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int observed = panel.ObservedWeeks(p);
            followedAny += observed > 0 ? 1 : 0;
            if (members[p])
            {
                population++;
                atFocus += observed >= context.FocusWeek ? 1 : 0;
            }
        }
        string focus = context.FocusWeek.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var steps = new List<FlowStep>
        {
            new(
                context.Localized("Randomised (roster)", "Randomiseret (deltagerliste)"),
                linkage.RosterPersons,
                context.Localized("not found in the register", "ikke fundet i registeret"),
                linkage.RosterOnly
            ),
            new(
                context.Localized("Found in the register", "Fundet i registeret"),
                linkage.RegisterMatched,
                context.Localized("no follow-up week observed", "ingen opfølgningsuge observeret"),
                linkage.RegisterMatched - followedAny
            ),
        };
        if (context.Population.Rule == PopulationRule.Balanced)
        {
            string k = context.Population.ThroughWeek.ToString(System.Globalization.CultureInfo.InvariantCulture);
            steps.Add(
                new(
                    context.Localized("Followed at least one week", "Fulgt mindst én uge"),
                    followedAny,
                    context.Localized($"not observed through week {k}", $"ikke observeret til og med uge {k}"),
                    followedAny - population
                )
            );
            steps.Add(
                new(
                    context.Localized(
                        $"Observed through week {k} (population)",
                        $"Observeret til og med uge {k} (population)"
                    ),
                    population,
                    context.Localized($"followed fewer than {focus} weeks", $"fulgt færre end {focus} uger"),
                    population - atFocus
                )
            );
        }
        else
        {
            steps.Add(
                new(
                    context.Localized("Followed at least one week", "Fulgt mindst én uge"),
                    followedAny,
                    context.Localized($"followed fewer than {focus} weeks", $"fulgt færre end {focus} uger"),
                    followedAny - atFocus
                )
            );
        }
        steps.Add(new(context.Localized($"Followed to week {focus}", $"Fulgt til uge {focus}"), atFocus));

        var result = new SectionResult
        {
            Heading = options.Title ?? context.Localized("Data linkage", "Datasammenkobling"),
            Conventions = new Dictionary<string, string>
            {
                ["linkage"] =
                    "Persons are linked by exact (ordinal) person id; roster persons absent from the register stay in the roster with no observed weeks; register rows of persons outside the roster are counted and left out.",
            },
        };
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var figure = FlowDiagramFigure.Build(
                steps,
                context.FigureOptions(
                    context.Localized("From randomisation to follow-up", "Fra randomisering til opfølgning")
                )
            );
            figures.Add(
                new ReportFigure(
                    "flow",
                    figure,
                    context.Localized(
                        $"Flow from the roster to the persons followed to week {focus}: {context.CountOrSuppressed(linkage.RosterPersons)} randomised, {context.CountOrSuppressed(linkage.RegisterMatched)} found in the register, {context.CountOrSuppressed(atFocus)} followed to week {focus} (extract {panel.Window.First}..{panel.Window.Last}). Persons are followed until the extract ends. {context.SuppressionText}",
                        $"Forløb fra deltagerlisten til de personer, der følges til uge {focus}: {context.CountOrSuppressed(linkage.RosterPersons)} randomiseret, {context.CountOrSuppressed(linkage.RegisterMatched)} fundet i registeret, {context.CountOrSuppressed(atFocus)} fulgt til uge {focus} (udtræk {panel.Window.First}..{panel.Window.Last}). Personer følges til udtrækkets afslutning. {context.SuppressionText}"
                    )
                )
            );
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var table = ResultTable.FromRecords(
                "Linkage",
                linkage.ToRows(),
                new Dictionary<string, string>
                {
                    ["extract"] = $"{panel.Window.First}..{panel.Window.Last}",
                    ["min_cell"] = context.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }
            );
            tables.Add(
                TableSuppression.ByCount(
                    "",
                    table,
                    context.Localized(
                        $"Linkage counts by source: rows read, persons matched, roster persons missing from the register, register rows outside the roster, duplicates and every exclusion with its reason. {context.SuppressionText}",
                        $"Sammenkobling fordelt på kilde: læste rækker, matchede personer, personer fra listen uden registerdata, registerrækker uden for listen, dubletter og alle udeladelser med begrundelse. {context.SuppressionText}"
                    ),
                    "count",
                    [],
                    context.MinCell
                )
            );
        }
        return result with { Figures = figures, Tables = tables };
    }
}
