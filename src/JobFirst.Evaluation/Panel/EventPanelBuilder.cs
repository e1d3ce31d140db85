using System.Runtime.InteropServices;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Panel;

/// <summary>
/// Aligns each person's register weeks to event time while the register streams past, one call to
/// <see cref="Add"/> per linked person. Event week k of a person is the ISO week
/// visitation-week + (k − 1); the person contributes to week k only if that ISO week lies inside the
/// extract (right-censoring, seed 000:286-287) and, with <see cref="ExitHandling.CensorAtExit"/>,
/// before the first censoring-exit week.
/// </summary>
/// <remarks>
/// Calls to <see cref="Add"/> for different persons may run concurrently (each writes only its own row);
/// a person added twice is an error the register reader reports before it gets here.
/// </remarks>
public sealed class EventPanelBuilder
{
    private readonly IReadOnlyList<IsoWeek> _visitationWeeks;
    private readonly ExtractWindow _window;
    private readonly EventPanelOptions _options;
    private readonly int _w;
    private readonly byte[] _categories;
    private readonly float[] _hours;
    private readonly int[] _observed;
    private readonly int[] _active13;
    private readonly PersonHistory[] _history;
    private readonly bool[] _linked;
    private readonly int[] _start;
    private int[]? _historyEmployed;
    private bool _anyHours;

    /// <summary>Creates a builder for the roster's visitation weeks (one per roster index).</summary>
    public EventPanelBuilder(
        IReadOnlyList<IsoWeek> visitationWeeks,
        ExtractWindow window,
        EventPanelOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(visitationWeeks);
        _visitationWeeks = visitationWeeks;
        _window = window;
        _options = options ?? new EventPanelOptions();
        _w = _options.MaxFollowUpWeeks;
        int n = visitationWeeks.Count;
        _categories = new byte[(long)n * _w > int.MaxValue ? throw new ArgumentException("Panel too large.") : n * _w];
        _hours = new float[n * _w];
        _observed = new int[n];
        _active13 = new int[n];
        Array.Fill(_active13, -1);
        _history = new PersonHistory[n];
        _linked = new bool[n];
        _start = new int[n];
        for (int p = 0; p < n; p++)
        {
            _start[p] = _window.OffsetOf(visitationWeeks[p]);
        }
    }

    /// <summary>True once <see cref="StreamHours"/> was called: hours come from the hours file, not from <see cref="Add"/>.</summary>
    internal bool HoursStreamed => _historyEmployed is not null;

    internal int FollowUpWeeks => _w;

    internal int HistoryWeeks => _options.HistoryWeeks;

    internal ExtractWindow Window => _window;

    /// <summary>Extract offset of each person's event week 1.</summary>
    internal int[] StartOffsets => _start;

    /// <summary>
    /// Switches the builder to hours streamed from an hours file before (or while) the register is read:
    /// the returned destination writes each person-week's hours straight into the panel (follow-up
    /// weeks) or into the person's count of employed history weeks, so hours are stored once, in event
    /// time, 4 bytes a follow-up week. <see cref="Add"/> must then be called with empty hours.
    /// </summary>
    internal PanelHoursDestination StreamHours()
    {
        _historyEmployed = new int[_visitationWeeks.Count];
        return new PanelHoursDestination(this);
    }

    /// <summary>
    /// Records streamed hours for absolute ISO week index <paramref name="weekIndex"/> (the caller has
    /// made sure each person-week comes once). Safe to call concurrently.
    /// </summary>
    internal void StoreStreamedHours(int person, int weekIndex, float hours)
    {
        int offset = weekIndex - _window.First.Index;
        if ((uint)offset >= (uint)_window.WeekCount)
        {
            return;
        }
        int start = _start[person];
        int k = offset - start;
        if ((uint)k < (uint)_w)
        {
            _hours[person * _w + k] = hours;
        }
        else if (offset < start && offset >= start - _options.HistoryWeeks && hours > 0)
        {
            Interlocked.Increment(ref _historyEmployed![person]);
        }
    }

    /// <summary>Forgets streamed hours (an hours read that starts over).</summary>
    internal void ClearStreamedHours()
    {
        Array.Clear(_hours);
        if (_historyEmployed is not null)
        {
            Array.Clear(_historyEmployed);
        }
    }

