using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Monitoring.Attainment;
using JobFirst.Evaluation.Monitoring.Funnel;
using JobFirst.Evaluation.Monitoring.Outcomes;
using JobFirst.Evaluation.Monitoring.Profiles;
using JobFirst.Evaluation.Monitoring.Statuses;
using JobFirst.Evaluation.Monitoring.Survey;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Monitoring;

/// <summary>
/// A study without a control group (seeds 002–004): the participants and whichever of register, screening,
/// targets, survey and registrations were supplied, with one method per analysis. The entry point for scripts,
/// notebooks and report sections:
/// <code>
/// var study = MonitoringStudy.Load(MonitoringFiles.InDirectory("rum"));
/// var profiles = study.Profiles("site").ToDisplayTable();
/// var outcome  = study.FirstOutcomes().ToResultTable();
/// </code>
/// Every result is an immutable record with <c>ToResultTable()</c>.
/// </summary>
public sealed class MonitoringStudy
{
    private readonly string[] _sites;

    private MonitoringStudy(
        MonitoringFiles files,
        Roster.Roster participants,
        Study? register,
        ScreeningData? screening,
        IReadOnlyList<TargetRecord>? targets,
        IReadOnlyList<SurveyResponse>? survey
    )
    {
        Files = files;
        Participants = participants;
        Register = register;
        Screening = screening;
        Targets = targets;
        SurveyResponses = survey;
        _sites = UnitLabels.For(participants, "site");
    }

    /// <summary>The files read.</summary>
    public MonitoringFiles Files { get; }

    /// <summary>The participants (with <see cref="RosterDesign.ParticipantsOnly"/> every person is <see cref="Arm.Treatment"/>; with a trial roster the arms are ignored by these analyses).</summary>
    public Roster.Roster Participants { get; }

    /// <summary>The register study (event-time panel, linkage report), or null when no register was given.</summary>
    public Study? Register { get; }

    /// <summary>The screening rows, or null.</summary>
    public ScreeningData? Screening { get; }

    /// <summary>The targets, or null.</summary>
    public IReadOnlyList<TargetRecord>? Targets { get; }

    /// <summary>The survey answers, or null.</summary>
    public IReadOnlyList<SurveyResponse>? SurveyResponses { get; }

    /// <summary>Reads the files. Bad input raises <see cref="InputException"/> naming file, line and column.</summary>
    public static MonitoringStudy Load(MonitoringFiles files, MonitoringLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new MonitoringLoadOptions();
        Study? register = null;
        Roster.Roster participants;
        if (files.Register is not null)
        {
            var studyFiles = new StudyFiles(files.Participants, files.Register)
            {
                Design = files.Design,
                RegisterFormat = files.RegisterFormat,
                Hours = files.Hours,
                HoursResolution = files.HoursResolution,
                Codebook = files.Codebook,
            };
            var panel = options.Panel ?? PanelCoveringExtract(files);
            register = Study.Load(studyFiles, new StudyLoadOptions { Scan = options.Scan, Panel = panel });
            if (options.Panel is null && NeededFollowUp(register) > register.Panel.MaxFollowUpWeeks)
            {
                // A long register's extract is known only after the scan: read it again with follow-up that
                // reaches its end, so no calendar month is cut short.
                panel = new EventPanelOptions { MaxFollowUpWeeks = NeededFollowUp(register) };
                register = Study.Load(studyFiles, new StudyLoadOptions { Scan = options.Scan, Panel = panel });
            }
            participants = register.Roster;
        }
        else
        {
            participants = RosterReader.Read(files.Participants, files.Design);
        }
        var screening = files.Screening is null
            ? null
            : ScreeningReader.Read(
                files.Screening,
                options.ScreeningStages,
                options.ScreeningGroups,
                options.ScreeningOrdering
            );
        var targets = files.Targets is null ? null : TargetsReader.Read(files.Targets, options.DefaultTargetMeasure);
        var survey = files.Survey is null ? null : SurveyReader.Read(files.Survey);
        return new MonitoringStudy(files, participants, register, screening, targets, survey);
    }

    /// <summary>Follow-up long enough that every week from the earliest visitation to the extract's end is kept.</summary>
    private static EventPanelOptions PanelCoveringExtract(MonitoringFiles files)
    {
        if (files.RegisterFormat != RegisterFormat.Wide)
        {
            return new EventPanelOptions();
        }
        RegisterLayout layout;
        using (var reader = DelimitedReader.Open(files.Register!))
        {
            layout = RegisterLayout.ParseWide(reader.Header, files.Register);
        }
        var earliest = EarliestVisitation(files.Participants, files.Design);
        int weeks = earliest is { } e ? layout.LastWeek - e + 1 : 1;
        return new EventPanelOptions { MaxFollowUpWeeks = Math.Clamp(weeks, 1, layout.WeekCount) };
    }

    private static int NeededFollowUp(Study study) =>
        study.Roster.Count == 0 ? 1 : study.Panel.Window.Last - study.Roster.Persons.Min(p => p.VisitationWeek) + 1;

