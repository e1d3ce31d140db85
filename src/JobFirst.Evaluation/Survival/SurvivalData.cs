using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Survival;

/// <summary>
/// Right-censored (optionally left-truncated) survival data in columns, the input every survival estimator
/// shares (Kaplan–Meier, log-rank, Cox, discrete-time hazards): per observation a time, an event flag, an
/// optional entry time, a group, a stratum and a cluster — R's <c>Surv(entry, time, event)</c> with
/// <c>strata()</c> and <c>cluster()</c>. Immutable.
/// </summary>
/// <remarks>
/// Group and stratum levels are ordered as R orders factor levels: text in ordinal (C-locale) order,
/// numbers in numeric order. Without a group column every row is in the single group <c>all</c>; without
/// a strata column every row is in one stratum. <see cref="UsedRowIndices"/> maps rows back to the input
/// table (rows with a missing value in a used column are dropped and counted in <see cref="DroppedRows"/>,
/// as R's <c>na.omit</c>), so covariates of the same rows can be aligned.
/// </remarks>
public sealed class SurvivalData
{
    private readonly double[] _time;
    private readonly bool[] _event;
    private readonly double[]? _entry;
    private readonly int[] _group;
    private readonly int[] _stratum;
    private readonly int[]? _cluster;

    private SurvivalData(
        double[] time,
        bool[] events,
        double[]? entry,
        int[] group,
        string[] groupLevels,
        int[] stratum,
        string[] strataLevels,
        int[]? cluster,
        int clusterCount,
        int[] usedRows,
        MissingDataReport dropped,
        SurvivalColumns? columns,
        string? sourceFile,
        bool stratified
    )
    {
        IsStratified = stratified;
        _time = time;
        _event = events;
        _entry = entry;
        _group = group;
        GroupLevels = groupLevels;
        _stratum = stratum;
        StrataLevels = strataLevels;
        _cluster = cluster;
        ClusterCount = clusterCount;
        UsedRowIndices = usedRows;
        DroppedRows = dropped;
        Columns = columns;
        SourceFile = sourceFile;
    }

    /// <summary>Number of observations (rows used).</summary>
    public int Count => _time.Length;

    /// <summary>Follow-up (stop) time per observation.</summary>
    public IReadOnlyList<double> Time => _time;

    /// <summary>True when the observation ends in the event; false when right-censored.</summary>
    public IReadOnlyList<bool> Event => _event;

    /// <summary>Entry (start) times for left-truncated data, or null when every observation is at risk from time 0.</summary>
    public IReadOnlyList<double>? Entry => _entry;

    /// <summary>True when entry times were given.</summary>
    public bool HasEntry => _entry is not null;

    /// <summary>Group code per observation (index into <see cref="GroupLevels"/>).</summary>
    public IReadOnlyList<int> GroupCodes => _group;

    /// <summary>Group labels in R factor order; <c>["all"]</c> without a group column.</summary>
    public IReadOnlyList<string> GroupLevels { get; }

    /// <summary>Stratum code per observation (index into <see cref="StrataLevels"/>).</summary>
    public IReadOnlyList<int> StratumCodes => _stratum;

    /// <summary>Stratum labels in R factor order; one empty label without a strata column.</summary>
    public IReadOnlyList<string> StrataLevels { get; }

    /// <summary>True when a strata column was given.</summary>
    public bool IsStratified { get; }

    /// <summary>0-based cluster code per observation, or null without a cluster column.</summary>
    public IReadOnlyList<int>? ClusterCodes => _cluster;

    /// <summary>Number of distinct clusters (0 without a cluster column).</summary>
    public int ClusterCount { get; }

    /// <summary>For each observation, its 0-based row in the input table.</summary>
    public IReadOnlyList<int> UsedRowIndices { get; }

    /// <summary>Rows dropped for missing values in a used column, and in which.</summary>
    public MissingDataReport DroppedRows { get; }

    /// <summary>The column names the data were read from, or null when built in memory.</summary>
    public SurvivalColumns? Columns { get; }

    /// <summary>The file the data were read from, or null.</summary>
    public string? SourceFile { get; }

    /// <summary>Number of events.</summary>
    public int EventCount => _event.Count(e => e);

