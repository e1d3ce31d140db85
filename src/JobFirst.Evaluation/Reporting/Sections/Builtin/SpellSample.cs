using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// The spells (or times to first status) of the report population as a frame (columns of <see cref="SpellTable"/>,
/// pseudonymous <c>key</c>), with the counts a caption needs and the persons behind every at-risk count.
/// </summary>
internal sealed class SpellSample
{
    private readonly int[][] _maxTimes;

    private SpellSample(DataFrame frame, string status, bool timeToFirst, bool firstOnly, int excludedOngoing)
    {
        Frame = frame;
        Status = status;
        TimeToFirst = timeToFirst;
        FirstOnly = firstOnly;
        ExcludedOngoing = excludedOngoing;
        var key = frame["key"].Numbers;
        var time = frame["time"].Numbers;
        var ev = frame["event"].Numbers;
        var treatment = frame["treatment"].Numbers;
        var max = new Dictionary<int, (double Time, int Arm)>();
        for (int i = 0; i < frame.RowCount; i++)
        {
            int k = (int)key[i];
            int arm = treatment[i] == 1 ? 1 : 0;
            max[k] = max.TryGetValue(k, out var m) ? (Math.Max(m.Time, time[i]), arm) : (time[i], arm);
            Events[arm] += ev[i] == 1 ? 1 : 0;
            Records[arm]++;
        }
        _maxTimes =
        [
            [.. max.Values.Where(v => v.Arm == 0).Select(v => (int)v.Time).Order()],
            [.. max.Values.Where(v => v.Arm == 1).Select(v => (int)v.Time).Order()],
        ];
    }

    /// <summary>One row per spell (or per person for time to first status), population members only.</summary>
    public DataFrame Frame { get; }

    /// <summary>The status name.</summary>
    public string Status { get; }

    /// <summary>True for time from visitation to the first week in status.</summary>
    public bool TimeToFirst { get; }

    /// <summary>True when only each person's first spell is kept.</summary>
    public bool FirstOnly { get; }

    /// <summary>Spells left out because they were running in event week 1.</summary>
    public int ExcludedOngoing { get; }

    /// <summary>Rows per arm ([0] control, [1] treatment).</summary>
    public int[] Records { get; } = new int[2];

    /// <summary>Events per arm.</summary>
    public int[] Events { get; } = new int[2];

    /// <summary>Persons with at least one row, per arm.</summary>
    public int Persons(int arm) => _maxTimes[arm].Length;

    /// <summary>Distinct persons with a row still at risk at <paramref name="time"/> (time ≥ t), per arm: the persons behind an at-risk count.</summary>
    public int PersonsAtRisk(int arm, double time)
    {
        var times = _maxTimes[arm];
        int lo = 0;
        int hi = times.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (times[mid] < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return times.Length - lo;
    }

    /// <summary>Builds (once per report and selection) the sample for <paramref name="options"/>.</summary>
    public static SpellSample For(ReportContext context, SpellSectionSpec options, bool timeToFirst, bool firstOnly)
    {
        var status = SpellStatus.Parse(options.Status);
        bool include = options.Ongoing == "include";
        string key = string.Create(
            CultureInfo.InvariantCulture,
            $"spells:{status.Name}:{options.Gap}:{timeToFirst}:{include}:{firstOnly}"
        );
        return context.Shared(
            key,
            () =>
            {
                var members = context.Members;
                DataFrame frame;
                int excluded = 0;
                if (timeToFirst)
                {
                    frame = SpellExtractor.TimeToStatus(context.Study, status).ToDataFrame();
                }
                else
                {
                    var spells = SpellExtractor.Extract(
                        context.Study,
                        new SpellOptions { Status = status, MaxBridgedGap = options.Gap }
                    );
                    if (!include)
                    {
                        excluded = spells.Spells.Count(s => s.OngoingAtEntry && members[s.Key - 1]);
                        spells = spells.WithoutOngoingAtEntry();
                    }
                    if (firstOnly)
                    {
                        spells = spells.FirstSpells();
                    }
                    frame = spells.ToDataFrame();
                }
                var keys = frame["key"].Numbers;
                var rows = new List<int>(frame.RowCount);
                for (int i = 0; i < frame.RowCount; i++)
                {
                    if (members[(int)keys[i] - 1])
                    {
                        rows.Add(i);
                    }
                }
                return new SpellSample(
                    rows.Count == frame.RowCount ? frame : frame.Subset(rows),
                    status.Name,
                    timeToFirst,
                    firstOnly,
                    excluded
                );
            }
        );
    }
}
