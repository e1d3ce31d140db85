namespace JobFirst.Evaluation.Hours;

/// <summary>
/// Where a parallel read of an hours file puts the rows of roster persons: one sink per chunk (sinks of
/// different chunks run concurrently), a reset when the read starts over sequentially, and the
/// duplicate check once every row is in.
/// </summary>
internal interface IHoursDestination
{
    /// <summary>The sink for chunk <paramref name="chunk"/> (0-based, in file order).</summary>
    IHoursRowSink ForChunk(int chunk);

    /// <summary>Forgets every row added so far (the read starts over).</summary>
    void Reset();

    /// <summary>Roster persons with at least one row.</summary>
    int MatchedPersons();

    /// <summary>
    /// The duplicate person-week that comes first in (person, week) order, if any: the one the
    /// sequential reader reports.
    /// </summary>
    bool TryFindFirstDuplicate(out int person, out int week);
}