    /// <summary>
    /// Builds survival data in memory. Labels are turned into levels in ordinal order (R <c>factor()</c>
    /// under <c>LC_COLLATE=C</c>).
    /// </summary>
    /// <param name="time">Times, finite and ≥ 0.</param>
    /// <param name="events">Event flags (true = event, false = censored).</param>
    /// <param name="entry">Optional entry times (each ≥ 0 and &lt; its time).</param>
    /// <param name="groups">Optional group label per observation.</param>
    /// <param name="strata">Optional stratum label per observation.</param>
    /// <param name="clusters">Optional cluster label per observation.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a time or entry is invalid.</exception>
    public static SurvivalData Create(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> events,
        IReadOnlyList<double>? entry = null,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? strata = null,
        IReadOnlyList<string>? clusters = null
    )
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(events);
        int n = time.Count;
        foreach (
            var (list, name) in new (int?, string)[]
            {
                (events.Count, nameof(events)),
                (entry?.Count, nameof(entry)),
                (groups?.Count, nameof(groups)),
                (strata?.Count, nameof(strata)),
                (clusters?.Count, nameof(clusters)),
            }
        )
        {
            if (list is { } c && c != n)
            {
                throw new ArgumentException($"{name} has {c} values, time has {n}.", name);
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(time[i]) || time[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"time[{i}] = {time[i]} must be finite and ≥ 0."),
                    nameof(time)
                );
            }
            if (entry is not null && (!double.IsFinite(entry[i]) || entry[i] < 0 || entry[i] >= time[i]))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"entry[{i}] = {entry[i]} must be finite, ≥ 0 and below time {time[i]}."
                    ),
                    nameof(entry)
                );
            }
        }
        var (g, gl) = Code(groups, n, "all");
        var (s, sl) = Code(strata, n, "");
        int[]? cl = null;
        int clusterCount = 0;
        if (clusters is not null)
        {
            (cl, var levels) = Code(clusters, n, "");
            clusterCount = levels.Length;
        }
        return new SurvivalData(
            [.. time],
            [.. events],
            entry is null ? null : [.. entry],
            g,
            gl,
            s,
            sl,
            cl,
            clusterCount,
            [.. Enumerable.Range(0, n)],
            new MissingDataReport(n, n, []),
            null,
            null,
            strata is not null
        );
    }

    /// <summary>
    /// Reads the survival columns of a table (e.g. a spell table CSV read by <see cref="DataFrameReader"/>).
    /// Rows missing in any used column are dropped and counted; a time that is not a finite number ≥ 0, an
    /// event that is not 0/1 (or true/false), or an entry not below its time is an
    /// <see cref="InputException"/> naming file, line and column.
    /// </summary>
    public static SurvivalData FromFrame(DataFrame frame, SurvivalColumns columns)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(columns);
        var used = new List<string> { columns.Time, columns.Event };
        foreach (var extra in new[] { columns.Entry, columns.Group, columns.Strata, columns.Cluster })
        {
            if (extra is not null)
            {
                used.Add(extra);
            }
        }
        foreach (var name in used)
        {
            _ = frame[name]; // InputException naming the file and the available columns.
        }
        used = [.. used.Distinct(StringComparer.Ordinal)];
        int n = frame.RowCount;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var missing = new List<DroppedRowCount>();
        foreach (var name in used)
        {
            var col = frame[name];
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                if (col.IsMissing(i))
                {
                    keep[i] = false;
                    count++;
                }
            }
            if (count > 0)
            {
                missing.Add(new DroppedRowCount(name, count));
            }
        }
        var rows = Enumerable.Range(0, n).Where(i => keep[i]).ToArray();
        var report = new MissingDataReport(n, rows.Length, missing);
        if (rows.Length == 0)
        {
            throw new InputException(
                $"no rows left after dropping missing values: {report.Describe()}",
                frame.SourceFile
            );
        }
        var time = Numbers(frame, columns.Time, rows, "time");
        var entry = columns.Entry is null ? null : Numbers(frame, columns.Entry, rows, "entry");
        var events = Events(frame, columns.Event, rows);
        for (int r = 0; r < rows.Length; r++)
        {
            if (time[r] < 0)
            {
                throw Bad(frame, columns.Time, rows[r], $"time must be ≥ 0, not {Format(time[r])}");
            }
            if (entry is not null && (entry[r] < 0 || entry[r] >= time[r]))
            {
                throw Bad(
                    frame,
                    columns.Entry!,
                    rows[r],
                    $"entry time {Format(entry[r])} must be ≥ 0 and below the time {Format(time[r])}"
                );
            }
        }
        var (g, gl) = columns.Group is null ? Code(null, rows.Length, "all") : Levels(frame[columns.Group], rows);
        var (s, sl) = columns.Strata is null ? Code(null, rows.Length, "") : Levels(frame[columns.Strata], rows);
        int[]? cl = null;
        int clusterCount = 0;
        if (columns.Cluster is not null)
        {
            (cl, var levels) = Levels(frame[columns.Cluster], rows);
            clusterCount = levels.Length;
        }
        return new SurvivalData(
            time,
            events,
            entry,
            g,
            gl,
            s,
            sl,
            cl,
            clusterCount,
            rows,
            report,
            columns,
            frame.SourceFile,
            columns.Strata is not null
        );
    }

    /// <summary>The observations of one group (codes re-based, strata and clusters kept).</summary>
    public SurvivalData Subset(IReadOnlyList<int> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        int m = observations.Count;
        var time = new double[m];
        var events = new bool[m];
        var entry = _entry is null ? null : new double[m];
        var group = new int[m];
        var stratum = new int[m];
        var cluster = _cluster is null ? null : new int[m];
        var rows = new int[m];
        for (int r = 0; r < m; r++)
        {
            int i = observations[r];
            time[r] = _time[i];
            events[r] = _event[i];
            if (entry is not null)
            {
                entry[r] = _entry![i];
            }
            group[r] = _group[i];
            stratum[r] = _stratum[i];
            if (cluster is not null)
            {
                cluster[r] = _cluster![i];
            }
            rows[r] = UsedRowIndices[i];
        }
        return new SurvivalData(
            time,
            events,
            entry,
            group,
            [.. GroupLevels],
            stratum,
            [.. StrataLevels],
            cluster,
            ClusterCount,
            rows,
            DroppedRows,
            Columns,
            SourceFile,
            IsStratified
        );
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static InputException Bad(DataFrame frame, string column, int row, string message) =>
        new($"column '{column}': {message}", frame.SourceFile, frame.LineOf(row), frame.ColumnNumberOf(column));

    private static double[] Numbers(DataFrame frame, string name, int[] rows, string role)
    {
        var col = frame[name];
        if (col.Kind != DataColumnKind.Numeric)
        {
            // Point at the first value that is not a number.
            foreach (int i in rows)
            {
                string t = col.TextAt(i)!;
                if (
                    !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                    || !double.IsFinite(v)
                )
                {
                    throw Bad(frame, name, i, $"{role} must be a number, not '{Shorten(t)}'");
                }
            }
        }
        var source = col.Numbers;
        var values = new double[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            values[r] = source[rows[r]];
        }
        return values;
    }

    private static bool[] Events(DataFrame frame, string name, int[] rows)
    {
        var col = frame[name];
        var values = new bool[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            int i = rows[r];
            string t = col.TextAt(i)!;
            values[r] = t switch
            {
                "1" or "TRUE" or "true" or "True" => true,
                "0" or "FALSE" or "false" or "False" => false,
                _ => throw Bad(frame, name, i, $"event must be 0/1 or true/false, not '{Shorten(t)}'"),
            };
        }
        return values;
    }

    /// <summary>
    /// A value for an error message: a value in the wrong column could be a person id, so anything longer
    /// than 4 characters is shown by its length only (as the register reader does).
    /// </summary>
    internal static string Shorten(string value) =>
        value.Length <= 4 ? value : FormattableString.Invariant($"<{value.Length} characters>");

    private static (int[] Codes, string[] Levels) Levels(DataColumn col, int[] rows)
    {
        var codes = new int[rows.Length];
        if (col.Kind == DataColumnKind.Numeric)
        {
            var nums = col.Numbers.ToArray();
            var sorted = rows.Select(i => nums[i]).Distinct().Order().ToArray();
            var index = sorted.Select((v, k) => (v, k)).ToDictionary(x => x.v, x => x.k);
            for (int r = 0; r < rows.Length; r++)
            {
                codes[r] = index[nums[rows[r]]];
            }
            return (codes, [.. sorted.Select(Format)]);
        }
        var texts = col.Texts;
        var labels = rows.Select(i => texts[i]!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var map = labels.Select((v, k) => (v, k)).ToDictionary(x => x.v, x => x.k, StringComparer.Ordinal);
        for (int r = 0; r < rows.Length; r++)
        {
            codes[r] = map[texts[rows[r]]!];
        }
        return (codes, labels);
    }

    private static (int[] Codes, string[] Levels) Code(IReadOnlyList<string>? labels, int n, string single)
    {
        if (labels is null)
        {
            return (new int[n], [single]);
        }
        var levels = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var map = levels.Select((v, k) => (v, k)).ToDictionary(x => x.v, x => x.k, StringComparer.Ordinal);
        var codes = new int[n];
        for (int i = 0; i < n; i++)
        {
            codes[i] = map[labels[i]];
        }
        return (codes, levels);
    }
}
