namespace JobFirst.Evaluation.Hours;

/// <summary>
/// Collects the hours rows of roster persons per chunk (12 bytes a person-week, in fixed-size blocks so
/// nothing is copied as it grows), then orders them by person with a counting sort and by week within
/// a person into the compact <see cref="HoursTable"/> (8 bytes a person-week).
/// </summary>
/// <remarks>
/// Chunks are concatenated in file order and the counting sort is stable, so a person's rows keep file
/// order; they are sorted by week only when the file does not already have them so.
/// </remarks>
internal sealed class HoursTableBuilder(int rosterCount) : IHoursDestination
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, EntryBuffer> _chunks = [];
    private int[]? _offsets;
    private int[]? _weeks;
    private float[]? _hours;

    public IHoursRowSink ForChunk(int chunk)
    {
        lock (_gate)
        {
            if (!_chunks.TryGetValue(chunk, out var buffer))
            {
                buffer = new EntryBuffer();
                _chunks[chunk] = buffer;
            }
            return buffer;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _chunks.Clear();
            _offsets = null;
            _weeks = null;
            _hours = null;
        }
    }

    public int MatchedPersons()
    {
        Order();
        int matched = 0;
        for (int p = 0; p < rosterCount; p++)
        {
            if (_offsets![p + 1] > _offsets[p])
            {
                matched++;
            }
        }
        return matched;
    }

    public bool TryFindFirstDuplicate(out int person, out int week)
    {
        Order();
        for (int p = 0; p < rosterCount; p++)
        {
            for (int i = _offsets![p] + 1; i < _offsets[p + 1]; i++)
            {
                if (_weeks![i] == _weeks[i - 1])
                {
                    person = p;
                    week = _weeks[i];
                    return true;
                }
            }
        }
        person = -1;
        week = 0;
        return false;
    }

    public HoursTable Build(HoursResolution resolution, long rows, long hoursOnly, string path)
    {
        Order();
        return new HoursTable(_offsets!, _weeks!, _hours!, resolution, rows, hoursOnly, path);
    }

    private void Order()
    {
        if (_offsets is not null)
        {
            return;
        }
        var offsets = new int[rosterCount + 1];
        long total = 0;
        foreach (var buffer in _chunks.Values)
        {
            foreach (var (block, count) in buffer.Blocks())
            {
                for (int i = 0; i < count; i++)
                {
                    offsets[block[i].Person + 1]++;
                }
                total += count;
            }
        }
        if (total > Array.MaxLength)
        {
            throw new Errors.InputException(
                FormattableString.Invariant($"more than {Array.MaxLength} person-weeks of hours for roster persons")
            );
        }
        for (int p = 0; p < rosterCount; p++)
        {
            offsets[p + 1] += offsets[p];
        }
        var cursor = offsets.AsSpan(0, rosterCount).ToArray();
        var weeks = new int[total];
        var hours = new float[total];
        foreach (var buffer in _chunks.Values)
        {
            foreach (var (block, count) in buffer.Blocks())
            {
                for (int i = 0; i < count; i++)
                {
                    var e = block[i];
                    int at = cursor[e.Person]++;
                    weeks[at] = e.Week;
                    hours[at] = e.Hours;
                }
            }
            buffer.Release();
        }
        for (int p = 0; p < rosterCount; p++)
        {
            var span = weeks.AsSpan(offsets[p], offsets[p + 1] - offsets[p]);
            for (int i = 1; i < span.Length; i++)
            {
                if (span[i] < span[i - 1])
                {
                    span.Sort(hours.AsSpan(offsets[p], span.Length));
                    break;
                }
            }
        }
        _offsets = offsets;
        _weeks = weeks;
        _hours = hours;
    }

    private readonly record struct Entry(int Person, int Week, float Hours);

    private sealed class EntryBuffer : IHoursRowSink
    {
        private const int BlockSize = 1 << 16;
        private readonly List<Entry[]> _blocks = [];
        private Entry[] _current = [];
        private int _count = BlockSize;

        public void Add(int person, int firstWeek, int weekCount, float weeklyHours)
        {
            for (int k = 0; k < weekCount; k++)
            {
                if (_count == BlockSize)
                {
                    _current = new Entry[BlockSize];
                    _blocks.Add(_current);
                    _count = 0;
                }
                _current[_count++] = new Entry(person, firstWeek + k, weeklyHours);
            }
        }

        public IEnumerable<(Entry[] Block, int Count)> Blocks()
        {
            for (int b = 0; b < _blocks.Count; b++)
            {
                yield return (_blocks[b], b == _blocks.Count - 1 ? _count : BlockSize);
            }
        }

        public void Release()
        {
            _blocks.Clear();
            _current = [];
            _count = BlockSize;
        }
    }
}
