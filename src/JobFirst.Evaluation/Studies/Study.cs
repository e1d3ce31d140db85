using System.Runtime.ExceptionServices;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Studies;

/// <summary>
/// A loaded study: the roster, the event-time panel built in one streaming pass over the register, and
/// the linkage report. The entry point for scripts and notebooks:
/// <code>
/// var study = Study.Load(StudyFiles.InDirectory("data"));
/// Console.WriteLine(study.Indicators());
/// </code>
/// </summary>
public sealed partial class Study
{
    private Study(
        Roster.Roster roster,
        Codebook.Codebook codebook,
        EventPanel panel,
        RegisterScanResult scan,
        LinkageReport linkage,
        StudyFiles files
    )
    {
        Roster = roster;
        Codebook = codebook;
        Panel = panel;
        Scan = scan;
        Linkage = linkage;
        Files = files;
        Treated = [.. roster.Persons.Select(p => p.Arm == Evaluation.Roster.Arm.Treatment)];
    }

    /// <summary>The trial roster.</summary>
    public Roster.Roster Roster { get; }

    /// <summary>The codebook used to map register codes.</summary>
    public Codebook.Codebook Codebook { get; }

    /// <summary>The event-time panel (rows = roster indices).</summary>
    public EventPanel Panel { get; }

    /// <summary>What the register scan saw.</summary>
    public RegisterScanResult Scan { get; }

    /// <summary>Roster ↔ register (↔ hours) linkage counts.</summary>
    public LinkageReport Linkage { get; }

    /// <summary>The files read.</summary>
    public StudyFiles Files { get; }

    /// <summary>Per roster index: true for the treatment arm.</summary>
    public IReadOnlyList<bool> Treated { get; }

    /// <summary>
    /// Reads the roster, codebook and hours, streams the register once into the event-time panel and
    /// builds the linkage report. Bad input raises <see cref="Errors.InputException"/> naming file, line
    /// and column.
    /// </summary>
    public static Study Load(StudyFiles files, StudyLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new StudyLoadOptions();
        var roster = Evaluation.Roster.RosterReader.Read(files.Roster, files.Design);
        var codebook = files.Codebook is null
            ? Evaluation.Codebook.Codebook.Default
            : Evaluation.Codebook.Codebook.Load(files.Codebook);
        var (scan, panel, hours) =
            files.RegisterFormat == RegisterFormat.Wide
                ? LoadWide(files, options, roster, codebook)
                : LoadLong(files, options, roster, codebook);
        var linkage = LinkageReport.FromCounts(roster, scan, hours);
        return new Study(roster, codebook, panel, scan, linkage, files);
    }

    // The wide header alone gives the extract window, so hours stream straight into the panel (stored
    // once, in event time) and the register rows fill it in parallel chunks. Errors keep the order of
    // a plain sequential load: hours file, register header, visitation weeks, register rows.
    private static (RegisterScanResult, EventPanel, HoursLinkage?) LoadWide(
        StudyFiles files,
        StudyLoadOptions options,
        Roster.Roster roster,
        Codebook.Codebook codebook
    )
    {
        EventPanelBuilder? builder = null;
        ExceptionDispatchInfo? headerError = null;
        try
        {
            var layout = ReadWideLayout(files.Register);
            var window = new ExtractWindow(layout.FirstWeek, layout.LastWeek);
            roster.ValidateAgainstExtract(window.First, window.Last);
            builder = new EventPanelBuilder([.. roster.Persons.Select(p => p.VisitationWeek)], window, options.Panel);
        }
        catch (Exception e) when (e is Errors.InputException or IOException or UnauthorizedAccessException)
        {
            headerError = ExceptionDispatchInfo.Capture(e);
        }
        HoursLinkage? hours = null;
        if (files.Hours is not null)
        {
            IHoursDestination destination = builder is null
                ? new HoursTableBuilder(roster.Count)
                : builder.StreamHours();
            hours = HoursReader.ReadInto(files.Hours, roster, files.HoursResolution, destination, options.Chunks);
        }
        headerError?.Throw();
        bool streamed = files.Hours is not null;
        var scan = DreamWideReader.ScanParallel(
            files.Register,
            roster,
            codebook,
            options.Scan,
            () => (person, weeks, grad) => builder!.Add(person, weeks, streamed ? ReadOnlySpan<float>.Empty : grad),
            builder!.Reset,
            options.Chunks
        );
        return (scan, builder.Build(), hours);
    }

    // The long form's window is known only after the scan: keep each linked person's weeks, then build.
    private static (RegisterScanResult, EventPanel, HoursLinkage?) LoadLong(
        StudyFiles files,
        StudyLoadOptions options,
        Roster.Roster roster,
        Codebook.Codebook codebook
    )
    {
        HoursTable? hours =
            files.Hours is null ? null
            : files.HoursResolution == HoursResolution.Monthly ? HoursReader.ReadMonthly(files.Hours, roster)
            : HoursReader.ReadWeekly(files.Hours, roster);
        var buffered = new List<(int Person, BenefitCategory[] Weeks)>();
        var scan = DreamLongReader.Scan(
            files.Register,
            roster,
            codebook,
            options.Scan,
            (person, weeks, _) => buffered.Add((person, weeks.ToArray()))
        );
        var window = new ExtractWindow(scan.Layout.FirstWeek, scan.Layout.LastWeek);
        roster.ValidateAgainstExtract(window.First, window.Last);
        var builder = new EventPanelBuilder([.. roster.Persons.Select(p => p.VisitationWeek)], window, options.Panel);
        var hoursBuffer = new float[window.WeekCount];
        foreach (var (person, weeks) in buffered)
        {
            builder.Add(person, weeks, HoursFor(person, hours, ReadOnlySpan<float>.Empty, window.First, hoursBuffer));
        }
        return (scan, builder.Build(), hours?.Linkage);
    }

    private static ReadOnlySpan<float> HoursFor(
        int person,
        HoursTable? hours,
        ReadOnlySpan<float> grad,
        IsoWeek first,
        float[] buffer
    )
    {
        if (hours is not null)
        {
            hours.FillWeekly(person, first, buffer);
            return buffer;
        }
        return grad;
    }

    private static RegisterLayout ReadWideLayout(string path)
    {
        using var reader = DelimitedReader.Open(path);
        return RegisterLayout.ParseWide(reader.Header, path);
    }

    /// <summary>
    /// Per event week and arm: persons followed and the mean of each indicator (seed 000 Figs 1–4),
    /// small cells suppressed.
    /// </summary>
    public ResultTable Indicators(
        IReadOnlyList<WeeklyIndicator>? indicators = null,
        int? maxWeek = null,
        int minCell = 5
    )
    {
        var rows = IndicatorTable.Compute(Panel, Treated, indicators ?? WeeklyIndicatorNames.All, maxWeek, minCell);
        return ResultTable.FromRecords(
            "Weekly indicators by arm",
            rows,
            new Dictionary<string, string>
            {
                ["min_cell"] = minCell.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["extract"] = $"{Panel.Window.First}..{Panel.Window.Last}",
                ["population"] = "available (persons observed in the week)",
            }
        );
    }

    /// <summary>The linkage report as a table (<c>source, measure, count</c>).</summary>
    public ResultTable LinkageTable() => ResultTable.FromRecords("Linkage", Linkage.ToRows());
}
