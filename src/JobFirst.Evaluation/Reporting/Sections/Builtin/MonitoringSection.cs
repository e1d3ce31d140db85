using System.Globalization;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>monitoring</c>: the monitoring panel by municipality and calendar period (seed 003:23-27, 002:29-33): the share
/// of the group in company-oriented activity, education or paid hours (the default status set) per month or quarter,
/// the share ever in those statuses, and the result requirement — whether at least X% of a municipality's group was
/// in them over N consecutive months — with the count "X of N municipalities" (<see cref="MonitoringStudy"/>).
/// Two figures (shares by period with the range across municipalities; the best window per municipality against X)
/// and four tables. Needs <c>inputs.register</c>.
/// </summary>
public sealed class MonitoringSection : ReportSection<MonitoringSectionSpec>
{
    private static readonly string[] RequirementValues = ["persons", "n", "best_share", "met"];

    private static readonly string[] ShareValues = ["count", "share", "range_low", "range_high", "range_units"];

    /// <inheritdoc/>
    public override string Name => "monitoring";

    /// <inheritdoc/>
    public override string Summary =>
        "Monitoring panel: status shares by municipality and month/quarter, ever shares, result requirement X of N (seed 003:27).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override void ValidateOptions(MonitoringSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        MonitoringSupport.OneOf(scope, "period", options.Period, "quarter", "month");
        MonitoringSupport.OneOf(scope, "rule", options.Rule, "at_least_once", "every_month");
        MonitoringSupport.OneOf(scope, "membership", options.Membership, "any_month", "all_months");
        if (!(options.Threshold > 0 && options.Threshold <= 1))
        {
            throw scope.Error("threshold", "must lie in (0, 1]");
        }
        if (options.Months < 1)
        {
            throw scope.Error("months", "must be at least 1");
        }
        foreach (var (key, value) in new[] { ("from", options.From), ("to", options.To) })
        {
            if (value is not null && !YearMonth.TryParse(value, out _))
            {
                throw scope.Error(key, $"must be a month YYYY-MM, not \"{value}\"");
            }
        }
    }

    private static YearMonth? Month(string? text) =>
        text is null ? null
        : YearMonth.TryParse(text, out var m) ? m
        : null;

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, MonitoringSectionSpec options)
    {
        var study = context.Monitoring;
        int min = context.MinCell;
        var lang = context.Language;
        var panel = MonitoringSupport.Run(
            context,
            options,
            "from",
            () => study.MonthlyStatuses(null, Month(options.From), Month(options.To))
        );
        var period = options.Period == "month" ? MonitoringPeriod.Month : MonitoringPeriod.Quarter;
        var membership =
            options.Membership == "all_months" ? WindowMembership.ObservedAllMonths : WindowMembership.ObservedAnyMonth;
        var requirement = study.ResultRequirement(
            panel,
            options.Threshold,
            options.Months,
            options.Rule == "every_month" ? RequirementRule.EveryMonthInWindow : RequirementRule.AtLeastOnceInWindow,
            membership,
            "site",
            min
        );
        var shares = study.StatusShares(panel, period, "site", min);
        var ever = study.EverShares(panel, "site", min, null, null, membership);
        var (unit, units) = MonitoringSupport.UnitWords(context, "site");
        string first = panel.Months[0].ToString();
        string last = panel.Months[^1].ToString();
        string statuses = context.Localized(
            "company-oriented activity (internship, wage subsidy), education (SU) or paid hours",
            "virksomhedsrettet indsats (praktik, løntilskud), uddannelse (SU) eller lønnede timer"
        );
        string x = ReportFormat.Percent(options.Threshold, 0, lang);
        string rule =
            options.Rule == "every_month"
                ? context.Localized(
                    "in every month of the window (the smallest monthly share)",
                    "i hver måned af vinduet (den mindste månedlige andel)"
                )
                : context.Localized("in at least one week of the window", "i mindst én uge af vinduet");
        string headline = context.Localized(
            $"{requirement.UnitsMeeting} of {requirement.UnitsAssessed} {units} meet the result requirement: at least {x} of the group in {statuses} {rule}, over {options.Months} consecutive months ({first} to {last}; seed 003:27).",
            $"{requirement.UnitsMeeting} af {requirement.UnitsAssessed} {units} har indfriet resultatkravet: mindst {x} af målgruppen i {statuses} {rule}, over {options.Months} på hinanden følgende måneder ({first} til {last}; seed 003:27)."
        );
        string groupRule = context.Localized(
            "A person belongs to the monitored group in a month when one of its weeks lies between the visitation week and the end of follow-up (a week belongs to the month containing its Thursday); a person is in the statuses in a period when some observed week of it is.",
            "En person hører til den monitorerede gruppe i en måned, når en af dens uger ligger mellem visitationsugen og opfølgningens afslutning (en uge hører til den måned, dens torsdag ligger i); en person er i statusserne i en periode, når en observeret uge i perioden er det."
        );

        // Totals per period, and the range across municipalities of the shares that are shown.
        string status = panel.StatusSets[0].Name;
        var rows = shares.Rows.Where(r => r.Status == status).ToList();
        bool Shown(StatusShareRow r) =>
            r.Share is not null && !(r.Count is { } k && TableSuppression.IsSmall(r.N - k, min));
        var periods = rows.Select(r => r.Period).Distinct().ToList();
        var totalShare = periods
            .Select(p => rows.First(r => r.Period == p && r.Level == RowLevel.Total))
            .Select(r => Shown(r) ? r.Share!.Value : double.NaN)
            .ToList();
        var unitShares = periods
            .Select(p =>
                rows.Where(r => r.Period == p && r.Level == RowLevel.Unit && Shown(r))
                    .Select(r => r.Share!.Value)
                    .ToList()
            )
            .ToList();
        var low = unitShares.Select(u => u.Count == 0 ? double.NaN : u.Min()).ToList();
        var high = unitShares.Select(u => u.Count == 0 ? double.NaN : u.Max()).ToList();
        string periodWord =
            period == MonitoringPeriod.Month
                ? context.Localized("month", "måned")
                : context.Localized("quarter", "kvartal");

        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var sharesFigure = PeriodShareFigure.Build(
                periods,
                totalShare,
                low,
                high,
                options.Threshold,
                (
                    context.Localized($"All {units}", $"Alle {units}"),
                    context.Localized($"Range across {units}", $"Spænd på tværs af {units}"),
                    context.Localized($"Requirement ({x})", $"Resultatkrav ({x})")
                ),
                context.FigureOptions(
                    context.Localized(
                        $"Share in activity, education or paid hours by {periodWord}",
                        $"Andel i virksomhedsrettet indsats, uddannelse eller lønnede timer pr. {periodWord}"
                    )
                ) with
                {
                    AxisLabel =
                        period == MonitoringPeriod.Month
                            ? context.Localized("Month", "Måned")
                            : context.Localized("Quarter", "Kvartal"),
                    ValueLabel = context.Localized("Share of the monitored group", "Andel af målgruppen"),
                }
            );
            figures.Add(
                new ReportFigure(
                    "shares",
                    sharesFigure,
                    context.Localized(
                        $"Share of the monitored group in {statuses} in some week of the {periodWord}, all {units} together (line) and the range across {units} (band: smallest to largest {unit} share shown), {first} to {last}; the dashed line is the result requirement's {x} (which applies to {options.Months}-month windows, not to single {periodWord}s). {groupRule} {headline} {context.SuppressionText}",
                        $"Andel af målgruppen i {statuses} i mindst én uge af {periodWord}en, alle {units} samlet (linje) og spændet på tværs af {units} (bånd: mindste til største viste andel), {first} til {last}; den stiplede linje er resultatkravets {x} (som gælder vinduer på {options.Months} måneder, ikke enkelte perioder). {groupRule} {headline} {context.SuppressionText}"
                    )
                )
            );
            var bars = requirement
                .Rows.Select(r => new UnitBar(
                    r.Unit,
                    r.BestShare ?? double.NaN,
                    TableSuppression.IsSmall(r.Persons, min) ? r.Persons : null
                ))
                .ToList();
            var reqFigure = UnitBarsFigure.Build(
                bars,
                options.Threshold,
                context.Localized($"Requirement ({x})", $"Resultatkrav ({x})"),
                context.FigureOptions(
                    context.Localized(
                        $"Result requirement: best {options.Months}-month window per {unit}",
                        $"Resultatkrav: bedste vindue på {options.Months} måneder pr. {unit}"
                    )
                ) with
                {
                    AxisLabel =
                        bars.Count > UnitBarsFigure.MaxLabelledUnits
                            ? context.Localized(
                                $"{char.ToUpperInvariant(units[0])}{units[1..]}, ranked by share",
                                $"{char.ToUpperInvariant(units[0])}{units[1..]}, ordnet efter andel"
                            )
                            : null,
                    ValueLabel = context.Localized(
                        "Share in the statuses in the best window",
                        "Andel i statusserne i det bedste vindue"
                    ),
                }
            );
            figures.Add(
                new ReportFigure(
                    "requirement",
                    reqFigure,
                    context.Localized(
                        $"Result requirement per {unit}: the share of the group in {statuses} {rule} in the {unit}'s best window of {options.Months} consecutive months, against the requirement of {x} (dashed). {headline} {context.SuppressionText}",
                        $"Resultatkrav pr. {unit}: andelen af målgruppen i {statuses} {rule} i {unit}ns bedste vindue på {options.Months} på hinanden følgende måneder, mod kravet på {x} (stiplet). {headline} {context.SuppressionText}"
                    )
                )
            );
        }

        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(
                TableSuppression.Apply(
                    "requirement",
                    requirement.ToSummaryTable(),
                    context.Localized(
                        $"Result requirement, summary: {headline} Counts of municipalities, not persons (a suppressed municipality is still assessed).",
                        $"Resultatkrav, oversigt: {headline} Antal kommuner, ikke personer (en udeladt kommune vurderes stadig)."
                    ),
                    (_, _) => []
                )
            );
            var unitTable = requirement.ToResultTable();
            int persons = unitTable.IndexOf("persons");
            int flag = unitTable.IndexOf("suppressed");
            tables.Add(
                TableSuppression.Apply(
                    "requirement_units",
                    unitTable,
                    context.Localized(
                        $"Result requirement per {unit}: persons in the monitored group, the denominator and months of the best {options.Months}-month window, its share and whether it meets {x} (inclusive; the earliest window on ties). {context.SuppressionText}",
                        $"Resultatkrav pr. {unit}: personer i målgruppen, nævneren og månederne i det bedste vindue på {options.Months} måneder, dets andel og om det når {x} (inklusive; ved lighed det tidligste vindue). {context.SuppressionText}"
                    ),
                    (_, cells) =>
                        cells[flag] is true
                            ?
                            [
                                .. RequirementValues.Where(c =>
                                    c is "best_share" or "met"
                                        ? cells[unitTable.IndexOf(c)] is null
                                        : cells[unitTable.IndexOf(c)] is int k && TableSuppression.IsSmall(k, min)
                                ),
                            ]
                        : cells[persons] is int p && TableSuppression.IsSmall(p, min) ? ["persons"]
                        : []
                )
            );
            tables.Add(
                MonitoringSupport.Shares(
                    "shares",
                    shares.ToResultTable(),
                    context.Localized(
                        $"Share of the monitored group in {statuses} per {unit} and {periodWord}, and for all {units} together (level total): n = persons in the group in the {periodWord}, count = of those in the statuses in some observed week. {groupRule} {context.SuppressionText}",
                        $"Andel af målgruppen i {statuses} pr. {unit} og {periodWord}, og for alle {units} samlet (level total): n = personer i målgruppen i perioden, count = heraf i statusserne i en observeret uge. {groupRule} {context.SuppressionText}"
                    ),
                    "n",
                    "count",
                    ShareValues,
                    min
                )
            );
            tables.Add(
                MonitoringSupport.Shares(
                    "ever",
                    ever.ToResultTable(),
                    context.Localized(
                        $"Share ever in {statuses} over {first} to {last}, per {unit} and in total with the range across {units} (denominator: persons observed in {(membership == WindowMembership.ObservedAllMonths ? "every" : "some")} month of the period). {context.SuppressionText}",
                        $"Andel, der på noget tidspunkt var i {statuses} i perioden {first} til {last}, pr. {unit} og i alt med spændet på tværs af {units} (nævner: personer observeret i {(membership == WindowMembership.ObservedAllMonths ? "alle" : "mindst én")} måned i perioden). {context.SuppressionText}"
                    ),
                    "n",
                    "count",
                    ShareValues,
                    min
                )
            );
        }
        return new SectionResult
        {
            Heading =
                options.Title
                ?? context.Localized("Monitoring and the result requirement", "Monitorering og resultatkrav"),
            Introduction = headline,
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                [options.Key] = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Monitoring (seed 003:23-27): status set {panel.StatusSets[0]}; months {first}..{last} (week -> month by its Thursday); result requirement: best window of {options.Months} consecutive months with share >= {options.Threshold} (inclusive), rule {options.Rule}, membership {options.Membership}; a share is suppressed when n < min_cell or 1..min_cell-1 persons have, or lack, the status."
                ),
            },
        };
    }
}