    /// <summary>Forgets every person added (a register scan that starts over); streamed hours are kept.</summary>
    internal void Reset()
    {
        Array.Clear(_categories);
        if (!HoursStreamed)
        {
            Array.Clear(_hours);
        }
        Array.Clear(_observed);
        Array.Fill(_active13, -1);
        Array.Clear(_history);
        Array.Clear(_linked);
        _anyHours = false;
    }

    /// <summary>
    /// Adds one person's register data. <paramref name="extractCategories"/> and
    /// <paramref name="extractHours"/> are indexed by week offset from the extract's first week;
    /// <paramref name="extractHours"/> may be empty (no hours source: zero hours).
    /// </summary>
    public void Add(int person, ReadOnlySpan<BenefitCategory> extractCategories, ReadOnlySpan<float> extractHours)
    {
        if (extractCategories.Length != _window.WeekCount)
        {
            throw new ArgumentException("Category span must cover the extract.", nameof(extractCategories));
        }
        bool streamed = HoursStreamed;
        bool hasHours = extractHours.Length > 0;
        if (hasHours && streamed)
        {
            throw new ArgumentException(
                "Hours are streamed from the hours file; pass empty hours.",
                nameof(extractHours)
            );
        }
        if (hasHours && extractHours.Length != _window.WeekCount)
        {
            throw new ArgumentException("Hours span must cover the extract.", nameof(extractHours));
        }
        hasHours |= streamed;
        if (hasHours)
        {
            _anyHours = true;
        }
        _linked[person] = true;
        int start = _start[person]; // extract offset of event week 1
        // Visitation before the extract: the roster check reports it; nothing is observable.
        int available = start < 0 ? 0 : Math.Clamp(_window.WeekCount - start, 0, _w);
        var follow = available > 0 ? extractCategories.Slice(start, available) : default;
        int observed = available;
        if (_options.ExitHandling == ExitHandling.CensorAtExit)
        {
            int exit = follow.IndexOf(BenefitCategory.Exit);
            if (exit >= 0)
            {
                observed = exit;
            }
        }
        var rowCats = _categories.AsSpan(person * _w, _w);
        var rowHours = _hours.AsSpan(person * _w, _w);
        MemoryMarshal.Cast<BenefitCategory, byte>(follow[..observed]).CopyTo(rowCats);
        if (!streamed && observed > 0)
        {
            if (hasHours)
            {
                extractHours.Slice(start, observed).CopyTo(rowHours);
            }
            else
            {
                rowHours[..observed].Clear();
            }
        }
        _observed[person] = observed;
        _active13[person] = ContinuousActivity.FirstWeekReached(follow[..observed], rowHours[..observed]);

        int histFrom = Math.Max(0, start - _options.HistoryWeeks);
        int histTo = Math.Min(start, _window.WeekCount); // exclusive
        int seen = Math.Max(0, histTo - histFrom);
        var history = seen > 0 ? extractCategories[histFrom..histTo] : default;
        int selfSupport = history.Count(BenefitCategory.SelfSupport);
        int sick = history.Count(BenefitCategory.SicknessBenefit);
        int employed = 0;
        if (hasHours && !streamed)
        {
            foreach (float h in extractHours[histFrom..Math.Max(histFrom, histTo)])
            {
                employed += h > 0 ? 1 : 0;
            }
        }
        if (streamed)
        {
            employed = _historyEmployed![person];
        }
        _history[person] = new PersonHistory(seen, employed, selfSupport, sick);
    }

    /// <summary>Freezes the panel. The builder must not be used afterwards.</summary>
    public EventPanel Build()
    {
        if (HoursStreamed)
        {
            // Streamed hours were written for every follow-up week in the extract; keep the observed ones.
            for (int p = 0; p < _observed.Length; p++)
            {
                _hours.AsSpan(p * _w + _observed[p], _w - _observed[p]).Clear();
            }
        }
        return new(
            _visitationWeeks.Count,
            _w,
            _categories,
            _hours,
            _observed,
            _active13,
            _history,
            _linked,
            _window,
            _anyHours
        );
    }
}