    private static IsoWeek? EarliestVisitation(string participants, RosterDesign design)
    {
        // Participants files are small; Study.Load reads (and checks) this one again.
        var roster = RosterReader.Read(participants, design);
        return roster.Count == 0 ? null : roster.Persons.Min(p => p.VisitationWeek);
    }

    /// <summary>Profile table by <paramref name="groupBy"/> (<c>site</c> = municipality profiles, <c>target_group</c> = benefit-group profiles; 004 Tabel 1–2).</summary>
    public ProfileTable Profiles(
        string groupBy = "site",
        IReadOnlyList<ProfileTrait>? traits = null,
        int minCell = 5
    ) => ProfileBuilder.Build(Participants, groupBy, traits, minCell);

    /// <summary>The screening funnel by a screening group column (default the first, <c>municipality</c>; 004:453).</summary>
    public FunnelResult Funnel(string? groupBy = null, int minCell = 5) =>
        ScreeningFunnel.Compute(Need(Screening, "a screening file"), groupBy, minCell);

    /// <summary>
    /// Goal attainment (004 Tabel 3): targets against realised counts per municipality. Realised counts: each
    /// screening stage by its column name (from the screening file), <c>participants</c> (participants per
    /// site; also used for <c>visited</c> when there is no screening file), and <c>employed</c> (persons whose
    /// first outcome after visitation — employment, education or flexjob — was reached; needs the register).
    /// </summary>
    public AttainmentResult Attainment(int minCell = 5)
    {
        var targets = Need(Targets, "a targets file");
        var realised = new List<RealisedCount>();
        foreach (var g in _sites.GroupBy(s => s, StringComparer.Ordinal))
        {
            realised.Add(new RealisedCount(g.Key, "participants", g.Count()));
        }
        if (Screening is not null)
        {
            realised.AddRange(StageCounts(Screening));
        }
        if (!realised.Any(r => r.Measure == "visited"))
        {
            // Without a screening stage called "visited", the visited persons are the participants.
            realised.AddRange([
                .. realised.Where(r => r.Measure == "participants").Select(r => r with { Measure = "visited" }),
            ]);
        }
        if (targets.Any(t => t.Measure == "employed"))
        {
            var records = FirstOutcomeRecords(OutcomeDefinition.Seed004);
            realised.AddRange(
                Enumerable
                    .Range(0, records.Length)
                    .Where(i => records[i].Reached)
                    .GroupBy(i => _sites[i], StringComparer.Ordinal)
                    .Select(g => new RealisedCount(g.Key, "employed", g.Count()))
            );
        }
        return GoalAttainment.Compute(targets, realised, minCell);
    }

