using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>first_outcome</c>: the first outcome after visitation (seed 004:797, 1643, Figur 3) — employment (ordinary hours),
/// SU-eligible education or flexjob, whichever comes first — per unit and in total with the range across units
/// (<see cref="MonitoringStudy.FirstOutcomes"/>), and a figure of each unit's share reaching one. Needs
/// <c>inputs.register</c>.
/// </summary>
public sealed class FirstOutcomeSection : ReportSection<FirstOutcomeSectionSpec>
{
    private static readonly string[] Values =
    [
        "count",
        "share",
        "median_week",
        "range_low",
        "range_high",
        "range_units",
    ];

    /// <inheritdoc/>
    public override string Name => "first_outcome";

    /// <inheritdoc/>
    public override string Summary =>
        "First outcome after visitation (employment, education, flexjob) by municipality (seed 004:797).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.ParticipantsOnly;

    /// <inheritdoc/>
    protected override void ValidateOptions(FirstOutcomeSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.FromWeek < 1)
        {
            throw scope.Error("from_week", "must be at least 1");
        }
        if (options.ToWeek is { } to && to < options.FromWeek)
        {
            throw scope.Error("to_week", "must be at least from_week");
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, FirstOutcomeSectionSpec options)
    {
        int min = context.MinCell;
        var lang = context.Language;
        var result = MonitoringSupport.Run(
            context,
            options,
            "by",
            () => context.Monitoring.FirstOutcomes(options.By, null, options.FromWeek, options.ToWeek, min)
        );
        var (unit, units) = MonitoringSupport.UnitWords(context, options.By);
        bool Shown(Monitoring.Outcomes.FirstOutcomeRow r) =>
            r.Share is not null && !(r.Count is { } k && TableSuppression.IsSmall(r.N - k, min));
        var total = result.Rows.Where(r => r.Level == RowLevel.Total).ToList();
        var any = total.First(r => r.Outcome == "any");
        string window = options.ToWeek is { } to
            ? context.Localized($"event weeks {options.FromWeek}–{to}", $"uge {options.FromWeek}–{to}")
            : context.Localized(
                $"from event week {options.FromWeek} to the end of follow-up",
                $"fra uge {options.FromWeek} til opfølgningens afslutning"
            );
        string P(double? v) => v is { } x ? ReportFormat.Percent(x, 1, lang) : "<" + context.Count(min);
        string parts = string.Join(
            ", ",
            total
                .Where(r => r.Outcome != "any")
                .Select(r => $"{OutcomeWord(context, r.Outcome)} {(Shown(r) ? P(r.Share) : "<" + context.Count(min))}")
        );
        string headline = context.Localized(
            $"{(Shown(any) ? P(any.Share) : "<" + context.Count(min))} of the {context.Count(any.N)} participants found in the register reached a first outcome ({parts}); {units} range {P(any.RangeLow)}–{P(any.RangeHigh)}.",
            $"{(Shown(any) ? P(any.Share) : "<" + context.Count(min))} af de {context.Count(any.N)} deltagere fundet i registeret nåede et første udfald ({parts}); {units} spænder fra {P(any.RangeLow)} til {P(any.RangeHigh)}."
        );
        string definition = context.Localized(
            $"First outcome after visitation, {window} (week 1 = the visitation week): employment = ordinary hours > 0, education = SU (student grant), flexjob; a week with several counts as the first listed ({context.Count(result.TiedWeeks)} persons). {context.Count(result.NotInRegister)} participants absent from the register are left out of every denominator.",
            $"Første udfald efter visitation, {window} (uge 1 = visitationsugen): beskæftigelse = ordinære timer > 0, uddannelse = SU, fleksjob; en uge med flere tæller som det først nævnte ({context.Count(result.TiedWeeks)} personer). {context.Count(result.NotInRegister)} deltagere, der ikke findes i registeret, indgår ikke i nogen nævner."
        );
        var figures = new List<ReportFigure>();
        if (options.Figures)
        {
            var bars = result
                .Rows.Where(r => r.Level == RowLevel.Unit && r.Outcome == "any")
                .Select(r => new UnitBar(
                    r.Unit,
                    Shown(r) ? r.Share!.Value : double.NaN,
                    r.Suppressed || !Shown(r) ? Math.Min(1, min - 1) : null
                ))
                .ToList();
            var figure = UnitBarsFigure.Build(
                bars,
                Shown(any) ? any.Share : null,
                context.Localized($"All {units} ({P(any.Share)})", $"Alle {units} ({P(any.Share)})"),
                context.FigureOptions(
                    context.Localized(
                        $"Share reaching a first outcome per {unit}",
                        $"Andel, der opnår et første udfald, pr. {unit}"
                    )
                ) with
                {
                    ValueLabel = context.Localized(
                        "Share with employment, education or flexjob",
                        "Andel med beskæftigelse, uddannelse eller fleksjob"
                    ),
                }
            );
            figures.Add(
                new ReportFigure(
                    "",
                    figure,
                    context.Localized(
                        $"Share of participants reaching a first outcome (employment, education or flexjob) per {unit}; the dashed line is all {units} together. {headline} {definition} {context.SuppressionText}",
                        $"Andel af deltagerne, der opnår et første udfald (beskæftigelse, uddannelse eller fleksjob), pr. {unit}; den stiplede linje er alle {units} samlet. {headline} {definition} {context.SuppressionText}"
                    )
                )
            );
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            tables.Add(
                MonitoringSupport.Shares(
                    "",
                    result.ToResultTable(),
                    context.Localized(
                        $"First outcome after visitation per {unit}: participants found in the register (n), those whose first outcome is each one (any = some outcome), the share and the median event week of it; total rows give the range across {units}. {headline} {definition} {context.SuppressionText}",
                        $"Første udfald efter visitation pr. {unit}: deltagere fundet i registeret (n), antal hvis første udfald er det enkelte (any = et udfald), andelen og medianugen; totalrækker viser spændet på tværs af {units}. {headline} {definition} {context.SuppressionText}"
                    ),
                    "n",
                    "count",
                    Values,
                    min
                )
            );
        }
        return new SectionResult
        {
            Heading =
                options.Title ?? context.Localized("First outcome after visitation", "Første udfald efter visitation"),
            Introduction = headline,
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["first_outcome"] =
                    "First outcome (seed 004:797): the first event week >= from_week with employment (hours > 0), education (student_grant) or flexjob; ties go to the earliest-listed; persons absent from the register are left out; median week as R median.",
            },
        };
    }

    private static string OutcomeWord(ReportContext context, string outcome) =>
        outcome switch
        {
            "employment" => context.Localized("employment", "beskæftigelse"),
            "education" => context.Localized("education", "uddannelse"),
            "flexjob" => context.Localized("flexjob", "fleksjob"),
            _ => outcome,
        };
}
