using JobFirst.Evaluation.Hours;

namespace JobFirst.Evaluation.Panel;

/// <summary>
/// Streams an hours file straight into an <see cref="EventPanelBuilder"/>: follow-up hours into the panel,
/// employed history weeks into a count, nothing else kept. Chunks of the file run concurrently.
/// </summary>
/// <remarks>
/// Duplicate person-weeks are still found everywhere, as the sequential reader does: one bit per
/// person-week of the person's own window (history and follow-up, 312 bits a person by default) set
/// atomically, plus a list of the person-weeks outside that window (rare: weeks far from visitation),
/// sorted at the end.
/// </remarks>
internal sealed class PanelHoursDestination : IHoursDestination
{
    private readonly EventPanelBuilder _builder;
    private readonly int _windowWeeks;
    private readonly int _wordsPerPerson;
    private readonly int[] _windowFirstWeek;
    private readonly ulong[] _seen;
    private readonly byte[] _hasRows;
    private readonly Lock _gate = new();
    private readonly List<ChunkSink> _sinks = [];

    public PanelHoursDestination(EventPanelBuilder builder)
    {
        _builder = builder;
        _windowWeeks = builder.HistoryWeeks + builder.FollowUpWeeks;
        _wordsPerPerson = (_windowWeeks + 63) / 64;
        var starts = builder.StartOffsets;
        _windowFirstWeek = new int[starts.Length];
        int first = builder.Window.First.Index;
        for (int p = 0; p < starts.Length; p++)
        {
            _windowFirstWeek[p] = first + starts[p] - builder.HistoryWeeks;
        }
        _seen = new ulong[(long)starts.Length * _wordsPerPerson];
        _hasRows = new byte[starts.Length];
    }

    public IHoursRowSink ForChunk(int chunk)
    {
        var sink = new ChunkSink(this);
        lock (_gate)
        {
            _sinks.Add(sink);
        }
        return sink;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _sinks.Clear();
        }
        Array.Clear(_seen);
        Array.Clear(_hasRows);
        _builder.ClearStreamedHours();
    }

    public int MatchedPersons()
    {
        int matched = 0;
        foreach (byte b in _hasRows)
        {
            matched += b;
        }
        return matched;
    }

    public bool TryFindFirstDuplicate(out int person, out int week)
    {
        long first = long.MaxValue;
        long outsideCount = 0;
        foreach (var sink in _sinks)
        {
            first = Math.Min(first, sink.FirstDuplicate);
            outsideCount += sink.Outside.Count;
        }
        if (outsideCount > 0)
        {
            var all = new long[outsideCount];
            int at = 0;
            foreach (var sink in _sinks)
            {
                sink.Outside.CopyTo(all, at);
                at += sink.Outside.Count;
            }
            Array.Sort(all);
            for (int i = 1; i < all.Length; i++)
            {
                if (all[i] == all[i - 1])
                {
                    first = Math.Min(first, all[i]);
                    break;
                }
            }
        }
        if (first == long.MaxValue)
        {
            person = -1;
            week = 0;
            return false;
        }
        person = (int)(first >> 32);
        week = (int)(uint)first;
        return true;
    }

    private static long Key(int person, int week) => ((long)person << 32) | (uint)week;

    private sealed class ChunkSink(PanelHoursDestination owner) : IHoursRowSink
    {
        public List<long> Outside { get; } = [];

        public long FirstDuplicate { get; private set; } = long.MaxValue;

        public void Add(int person, int firstWeek, int weekCount, float weeklyHours)
        {
            owner._hasRows[person] = 1;
            int windowFirst = owner._windowFirstWeek[person];
            for (int k = 0; k < weekCount; k++)
            {
                int week = firstWeek + k;
                int bit = week - windowFirst;
                if ((uint)bit >= (uint)owner._windowWeeks)
                {
                    Outside.Add(Key(person, week));
                    continue;
                }
                ulong mask = 1UL << (bit & 63);
                ref ulong word = ref owner._seen[(long)person * owner._wordsPerPerson + (bit >> 6)];
                if ((Interlocked.Or(ref word, mask) & mask) != 0)
                {
                    FirstDuplicate = Math.Min(FirstDuplicate, Key(person, week));
                    continue;
                }
                owner._builder.StoreStreamedHours(person, week, weeklyHours);
            }
        }
    }
}