    private static IEnumerable<RealisedCount> StageCounts(ScreeningData data)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var r in data.Records)
        {
            for (int s = 0; s < data.Stages.Count && r.Reached[s]; s++)
            {
                var key = (r.Groups[0], data.Stages[s]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts.Select(p => new RealisedCount(p.Key.Item1, p.Key.Item2, p.Value));
    }

    /// <summary>Per-person first outcome after visitation (needs the register).</summary>
    public FirstOutcomeRecord[] FirstOutcomeRecords(
        IReadOnlyList<OutcomeDefinition>? outcomes = null,
        int fromWeek = 1,
        int? toWeek = null
    ) => FirstOutcome.Compute(NeedRegister().Panel, outcomes ?? OutcomeDefinition.Seed004, fromWeek, toWeek);

    /// <summary>
    /// First outcome after visitation by unit (004:797, 811, 828): the share reaching employment, education or
    /// flexjob first, per outcome, with the range across units.
    /// </summary>
    public FirstOutcomeTable FirstOutcomes(
        string groupBy = "site",
        IReadOnlyList<OutcomeDefinition>? outcomes = null,
        int fromWeek = 1,
        int? toWeek = null,
        int minCell = 5
    )
    {
        outcomes ??= OutcomeDefinition.Seed004;
        var records = FirstOutcomeRecords(outcomes, fromWeek, toWeek);
        return FirstOutcomeTable.Summarise(
            records,
            UnitLabels.For(Participants, groupBy),
            outcomes,
            groupBy,
            fromWeek,
            toWeek,
            minCell
        );
    }

    /// <summary>Per unit, the share ever in each outcome over event weeks <paramref name="fromWeek"/>..<paramref name="toWeek"/> (complete-window rule).</summary>
    public EverOutcomeTable EverOutcomes(
        int fromWeek,
        int toWeek,
        string groupBy = "site",
        IReadOnlyList<OutcomeDefinition>? outcomes = null,
        int minCell = 5
    ) =>
        EverOutcomeTable.Compute(
            NeedRegister().Panel,
            UnitLabels.For(Participants, groupBy),
            outcomes ?? OutcomeDefinition.Seed004,
            fromWeek,
            toWeek,
            groupBy,
            minCell
        );

    /// <summary>
    /// Monthly statuses in calendar time (needs the register). Default period: from the month of the earliest
    /// visitation to the last month whose weeks all lie inside the extract; default set: internship, wage
    /// subsidy, SU or paid hours (003:27).
    /// </summary>
    public MonitoringPanel MonthlyStatuses(
        IReadOnlyList<StatusSet>? sets = null,
        YearMonth? first = null,
        YearMonth? last = null
    )
    {
        var study = NeedRegister();
        var (defaultFirst, defaultLast) = DefaultPeriod();
        var from = first ?? defaultFirst;
        var to = last ?? defaultLast;
        if (to < from)
        {
            throw new InputException($"the monitoring period {from}..{to} is empty");
        }
        return MonitoringPanel.Build(
            study.Panel,
            [.. Participants.Persons.Select(p => p.VisitationWeek)],
            sets ?? [StatusSet.ActivityEducationOrHours],
            from,
            to
        );
    }

    /// <summary>The default monitoring period (see <see cref="MonthlyStatuses"/>).</summary>
    public (YearMonth First, YearMonth Last) DefaultPeriod()
    {
        var window = NeedRegister().Panel.Window;
        var first = Participants.Persons.Min(p => p.VisitationWeek).Month;
        var last = window.Last.Month;
        if (last.IsoWeeks()[^1] > window.Last)
        {
            last = last.AddMonths(-1);
        }
        return (first, last < first ? first : last);
    }

    /// <summary>Status shares by unit and month or quarter.</summary>
    public StatusSharesResult StatusShares(
        MonitoringPanel panel,
        MonitoringPeriod period = MonitoringPeriod.Month,
        string groupBy = "site",
        int minCell = 5
    ) => Statuses.StatusShares.ByPeriod(panel, UnitLabels.For(Participants, groupBy), period, minCell, groupBy);

    /// <summary>Share ever in the statuses over the panel's period (or <paramref name="from"/>..<paramref name="to"/>), by unit.</summary>
    public StatusSharesResult EverShares(
        MonitoringPanel panel,
        string groupBy = "site",
        int minCell = 5,
        YearMonth? from = null,
        YearMonth? to = null,
        WindowMembership membership = WindowMembership.ObservedAnyMonth
    ) =>
        Statuses.StatusShares.Ever(
            panel,
            UnitLabels.For(Participants, groupBy),
            minCell,
            groupBy,
            from,
            to,
            membership
        );

    /// <summary>Status shares in the ISO week containing <paramref name="date"/>, by unit.</summary>
    public StatusSharesResult SharesAt(
        DateOnly date,
        IReadOnlyList<StatusSet>? sets = null,
        string groupBy = "site",
        int minCell = 5
    ) =>
        Statuses.StatusShares.AtWeek(
            NeedRegister().Panel,
            [.. Participants.Persons.Select(p => p.VisitationWeek)],
            sets ?? [StatusSet.ActivityEducationOrHours],
            UnitLabels.For(Participants, groupBy),
            IsoWeek.FromDate(date),
            minCell,
            groupBy
        );

    /// <summary>The result requirement per municipality and the number meeting it (003:27).</summary>
    public RequirementResult ResultRequirement(
        MonitoringPanel panel,
        double threshold = 0.40,
        int months = 3,
        RequirementRule rule = RequirementRule.AtLeastOnceInWindow,
        WindowMembership membership = WindowMembership.ObservedAnyMonth,
        string groupBy = "site",
        int minCell = 5,
        int set = 0
    ) =>
        Statuses.ResultRequirement.Evaluate(
            panel,
            UnitLabels.For(Participants, groupBy),
            set,
            threshold,
            months,
            rule,
            membership,
            minCell
        );

    /// <summary>Baseline versus follow-up survey measures (003:55-99).</summary>
    public SurveyResult Survey(
        IReadOnlyDictionary<string, SurveyThreshold>? thresholds = null,
        string baselineRound = "baseline",
        string finalRound = "final",
        SurveyComparison comparison = SurveyComparison.Auto
    ) =>
        SurveyAnalysis.Compute(
            Need(SurveyResponses, "a survey file"),
            thresholds,
            baselineRound,
            finalRound,
            comparison
        );

    /// <summary>
    /// The two-source discrepancy table (004:1488-1511) for <see cref="MonitoringFiles.RegistrationA"/> and
    /// <see cref="MonitoringFiles.RegistrationB"/>.
    /// </summary>
    public TwoSourceLinkageResult Linkage(
        string nameA = "A",
        string nameB = "B",
        IReadOnlyList<ExclusionRule>? exclusionsA = null,
        IReadOnlyList<ExclusionRule>? exclusionsB = null,
        string idColumn = "person_id"
    ) =>
        TwoSourceLinkage.Link(
            RegistrationReader.Read(Need(Files.RegistrationA, "registration A"), idColumn, exclusionsA),
            RegistrationReader.Read(Need(Files.RegistrationB, "registration B"), idColumn, exclusionsB),
            nameA,
            nameB
        );

    private Study NeedRegister() => Need(Register, "a register extract");

    private static T Need<T>(T? value, string what)
        where T : class => value ?? throw new InputException($"this analysis needs {what}, which was not given");
}
